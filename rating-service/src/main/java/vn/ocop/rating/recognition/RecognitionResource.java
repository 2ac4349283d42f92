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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
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
  @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER})
  @Operation(
      operationId = "recordRecognitionDecision",
      summary = "Record the recognition decision",
      description =
          "Records the provincial People's Committee's decision (quyết định công nhận) for an"
              + " EVALUATED dossier of the caller's province and publishes RecognitionDecided on"
              + " ocop.rating.recognition.v1, from which the registry issues the certificate. The"
              + " star class must be recognisable (3★ and above) and within the province's"
              + " competence under the dossier's rule set (after Decision 1489: 3★ and 4★; 5★"
              + " goes to the centre).")
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
          "Malformed JSON (MALFORMED_REQUEST), a missing field, or a decision date in the future"
              + " (rule PastOrPresent) or before the evaluation (rule notBeforeEvaluation)"
              + " (VALIDATION_FAILED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "401",
      description = "No valid bearer token (UNAUTHENTICATED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not record decisions (FORBIDDEN)",
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
          "The dossier is not EVALUATED (DOSSIER_NOT_EVALUATED), already has a decision"
              + " (DECISION_EXISTS), its star class is below recognition (NOT_RECOGNISABLE), the"
              + " province is not competent for it (LEVEL_NOT_COMPETENT), or it changed meanwhile"
              + " (CONCURRENT_UPDATE)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public RestResponse<RecognitionDecisionResponse> decide(
      @PathParam("id") UUID id,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = RecordDecisionRequest.class),
                      examples =
                          @ExampleObject(
                              name = "Provincial decision",
                              value =
                                  "{\"decisionNumber\":\"1234/QĐ-UBND\","
                                      + "\"decisionDate\":\"2026-11-20\","
                                      + "\"issuingBody\":\"UBND tỉnh Đắk Lắk\"}")))
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
      responseCode = "401",
      description = "No valid bearer token (UNAUTHENTICATED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not read decisions (FORBIDDEN)",
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
