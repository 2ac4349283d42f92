package vn.ocop.rating.scoring;

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

/** A council member's own score sheet for a dossier. */
@Path("/api/rating/v1/dossiers/{id}/score-sheets/mine")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scoring", description = "Blind scoring by council members (chấm điểm)")
public class ScoreSheetResource {
  private final ScoringService scoring;
  private final Caller caller;

  ScoreSheetResource(ScoringService scoring, Caller caller) {
    this.scoring = scoring;
    this.caller = caller;
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.COUNCIL_MEMBER)
  @Operation(
      operationId = "submitMyScoreSheet",
      summary = "Submit my score sheet",
      description =
          "Submits the caller's score sheet (phiếu đánh giá) for a dossier of a council they sit"
              + " on, or replaces it while the council is still scoring. When every member has"
              + " scored, the service computes the average (2 decimals, half up) and the star"
              + " class under the dossier's rule set, the dossier becomes EVALUATED and"
              + " EvaluationCompleted is published on ocop.rating.evaluation.v1.")
  @APIResponse(responseCode = "200", description = "The sheet was stored")
  @APIResponse(
      responseCode = "400",
      description =
          "Malformed JSON (MALFORMED_REQUEST) or a total outside 0-100 or with more than 2"
              + " decimals (VALIDATION_FAILED, field total, rule DecimalMin/DecimalMax/Digits)",
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
      description = "Only council members score (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such dossier, or the caller does not sit on its council (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "The dossier is not being scored (DOSSIER_NOT_IN_EVALUATION), or kept changing"
              + " (CONCURRENT_UPDATE)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public ScoreSheetResponse submit(
      @PathParam("id") UUID id,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = SubmitScoreSheetRequest.class),
                      examples = @ExampleObject(name = "A 4★ score", value = "{\"total\":82.5}")))
          @Valid
          @NotNull
          SubmitScoreSheetRequest request) {
    return scoring.submitMine(id, request.total(), caller);
  }

  @GET
  @RolesAllowed(Roles.COUNCIL_MEMBER)
  @Operation(
      operationId = "getMyScoreSheet",
      summary = "Get my score sheet",
      description = "The caller's own score sheet for a dossier; nobody else's is ever shown.")
  @APIResponse(responseCode = "200", description = "The caller's sheet")
  @APIResponse(
      responseCode = "401",
      description = "No valid bearer token (UNAUTHENTICATED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "Only council members score (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description =
          "No such dossier, the caller does not sit on its council, or has not scored it"
              + " (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public ScoreSheetResponse mine(@PathParam("id") UUID id) {
    return scoring.mine(id, caller);
  }
}
