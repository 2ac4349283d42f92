package vn.ocop.rating.paperwork;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.platform.problem.Problem;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;

/**
 * The score summary table (bảng tổng hợp kết quả chấm điểm) of a session, as PDF or XLSX. Each
 * document has a root resource of its own: a resource rooted at a prefix of another's path would
 * capture its requests.
 */
@Path("/api/rating/v1/sessions/{id}/score-summary")
@Tag(
    name = "Paperwork",
    description =
        "Council minutes (biên bản), score summaries (bảng tổng hợp) and decision annexes (phụ"
            + " lục) as PDF or XLSX, in Vietnamese")
public class SessionScoreSummaryResource {
  private final PaperworkService paperwork;
  private final Caller caller;

  SessionScoreSummaryResource(PaperworkService paperwork, Caller caller) {
    this.paperwork = paperwork;
    this.caller = caller;
  }

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER, Roles.COUNCIL_MEMBER})
  @Operation(
      operationId = "getSessionScoreSummary",
      summary = "Get the score summary of a council session",
      description =
          "The score summary (bảng tổng hợp kết quả chấm điểm) of a council session: one row per"
              + " dossier, one column per member, the mean and the star class. A dossier still"
              + " being scored shows no totals. Accept application/pdf or the XLSX type.")
  @APIResponse(
      responseCode = "200",
      description = "The score summary",
      content = {
        @Content(
            mediaType = PaperworkFormat.PDF_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = PaperworkFormat.XLSX_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  @APIResponse(
      responseCode = "403",
      description = "The role may not read council documents (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such session, or not the caller's to see (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "406",
      description = "The request accepts neither PDF nor XLSX (FORMAT_NOT_ACCEPTABLE)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response scoreSummary(@PathParam("id") UUID id, @Context HttpHeaders headers) {
    return PaperworkResponses.document(
        headers,
        "bang-tong-hop-" + id,
        format -> {
          ScoreSummary summary = paperwork.scoreSummary(id, caller);
          return format == PaperworkFormat.PDF
              ? ScoreSummaryRenderer.pdf(summary)
              : ScoreSummaryRenderer.xlsx(summary);
        });
  }
}
