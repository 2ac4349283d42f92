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
          "Submits the caller's score sheet (phiếu đánh giá) for the current scoring round of a"
              + " dossier before an OPEN session of their council: one option per criterion of"
              + " the product set's sheet; the service computes the points. A submitted sheet is"
              + " never changed. Blind: nobody sees another member's sheet. When every member"
              + " present and cleared of conflicts has scored, the round is judged: totals spread"
              + " wider than the council's regulation (default 10 points) start a new round;"
              + " otherwise the result is the mean of the totals (2 decimals, half up), the star"
              + " class of its band lowered by the mandatory-criteria gate (tiêu chí bắt buộc),"
              + " the dossier becomes EVALUATED and EvaluationCompleted is published on"
              + " ocop.rating.evaluation.v1.")
  @APIResponse(responseCode = "200", description = "The sheet was stored")
  @APIResponse(
      responseCode = "400",
      description =
          "Malformed JSON (MALFORMED_REQUEST); no answers or a product set outside 1-26"
              + " (VALIDATION_FAILED)",
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
          "No such dossier, the caller does not sit on the council of its session, or has a"
              + " conflict of interest on it (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "The dossier is not being scored (DOSSIER_NOT_IN_EVALUATION), its session is not"
              + " OPEN (SESSION_NOT_OPEN), the caller has not declared on conflicts of interest"
              + " (CONFLICT_DECLARATION_REQUIRED) or has one (CONFLICT_OF_INTEREST), is a"
              + " secretary or absent (NOT_A_SCORING_MEMBER), already submitted this round"
              + " (SCORE_SHEET_ALREADY_SUBMITTED), or the dossier kept changing"
              + " (CONCURRENT_UPDATE)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "Answers that do not fit the sheet (INVALID_SHEET_ANSWER: unknownCriterion,"
              + " unknownOption, missing, alternativesMixed, noneNotAllowed per"
              + " answers.<criterion>), a sheet of another product set (UNPROCESSABLE, field"
              + " productSet, rule sameAsDossier)",
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
                      examples =
                          @ExampleObject(
                              name = "Answers on the sheet of set 1",
                              value =
                                  "{\"productSet\":1,\"answers\":{\"A1a\":\"A1a-3\","
                                      + "\"A1b\":\"A1b-2\",\"A1c\":\"A1c-2\"}}")))
          @Valid
          @NotNull
          SubmitScoreSheetRequest request) {
    return scoring.submitMine(id, request, caller);
  }

  @GET
  @RolesAllowed(Roles.COUNCIL_MEMBER)
  @Operation(
      operationId = "getMyScoreSheet",
      summary = "Get my score sheet",
      description =
          "The caller's own latest score sheet for a dossier, with the points per criterion;"
              + " nobody else's is ever shown.")
  @APIResponse(responseCode = "200", description = "The caller's sheet")
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
