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
 * The annex of a recognition decision (phụ lục danh sách sản phẩm được công nhận), as PDF or XLSX.
 * Each document has a root resource of its own: a resource rooted at a prefix of another's path
 * would capture its requests.
 */
@Path("/api/rating/v1/recognition-decisions/{id}/annex")
@Tag(
    name = "Paperwork",
    description =
        "Council minutes (biên bản), score summaries (bảng tổng hợp) and decision annexes (phụ"
            + " lục) as PDF or XLSX, in Vietnamese")
public class DecisionAnnexResource {
  private final PaperworkService paperwork;
  private final Caller caller;

  DecisionAnnexResource(PaperworkService paperwork, Caller caller) {
    this.paperwork = paperwork;
    this.caller = caller;
  }

  @GET
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
    return PaperworkResponses.document(
        headers,
        "phu-luc-" + id,
        format -> {
          DecisionAnnex annex = paperwork.annex(id, caller);
          return format == PaperworkFormat.PDF
              ? DecisionAnnexRenderer.pdf(annex)
              : DecisionAnnexRenderer.xlsx(annex);
        });
  }
}
