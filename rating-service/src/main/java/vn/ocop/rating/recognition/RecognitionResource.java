package vn.ocop.rating.recognition;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.ocop.platform.idempotency.Idempotent;
import vn.ocop.platform.problem.Problem;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;

/** The recognition decision of a dossier. */
@Path("/api/rating/v1/dossiers/{id}/recognition")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Recognition",
    description = "Recognition decisions (quyết định công nhận kết quả đánh giá, phân hạng)")
public class RecognitionResource {
  private final RecognitionService recognition;
  private final Caller caller;

  RecognitionResource(RecognitionService recognition, Caller caller) {
    this.recognition = recognition;
    this.caller = caller;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER})
  @Operation(
      operationId = "recordRecognitionDecision",
      summary = "Record the recognition decision",
      description =
          "Records the competent level's decision, công nhận (outcome RECOGNISED, the default)"
              + " or không công nhận (NOT_RECOGNISED, with the reason), on a dossier of that"
              + " level: province officers for PROVINCE (and, before 2025, DISTRICT) dossiers of"
              + " their province, national accounts for CENTRAL dossiers. On an EVALUATED dossier"
              + " the decision rests on its own result: its star class must be recognisable (3★"
              + " and above) for RECOGNISED and the level competent for it (after Decision 1489"
              + " the province 3★ and 4★, the centre 5★; a 5★ province result is forwarded). On"
              + " a FORWARDED dossier it rests on the next level's result once that level"
              + " evaluated it below its own competence (the centre scores 86 → 4★: the province"
              + " decides, with the centre's star and score, and the central dossier becomes"
              + " NOT_RECOGNISED). A central decision on a forwarded product also settles the"
              + " province's dossier, without a second decision. Publishes RecognitionDecided"
              + " (the registry issues the certificate) or RecognitionRefused (a re-evaluated"
              + " certificate is revoked at its end) on ocop.rating.recognition.v1.")
  @APIResponse(
      responseCode = "201",
      description = "The decision was recorded",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RecognitionDecisionResponse.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "Malformed JSON or an unknown outcome (MALFORMED_REQUEST), a missing field, a decision"
              + " date in the future (rule PastOrPresent) or before the evaluation (rule"
              + " notBeforeEvaluation), no reason for NOT_RECOGNISED (field reason, rule"
              + " requiredWhenNotRecognised) or a reason for RECOGNISED (rule"
              + " onlyWhenNotRecognised) (VALIDATION_FAILED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description =
          "The role may not record decisions, or a province officer would decide on a CENTRAL"
              + " dossier (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such dossier, or one of another province (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "The dossier is neither EVALUATED nor FORWARDED (DOSSIER_NOT_EVALUATED), it was"
              + " forwarded and the next level has no result yet (AWAITING_UPPER_LEVEL), it"
              + " already has a decision (DECISION_EXISTS), its star class is below recognition"
              + " and the outcome RECOGNISED (NOT_RECOGNISABLE), another level is competent for"
              + " it (LEVEL_NOT_COMPETENT: forward it, or the lower level decides), or it changed"
              + " meanwhile (CONCURRENT_UPDATE)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @Idempotent
  @Extension(name = Idempotent.OPENAPI_EXTENSION, value = "true")
  public RestResponse<RecognitionDecisionResponse> decide(
      @PathParam("id") UUID id,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = RecordDecisionRequest.class),
                      examples = {
                        @ExampleObject(
                            name = "Provincial decision",
                            value =
                                "{\"decisionNumber\":\"1234/QĐ-UBND\","
                                    + "\"decisionDate\":\"2026-11-20\","
                                    + "\"issuingBody\":\"UBND tỉnh Đắk Lắk\"}"),
                        @ExampleObject(
                            name = "Not recognised",
                            value =
                                "{\"decisionNumber\":\"1301/QĐ-UBND\","
                                    + "\"decisionDate\":\"2026-11-20\","
                                    + "\"issuingBody\":\"UBND tỉnh Đắk Lắk\","
                                    + "\"outcome\":\"NOT_RECOGNISED\","
                                    + "\"reason\":\"Không đáp ứng tiêu chí bắt buộc 3 sao\"}")
                      }))
          @Valid
          @NotNull
          RecordDecisionRequest request,
      UriInfo uri) {
    RecognitionDecision decision = recognition.decide(id, request, caller);
    return RestResponse.ResponseBuilder.<RecognitionDecisionResponse>created(uri.getAbsolutePath())
        .entity(RecognitionDecisionResponse.from(decision))
        .build();
  }

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER, Roles.COUNCIL_MEMBER})
  @Operation(
      operationId = "getRecognitionDecision",
      summary = "Get the recognition decision",
      description = "The recognition decision of a dossier the caller may see.")
  @APIResponse(responseCode = "200", description = "The decision")
  @APIResponse(
      responseCode = "403",
      description = "The role may not read decisions (FORBIDDEN)",
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
      description = "No such dossier, not the caller's to see, or no decision yet (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public RecognitionDecisionResponse get(@PathParam("id") UUID id) {
    return RecognitionDecisionResponse.from(recognition.get(id, caller));
  }
}
