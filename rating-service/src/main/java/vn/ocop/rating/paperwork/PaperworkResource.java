package vn.ocop.rating.paperwork;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import java.util.function.Function;
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
 * The council's paperwork as documents: minutes, score summary and the decision annex, each as PDF
 * or XLSX according to the Accept header.
 */
@Path("/api/rating/v1")
@Tag(
    name = "Paperwork",
    description =
        "Council minutes (biên bản), score summaries (bảng tổng hợp) and decision annexes (phụ"
            + " lục) as PDF or XLSX, in Vietnamese")
public class PaperworkResource {
  private final PaperworkService paperwork;
  private final Caller caller;

  PaperworkResource(PaperworkService paperwork, Caller caller) {
    this.paperwork = paperwork;
    this.caller = caller;
  }

  @GET
  @Path("/sessions/{id}/minutes")
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
      responseCode = "401",
      description = "No valid bearer token (UNAUTHENTICATED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
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
    return document(
        headers,
        "bien-ban-" + id,
        format -> {
          SessionMinutes minutes = paperwork.minutes(id, caller);
          return format == PaperworkFormat.PDF
              ? SessionMinutesRenderer.pdf(minutes)
              : SessionMinutesRenderer.xlsx(minutes);
        });
  }

  @GET
  @Path("/sessions/{id}/score-summary")
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
      responseCode = "401",
      description = "No valid bearer token (UNAUTHENTICATED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
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
    return document(
        headers,
        "bang-tong-hop-" + id,
        format -> {
          ScoreSummary summary = paperwork.scoreSummary(id, caller);
          return format == PaperworkFormat.PDF
              ? ScoreSummaryRenderer.pdf(summary)
              : ScoreSummaryRenderer.xlsx(summary);
        });
  }

  @GET
  @Path("/recognition-decisions/{id}/annex")
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER})
  @Operation(
      operationId = "getDecisionAnnex",
      summary = "Get the annex of a recognition decision",
      description =
          "The annex of a recognition decision (phụ lục danh sách sản phẩm được công nhận): every"
              + " product recorded under the same decision number, date, issuing body and level,"
              + " with subject, address, product set, score, star class and certificate validity."
              + " Province officers read their province's decisions. Accept application/pdf or"
              + " the XLSX type.")
  @APIResponse(
      responseCode = "200",
      description = "The annex",
      content = {
        @Content(
            mediaType = PaperworkFormat.PDF_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = PaperworkFormat.XLSX_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  @APIResponse(
      responseCode = "401",
      description = "No valid bearer token (UNAUTHENTICATED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not read decisions' annexes (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such decision, or one of another province (NOT_FOUND)",
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
  public Response annex(@PathParam("id") UUID id, @Context HttpHeaders headers) {
    return document(
        headers,
        "phu-luc-" + id,
        format -> {
          DecisionAnnex annex = paperwork.annex(id, caller);
          return format == PaperworkFormat.PDF
              ? DecisionAnnexRenderer.pdf(annex)
              : DecisionAnnexRenderer.xlsx(annex);
        });
  }

  /** Negotiates the format before reading anything, then renders the document as an attachment. */
  private static Response document(
      HttpHeaders headers, String name, Function<PaperworkFormat, byte[]> render) {
    PaperworkFormat format = PaperworkFormat.negotiate(headers.getAcceptableMediaTypes());
    byte[] bytes = render.apply(format);
    return Response.ok(bytes, format.mediaType())
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + name + "." + format.extension() + "\"")
        .build();
  }
}
