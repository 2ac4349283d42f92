package vn.ocop.rating.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.platform.audit.AuditEntryResponse;
import vn.ocop.platform.audit.AuditTrail;
import vn.ocop.platform.audit.ChainVerificationResponse;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;
import vn.ocop.platform.problem.Problem;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;

/** The rating service's audit trail: a record's history and the check of the hash chain. */
@Path("/api/rating/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Audit trail (nhật ký kiểm toán) of every write")
public class RatingAuditResource {
  private final AuditTrail trail;
  private final RatingRecordScopes scopes;
  private final Caller caller;

  RatingAuditResource(AuditTrail trail, RatingRecordScopes scopes, Caller caller) {
    this.trail = trail;
    this.scopes = scopes;
    this.caller = caller;
  }

  @GET
  @Path("/{recordType}/{recordId}")
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER})
  @Operation(
      operationId = "getRatingRecordHistory",
      summary = "Read a record's history",
      description =
          "Every write to one record (lịch sử thay đổi), newest first: who (username or"
              + " system:<consumer>), when, under which request id and operation, and the"
              + " changed properties before and after. Secrets are stored as [redacted]. National"
              + " accounts read any record; province officers the records of their province (a"
              + " foreign or unknown record answers 404). Record types are entity names:"
              + " Dossier, ScoreSheet, ScoringRoundOutcome, RecognitionDecision, Cycle, Council,"
              + " CouncilSession, ProductIdea, BusinessPlan, PromotionActivity, …")
  @APIResponse(responseCode = "200", description = "A page of entries, newest first")
  @APIResponse(
      responseCode = "400",
      description = "A record type that is not an entity name (VALIDATION_FAILED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not read the audit trail (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "A record of another province, or unknown to a province officer (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Page<AuditEntryResponse> history(
      @PathParam("recordType") @Parameter(description = "Entity name", example = "ScoreSheet")
          String recordType,
      @PathParam("recordId")
          @Parameter(
              description = "The record's id",
              example = "3f0c9a52-6a4e-4f7e-9d2b-1c3e5a7b9d01")
          String recordId,
      @BeanParam PageQuery page) {
    return trail.history(caller, scopes, recordType, recordId, page);
  }

  @GET
  @Path("/chain/verification")
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER})
  @Operation(
      operationId = "verifyRatingAuditChain",
      summary = "Verify the audit hash chain",
      description =
          "Walks the hash chain of score sheets, round outcomes, results (dossiers) and"
              + " recognition decisions from its first entry and reports the first broken link:"
              + " an entry whose content no longer matches its hash (HASH_MISMATCH), whose link"
              + " to the previous entry was altered (PREV_HASH_MISMATCH) or before which entries"
              + " were deleted (MISSING_ENTRY), with the expected and the stored hash.")
  @APIResponse(responseCode = "200", description = "The verification's result")
  @APIResponse(
      responseCode = "403",
      description = "Only admin and national officers verify the chain (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public ChainVerificationResponse verifyChain() {
    return trail.verifyChain();
  }
}
