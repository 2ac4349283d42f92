package vn.ocop.rating.scoring;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.platform.problem.Problem;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;

/** Closing a scoring round with the sheets in hand, when not every member could score. */
@Path("/api/rating/v1/dossiers/{id}/scoring/close-round")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scoring", description = "Blind scoring by council members (chấm điểm)")
public class ScoringRoundResource {
  private final ScoringService scoring;
  private final Caller caller;

  ScoringRoundResource(ScoringService scoring, Caller caller) {
    this.scoring = scoring;
    this.caller = caller;
  }

  @POST
  @RolesAllowed({Roles.COUNCIL_MEMBER, Roles.PROVINCE_OFFICER, Roles.NATIONAL_OFFICER, Roles.ADMIN})
  @Operation(
      operationId = "closeScoringRound",
      summary = "Close the scoring round with the sheets submitted",
      description =
          "When a member present cannot score (left the session), the chair or the secretary of"
              + " the council, or an officer of the dossier's province, closes the current round"
              + " with the sheets submitted so far. The round is then judged like a complete"
              + " one: the quorum of the council's regulation (default 75% of scoring members,"
              + " the chair included), the score spread (a new round if too wide), and the"
              + " result.")
  @APIResponse(responseCode = "200", description = "What the round came to")
  @APIResponse(
      responseCode = "403",
      description =
          "Not the chair or secretary, nor an officer (NOT_CHAIR_OR_SECRETARY, FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such dossier in the caller's scope (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "Fewer members scored than the quorum (QUORUM_NOT_MET), the session is not OPEN"
              + " (SESSION_NOT_OPEN) or the dossier is not being scored"
              + " (DOSSIER_NOT_IN_EVALUATION)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public ScoringStateResponse close(@PathParam("id") UUID id) {
    return scoring.closeRound(id, caller);
  }
}
