package vn.ocop.rating.dossier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.ocop.platform.idempotency.Idempotent;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;
import vn.ocop.platform.problem.Problem;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;

/** Evaluation dossiers. */
@Path("/api/rating/v1/dossiers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dossiers", description = "Evaluation dossiers (hồ sơ đánh giá, phân hạng)")
public class DossierResource {
  private final DossierService dossiers;
  private final DossierDrafts drafts;
  private final DossierChanges changes;
  private final Caller caller;

  DossierResource(
      DossierService dossiers, DossierDrafts drafts, DossierChanges changes, Caller caller) {
    this.dossiers = dossiers;
    this.drafts = drafts;
    this.changes = changes;
    this.caller = caller;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.SUBJECT_MEMBER})
  @Operation(
      operationId = "createDossier",
      summary = "Open a dossier",
      description =
          "Opens a product's evaluation dossier (hồ sơ đánh giá, phân hạng) in a cycle round of"
              + " the caller's province, in DRAFT, or SUBMITTED at once with \"submit\": true (the"
              + " office entering a paper dossier). A subject member opens dossiers of its own"
              + " subject's products. NEW (đánh giá lần đầu) needs no certificate in force;"
              + " RE_EVALUATION (đánh giá lại) a certificate in force expiring within the"
              + " re-evaluation window; UPGRADE (nâng hạng) a certificate in force below 5★. A"
              + " re-evaluation or upgrade starts as a copy of the product's last dossier with its"
              + " evidence (startedEmpty when there is none).")
  @APIResponse(
      responseCode = "201",
      description = "The dossier was opened",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DossierResponse.class)))
  @APIResponse(
      responseCode = "400",
      description = "Malformed JSON (MALFORMED_REQUEST) or a missing field (VALIDATION_FAILED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not open dossiers (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description =
          "No such cycle, or a cycle or product outside the caller's province or subject (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "The product already has a dossier in the cycle (DOSSIER_EXISTS), the cycle takes no dossiers (CYCLE_NOT_ACCEPTING_DOSSIERS), or the kind does not fit the product's certificates (PRODUCT_ALREADY_CERTIFIED, NOT_DUE_FOR_RE_EVALUATION, NOT_UPGRADABLE)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "The product is not known from the registry's events yet (UNPROCESSABLE, field productId, rule known) or is of another province than the cycle (rule sameProvince)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @Idempotent
  @Extension(name = Idempotent.OPENAPI_EXTENSION, value = "true")
  public RestResponse<DossierResponse> create(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = CreateDossierRequest.class),
                      examples = {
                        @ExampleObject(
                            name = "Draft of a new product",
                            value =
                                "{\"cycleId\":\"0b7c3c1e-8f0a-4a8e-9d7e-2f4d5a6b7c8d\","
                                    + "\"productId\":\"5f1d2e3c-4b5a-4c6d-8e7f-9a0b1c2d3e4f\","
                                    + "\"kind\":\"NEW\"}"),
                        @ExampleObject(
                            name = "Re-evaluation entered by the office",
                            value =
                                "{\"cycleId\":\"0b7c3c1e-8f0a-4a8e-9d7e-2f4d5a6b7c8d\","
                                    + "\"productId\":\"5f1d2e3c-4b5a-4c6d-8e7f-9a0b1c2d3e4f\","
                                    + "\"kind\":\"RE_EVALUATION\",\"submit\":true}")
                      }))
          @Valid
          @NotNull
          CreateDossierRequest request,
      UriInfo uri) {
    Dossier dossier = drafts.create(request, caller);
    return RestResponse.ResponseBuilder.<DossierResponse>created(
            uri.getAbsolutePathBuilder().path(dossier.id().toString()).build())
        .entity(DossierResponse.from(dossier))
        .build();
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({
    Roles.ADMIN,
    Roles.NATIONAL_OFFICER,
    Roles.PROVINCE_OFFICER,
    Roles.COMMUNE_OFFICER,
    Roles.COUNCIL_MEMBER,
    Roles.SUBJECT_MEMBER
  })
  @Operation(
      operationId = "getDossier",
      summary = "Get a dossier",
      description =
          "A dossier the caller may see: national roles any, a province officer those of their"
              + " province, a council member those of councils they sit on, a subject member those"
              + " of its own subject, a commune officer those of its commune. Scoring is blind: no"
              + " member's score appears here, and the result (average and star class) only once"
              + " every member has scored.")
  @APIResponse(responseCode = "200", description = "The dossier")
  @APIResponse(
      responseCode = "403",
      description = "The role may not read dossiers (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "A council member who has not yet declared (no) conflict of interest on the dossier"
              + " (CONFLICT_DECLARATION_REQUIRED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such dossier, or not the caller's to see (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public DossierResponse get(@PathParam("id") UUID id) {
    return DossierResponse.from(dossiers.get(id, caller));
  }

  @GET
  @RolesAllowed({
    Roles.ADMIN,
    Roles.NATIONAL_OFFICER,
    Roles.PROVINCE_OFFICER,
    Roles.COMMUNE_OFFICER,
    Roles.COUNCIL_MEMBER,
    Roles.SUBJECT_MEMBER
  })
  @Operation(
      operationId = "listDossiers",
      summary = "List dossiers",
      description =
          "Dossiers the caller may see, oldest first, optionally of one cycle and in one status.")
  @APIResponse(responseCode = "200", description = "A page of dossiers")
  @APIResponse(
      responseCode = "403",
      description = "The role may not read dossiers (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Page<DossierResponse> list(
      @QueryParam("cycleId") @Parameter(description = "Only dossiers of this cycle round")
          UUID cycleId,
      @QueryParam("status") @Parameter(description = "Only dossiers in this status")
          DossierStatus status,
      @BeanParam PageQuery page) {
    return dossiers.list(caller, cycleId, status, page).map(DossierResponse::from);
  }

  @PUT
  @Path("/{id}/cover")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.SUBJECT_MEMBER})
  @Operation(
      operationId = "editDossierCover",
      summary = "Edit a dossier's cover",
      description =
          "Replaces the covering note and the contact person of a DRAFT or RETURNED dossier of"
              + " the caller's subject (or, for the office, province).")
  @APIResponse(
      responseCode = "200",
      description = "The dossier",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DossierResponse.class)))
  @APIResponse(
      responseCode = "400",
      description = "A field too long or a malformed phone number (VALIDATION_FAILED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not prepare dossiers (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such dossier, or not the caller's to prepare (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "The dossier is no longer DRAFT or RETURNED (DOSSIER_NOT_EDITABLE)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public DossierResponse editCover(
      @PathParam("id") UUID id,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = EditCoverRequest.class),
                      examples =
                          @ExampleObject(
                              name = "Cover",
                              value =
                                  "{\"coverNote\":\"Hồ sơ đánh giá lại, bổ sung kiểm nghiệm 2025\","
                                      + "\"contactName\":\"Nguyễn Thị Hoa\","
                                      + "\"contactPhone\":\"0912 345 678\"}")))
          @Valid
          @NotNull
          EditCoverRequest request) {
    return DossierResponse.from(drafts.editCover(id, request, caller));
  }

  @POST
  @Path("/{id}/submission")
  @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.SUBJECT_MEMBER})
  @Operation(
      operationId = "submitDossier",
      summary = "Submit a dossier",
      description =
          "Submits (nộp hồ sơ) a DRAFT or RETURNED dossier to its level; announced as"
              + " DossierSubmitted on ocop.rating.dossier.v1.")
  @APIResponse(
      responseCode = "200",
      description = "The dossier, SUBMITTED",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DossierResponse.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not submit dossiers (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such dossier, or not the caller's to prepare (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "The dossier is not DRAFT or RETURNED (DOSSIER_NOT_EDITABLE) or the cycle takes no dossiers (CYCLE_NOT_ACCEPTING_DOSSIERS)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public DossierResponse submit(@PathParam("id") UUID id) {
    return DossierResponse.from(drafts.submit(id, caller));
  }

  @POST
  @Path("/{id}/return")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER})
  @Operation(
      operationId = "returnDossier",
      summary = "Return a dossier for revision",
      description =
          "The office returns a SUBMITTED dossier to the subject for revision (trả lại hồ sơ để"
              + " bổ sung, hoàn thiện) with the reason, which the dossier's history keeps.")
  @APIResponse(
      responseCode = "200",
      description = "The dossier, RETURNED",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DossierResponse.class)))
  @APIResponse(
      responseCode = "400",
      description = "No reason (VALIDATION_FAILED, field reason)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "Only the office returns dossiers (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such dossier, or not of the caller's province (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "The dossier is not SUBMITTED (DOSSIER_NOT_SUBMITTED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public DossierResponse returnForRevision(
      @PathParam("id") UUID id,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = ReasonRequest.class),
                      examples =
                          @ExampleObject(
                              name = "Missing test report",
                              value =
                                  "{\"reason\":\"Thiếu phiếu kiểm nghiệm chỉ tiêu an toàn thực"
                                      + " phẩm còn hiệu lực\"}")))
          @Valid
          @NotNull
          ReasonRequest request) {
    return DossierResponse.from(drafts.returnForRevision(id, request.reason(), caller));
  }

  @POST
  @Path("/{id}/withdrawal")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.SUBJECT_MEMBER})
  @Operation(
      operationId = "withdrawDossier",
      summary = "Withdraw a dossier",
      description =
          "Withdraws (rút hồ sơ) a DRAFT, SUBMITTED or RETURNED dossier, with an optional reason.")
  @APIResponse(
      responseCode = "200",
      description = "The dossier, WITHDRAWN",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DossierResponse.class)))
  @APIResponse(
      responseCode = "400",
      description = "A reason too long (VALIDATION_FAILED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not withdraw dossiers (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such dossier, or not the caller's to prepare (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "The dossier is already in evaluation or decided (DOSSIER_NOT_WITHDRAWABLE)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public DossierResponse withdraw(
      @PathParam("id") UUID id,
      @RequestBody(
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = WithdrawRequest.class),
                      examples =
                          @ExampleObject(
                              name = "Withdraw",
                              value = "{\"reason\":\"Hoàn thiện bao bì, nộp lại đợt sau\"}")))
          @Valid
          WithdrawRequest request) {
    return DossierResponse.from(
        drafts.withdraw(id, request == null ? null : request.reason(), caller));
  }

  @GET
  @Path("/{id}/history")
  @RolesAllowed({
    Roles.ADMIN,
    Roles.NATIONAL_OFFICER,
    Roles.PROVINCE_OFFICER,
    Roles.COMMUNE_OFFICER,
    Roles.COUNCIL_MEMBER,
    Roles.SUBJECT_MEMBER
  })
  @Operation(
      operationId = "getDossierHistory",
      summary = "Get a dossier's history",
      description =
          "Every move of the dossier's status, oldest first: who, when, from, to and why (a"
              + " return's reason stays after resubmission).")
  @APIResponse(responseCode = "200", description = "The moves")
  @APIResponse(
      responseCode = "403",
      description = "The role may not read dossiers (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "A council member who has not yet declared (no) conflict of interest on the dossier"
              + " (CONFLICT_DECLARATION_REQUIRED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such dossier, or not the caller's to see (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public List<DossierHistoryResponse> history(@PathParam("id") UUID id) {
    return drafts.history(id, caller).stream().map(DossierHistoryResponse::from).toList();
  }

  @GET
  @Path("/{id}/changes")
  @RolesAllowed({
    Roles.ADMIN,
    Roles.NATIONAL_OFFICER,
    Roles.PROVINCE_OFFICER,
    Roles.COMMUNE_OFFICER,
    Roles.COUNCIL_MEMBER,
    Roles.SUBJECT_MEMBER
  })
  @Operation(
      operationId = "getDossierChanges",
      summary = "Get what a copied dossier changed",
      description =
          "For a re-evaluation or upgrade dossier copied from an earlier one: evidence added,"
              + " removed and replaced (same criteria and title, other bytes) and cover fields"
              + " changed, so the dossier is reviewed as a difference.")
  @APIResponse(
      responseCode = "200",
      description = "The changes",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DossierChangesResponse.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not read dossiers (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "A council member who has not yet declared (no) conflict of interest on the dossier"
              + " (CONFLICT_DECLARATION_REQUIRED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such dossier, or not the caller's to see (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public DossierChangesResponse changes(@PathParam("id") UUID id) {
    return changes.of(id, caller);
  }
}
