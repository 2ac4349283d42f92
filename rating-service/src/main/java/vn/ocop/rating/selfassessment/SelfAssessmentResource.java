package vn.ocop.rating.selfassessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.platform.problem.Problem;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;

/** The subject's self-assessment of a dossier (tự đánh giá). */
@Path("/api/rating/v1/dossiers/{id}/self-assessment")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dossiers", description = "Evaluation dossiers (hồ sơ đánh giá, phân hạng)")
public class SelfAssessmentResource {
  private final SelfAssessments selfAssessments;
  private final Caller caller;

  SelfAssessmentResource(SelfAssessments selfAssessments, Caller caller) {
    this.selfAssessments = selfAssessments;
    this.caller = caller;
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUBJECT_MEMBER, Roles.PROVINCE_OFFICER, Roles.ADMIN})
  @Operation(
      operationId = "submitSelfAssessment",
      summary = "Record the subject's self-assessment",
      description =
          "The subject (chủ thể) scores its own product on the same evaluation sheet as the"
              + " council, one option per criterion; the service computes the totals and the"
              + " star class it would give, gate included. Replaces the earlier self-assessment;"
              + " only while the dossier is DRAFT or RETURNED.")
  @APIResponse(responseCode = "200", description = "The self-assessment as recorded")
  @APIResponse(
      responseCode = "400",
      description = "Malformed JSON (MALFORMED_REQUEST) or no answers (VALIDATION_FAILED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role does not prepare dossiers (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such dossier of the caller's subject or province (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "The dossier was submitted (DOSSIER_NOT_EDITABLE)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "Answers that do not fit the sheet (INVALID_SHEET_ANSWER, per answers.<criterion>)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public SelfAssessmentResponse record(
      @PathParam("id") UUID id,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = SelfAssessmentRequest.class),
                      examples =
                          @ExampleObject(
                              name = "Part of a coffee sheet",
                              value = "{\"answers\":{\"A1a\":\"A1a-3\",\"A1b\":\"A1b-2\"}}")))
          @Valid
          @NotNull
          SelfAssessmentRequest request) {
    return selfAssessments.record(id, request.answers(), caller);
  }

  @GET
  @RolesAllowed({
    Roles.SUBJECT_MEMBER,
    Roles.PROVINCE_OFFICER,
    Roles.COMMUNE_OFFICER,
    Roles.COUNCIL_MEMBER,
    Roles.NATIONAL_OFFICER,
    Roles.ADMIN
  })
  @Operation(
      operationId = "getSelfAssessment",
      summary = "Get the subject's self-assessment",
      description = "The self-assessment of a dossier the caller may see.")
  @APIResponse(responseCode = "200", description = "The self-assessment")
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
      description = "No such dossier in the caller's scope, or no self-assessment (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public SelfAssessmentResponse get(@PathParam("id") UUID id) {
    return selfAssessments.get(id, caller);
  }
}
