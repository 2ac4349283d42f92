package vn.ocop.registry.transfer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.platform.problem.Problem;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;
import vn.ocop.registry.time.RegistryClock;

/** Export of subjects, products and certificates (xuất dữ liệu) in the import format. */
@Path("/api/registry/v1/exports")
@Tag(name = "Import and export")
@SecurityRequirement(name = "bearer")
public class ExportResource {
  private final RegistryExport export;
  private final RegistryClock clock;
  private final Caller caller;

  ExportResource(RegistryExport export, RegistryClock clock, Caller caller) {
    this.export = export;
    this.clock = clock;
    this.caller = caller;
  }

  @GET
  @Produces({TransferFormat.CSV_MEDIA_TYPE, TransferFormat.XLSX_MEDIA_TYPE})
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER})
  @Operation(
      operationId = "exportRegistryFile",
      summary = "Export subjects, products and certificates as a file",
      description =
          "Exports the registry in exactly the import format (see importRegistryFile): one row"
              + " per product and certificate (a product without certificate has one row with"
              + " empty certificate columns), the subject (chủ thể) repeated on each; REVOKED and"
              + " SUSPENDED certificates carry their status and reason, the others get theirs"
              + " from the dates again. Importing an export creates nothing. A province officer"
              + " exports their province (current map); admin and national officers all"
              + " provinces, or one with provinceCode. Subjects without products have no row."
              + " Streamed.")
  @APIResponse(
      responseCode = "200",
      description = "The file (attachment)",
      content = {
        @Content(
            mediaType = TransferFormat.CSV_MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = TransferFormat.XLSX_MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  @APIResponse(
      responseCode = "400",
      description = "format is neither csv nor xlsx, or provinceCode is not 2 digits",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "provinceCode names a province that is not the caller's",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response exportFile(
      @Parameter(
              description = "csv (default) or xlsx",
              schema = @Schema(enumeration = {"csv", "xlsx"}))
          @QueryParam("format")
          String format,
      @Parameter(description = "Only this province of the current map", example = "66")
          @QueryParam("provinceCode")
          @Pattern(regexp = "\\d{2}")
          String provinceCode) {
    TransferFormat chosen = TransferFormat.ofQuery(format);
    String province = province(provinceCode);
    StreamingOutput file = out -> export.write(out, chosen, province);
    String name =
        "ocop-registry"
            + (province == null ? "" : "-" + province)
            + "-"
            + clock.today()
            + "."
            + chosen.extension();
    return Response.ok(file, chosen.mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .build();
  }

  /** The province to export: any (or all) for national accounts, their own for an officer. */
  private String province(String requested) {
    if (caller.isNational()) {
      return requested;
    }
    String own = caller.writableProvince(null);
    if (requested != null && !requested.equals(own)) {
      throw ProblemException.notFound("Province", requested);
    }
    return own;
  }
}
