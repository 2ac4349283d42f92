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
 * The council minutes (biên bản họp hội đồng) of a session, as PDF or XLSX. Each document has a
 * root resource of its own: a resource rooted at a prefix of another's path would capture its
 * requests.
 */
@Path("/api/rating/v1/sessions/{id}/minutes")
@Tag(
    name = "Paperwork",
    description =
        "Council minutes (biên bản), score summaries (bảng tổng hợp) and decision annexes (phụ"
            + " lục) as PDF or XLSX, in Vietnamese")
public class SessionMinutesResource {
  private final PaperworkService paperwork;
  private final Caller caller;

  SessionMinutesResource(PaperworkService paperwork, Caller caller) {
    this.paperwork = paperwork;
    this.caller = caller;
  }

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER, Roles.COUNCIL_MEMBER})
  @Operation(
      operationId = "getSessionMinutes",
      summary = "Get the minutes of a council session",
      description =
          "The minutes of a council session (biên bản họp hội đồng đánh giá, phân hạng sản phẩm"
              + " OCOP): members present and absent with their roles, declared conflicts of"
              + " interest, and per dossier the product, subject, product set, each member's"
              + " total, mean, median, spread, the star class of the band and after the"
              + " mandatory-criteria gate, and the conclusion. Figures of a dossier still being"
              + " scored are left out (blind scoring). Accept application/pdf or the XLSX type.")
  @APIResponse(
      responseCode = "200",
      description = "The minutes",
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
  public Response minutes(@PathParam("id") UUID id, @Context HttpHeaders headers) {
    return PaperworkResponses.document(
        headers,
        "bien-ban-" + id,
        format -> {
          SessionMinutes minutes = paperwork.minutes(id, caller);
          return format == PaperworkFormat.PDF
              ? SessionMinutesRenderer.pdf(minutes)
              : SessionMinutesRenderer.xlsx(minutes);
        });
  }
}
