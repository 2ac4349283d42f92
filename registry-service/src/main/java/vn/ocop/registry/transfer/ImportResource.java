package vn.ocop.registry.transfer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.platform.idempotency.Idempotent;
import vn.ocop.platform.problem.Problem;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;

/**
 * Bulk import (nhập dữ liệu hàng loạt) of subjects, products and historical certificates from a CSV
 * or XLSX file, the row reports of past imports, and the template file.
 */
@Path(UploadLimitFilter.IMPORT_PATH)
@Tag(
    name = "Import and export",
    description =
        "Bulk import and export — nhập/xuất dữ liệu hàng loạt: subjects, products and historical"
            + " certificates as CSV or XLSX, one row per product")
@SecurityRequirement(name = "bearer")
public class ImportResource {
  /** The operation whose description the column table is appended to (see ImportColumnsDoc). */
  static final String IMPORT_OPERATION = "importRegistryFile";

  private final ImportService imports;
  private final ImportConfig config;
  private final Caller caller;

  ImportResource(ImportService imports, ImportConfig config, Caller caller) {
    this.imports = imports;
    this.config = config;
    this.caller = caller;
  }

  @POST
  @Consumes({TransferFormat.CSV_MEDIA_TYPE, TransferFormat.XLSX_MEDIA_TYPE})
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER})
  @Operation(
      operationId = IMPORT_OPERATION,
      summary = "Import subjects, products and certificates from a file",
      description =
          "Imports a CSV (UTF-8) or XLSX file (first sheet) in the format of the template: one row"
              + " per product (sản phẩm), optionally with one certificate (giấy chứng nhận), the"
              + " subject (chủ thể) repeated on each of its products' rows. The body is the file"
              + " itself (Content-Type text/csv or the XLSX type), not a multipart form. Every row"
              + " is checked and answered in a row report (row = the spreadsheet's row number,"
              + " header = 1). mode=ALL_OR_NOTHING (default) writes nothing if any row is invalid"
              + " (422 IMPORT_ROWS_INVALID with the report); mode=VALID_ROWS_ONLY writes the valid"
              + " rows and reports the others. dryRun=true checks without writing. Re-uploading"
              + " the same file creates nothing: subjects are matched on their identifier"
              + " (cooperative groups on name and commune), products on subject, name and product"
              + " set, certificates on product and decision number. A province officer imports"
              + " rows of their province (current map) only; admin and national officers any."
              + " Each new record is announced as if registered one by one (SubjectRegistered,"
              + " ProductRegistered, CertificateIssued with origin IMPORT). Limits:"
              + " ocop.registry.import.max-bytes (20 MB) and max-rows (50,000).")
  @RequestBody(
      required = true,
      description = "The file (see the column table)",
      content = {
        @Content(
            mediaType = TransferFormat.CSV_MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary"),
            examples =
                @ExampleObject(
                    name = "oneProduct",
                    summary = "A cooperative's product with a 4-star certificate",
                    value =
                        "map_version,subject_type,subject_identifier,subject_name,province_code,"
                            + "district_code,commune_code,address,representative,phone,email,"
                            + "woman_led,ethnic_minority_led,product_name,product_set,"
                            + "product_description,certificate_decision_number,"
                            + "certificate_decision_date,certificate_issuing_body,"
                            + "certificate_issuing_level,star_class,score,valid_from,valid_to,"
                            + "certificate_status,certificate_status_reason\n"
                            + "2025-07,COOPERATIVE,6001234567,Hợp tác xã Nông nghiệp Cà phê Ea"
                            + " Tu,66,,24133,\"Thôn 3, phường Buôn Ma Thuột\",Y Bhim"
                            + " Niê,0912345678,htx.eatu@example.vn,không,có,Cà phê bột Ea Tu,13,"
                            + "Cà phê Robusta rang xay,1234/QĐ-UBND,2024-09-15,Ủy ban nhân dân"
                            + " tỉnh Đắk Lắk,PROVINCE,4,78.5,2024-09-15,2027-09-15,,\n")),
        @Content(
            mediaType = TransferFormat.XLSX_MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  @APIResponse(
      responseCode = "201",
      description = "Something new was written: the row report; Location names the stored import",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ImportReport.class)))
  @APIResponse(
      responseCode = "200",
      description =
          "Nothing new was written (outcome UNCHANGED: e.g. the same file again, or every row"
              + " invalid with VALID_ROWS_ONLY), or a dry run: the row report",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ImportReport.class)))
  @APIResponse(
      responseCode = "400",
      description = "An invalid mode or dryRun parameter",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "IMPORT_CONFLICT: a registration through the API created one of the file's records"
              + " during the import; nothing was written, upload again",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "413",
      description = "IMPORT_TOO_LARGE: the file is over ocop.registry.import.max-bytes",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "415",
      description =
          "UNSUPPORTED_MEDIA_TYPE (neither text/csv nor XLSX) or IMPORT_UNSUPPORTED_CHARSET (a"
              + " CSV declared in another charset than UTF-8)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "IMPORT_ROWS_INVALID (ALL_OR_NOTHING with invalid rows; the body carries the row"
              + " report), IMPORT_COLUMNS_INVALID (missing, unknown or repeated columns, each"
              + " named), IMPORT_NOT_UTF8 (byte offset and line of the first invalid byte),"
              + " IMPORT_EMPTY, IMPORT_TOO_MANY_ROWS or IMPORT_FILE_UNREADABLE (a corrupt or"
              + " .xls workbook)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = ImportProblem.class),
              examples =
                  @ExampleObject(
                      name = "rowsInvalid",
                      summary = "One row with an invalid tax code",
                      value =
                          "{\"type\":\"urn:ocop:problem:import-rows-invalid\",\"title\":\"Rows"
                              + " break rules\",\"status\":422,\"detail\":\"Nothing written: 1"
                              + " of 2 rows break rules (1 error). Correct them, or import"
                              + " with mode=VALID_ROWS_ONLY to write the valid rows\","
                              + "\"code\":\"IMPORT_ROWS_INVALID\",\"errors\":[{\"field\":"
                              + "\"rows[3].subject_identifier\",\"rule\":\"TaxCode\","
                              + "\"message\":\"A cooperative is identified by 10 digits, or"
                              + " NNNNNNNNNN-NNN for a branch, not '60012345'\"}],\"report\":"
                              + "{\"outcome\":\"REJECTED\",\"totals\":{\"rows\":2,"
                              + "\"validRows\":1,\"rejectedRows\":1,\"errors\":1},\"errors\":"
                              + "[{\"row\":3,\"column\":\"subject_identifier\",\"rule\":"
                              + "\"TaxCode\",\"message\":\"A cooperative is identified by 10"
                              + " digits, or NNNNNNNNNN-NNN for a branch, not '60012345'\","
                              + "\"value\":\"60012345\"}]}}")))
  @Idempotent(transactionTimeoutProperty = "ocop.registry.import.transaction-timeout")
  @Extension(name = Idempotent.OPENAPI_EXTENSION, value = "true")
  public Response importFile(
      InputStream body,
      @Context HttpHeaders headers,
      @Parameter(
              description =
                  "ALL_OR_NOTHING (default): any invalid row rejects the file; VALID_ROWS_ONLY:"
                      + " write the valid rows",
              schema = @Schema(implementation = ImportMode.class))
          @QueryParam("mode")
          String mode,
      @Parameter(
              description = "true: check and report only, write nothing",
              schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
          @QueryParam("dryRun")
          String dryRun,
      @Context UriInfo uri) {
    ImportMode importMode = mode(mode);
    boolean dry = dryRun(dryRun);
    String province = scope();
    TransferFormat format = format(headers.getMediaType());
    Upload upload = Upload.read(body, format, config.maxBytes().asLongValue());
    ImportReport report = imports.importFile(upload, importMode, dry, province, caller.username());
    if (report.outcome() == ImportReport.Outcome.CREATED) {
      return Response.created(uri.getAbsolutePathBuilder().path(report.id().toString()).build())
          .entity(report)
          .build();
    }
    return Response.ok(report).build();
  }

  @GET
  @Path("/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER})
  @Operation(
      operationId = "getImport",
      summary = "Get the row report of a past import",
      description =
          "The row report of a stored import, as answered then. A province officer sees the"
              + " imports made in their province; admin and national officers see all. Dry runs"
              + " and rejected all-or-nothing imports are not stored.")
  @APIResponse(
      responseCode = "200",
      description = "The row report",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ImportReport.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such import, or not the caller's to see",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public ImportReport get(@Parameter(description = "Import id") @PathParam("id") UUID id) {
    return imports.get(id, scope());
  }

  @GET
  @Path("/template")
  @Produces({TransferFormat.CSV_MEDIA_TYPE, TransferFormat.XLSX_MEDIA_TYPE})
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER})
  @Operation(
      operationId = "getImportTemplate",
      summary = "Download the import template",
      description =
          "The import template (mẫu tệp nhập): the header row and one example row (a coffee"
              + " cooperative of Đắk Lắk with a 4-star provincial certificate). The XLSX form"
              + " has a second sheet, 'Hướng dẫn', documenting every column.")
  @APIResponse(
      responseCode = "200",
      description = "The template file (attachment)",
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
      description = "format is neither csv nor xlsx",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response template(
      @Parameter(
              description = "csv (default) or xlsx",
              schema = @Schema(enumeration = {"csv", "xlsx"}))
          @QueryParam("format")
          String format) {
    TransferFormat chosen = TransferFormat.ofQuery(format);
    StreamingOutput file = out -> ImportTemplate.write(out, chosen);
    return Response.ok(file, chosen.mediaType())
        .header(
            "Content-Disposition",
            "attachment; filename=\"ocop-import-template." + chosen.extension() + "\"")
        .build();
  }

  /** The province every row must be in for a province officer; null for national accounts. */
  private String scope() {
    return caller.isNational() ? null : caller.writableProvince(null);
  }

  private static ImportMode mode(String value) {
    if (value == null || value.isBlank()) {
      return ImportMode.ALL_OR_NOTHING;
    }
    try {
      return ImportMode.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField(
          "mode", "ImportMode", "mode is ALL_OR_NOTHING or VALID_ROWS_ONLY, not '" + value + "'");
    }
  }

  private static boolean dryRun(String value) {
    if (value == null || value.isBlank()) {
      return false;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw ProblemException.invalidField(
              "dryRun", "Boolean", "dryRun is true or false, not '" + value + "'");
    };
  }

  private static TransferFormat format(MediaType type) {
    if (type != null && "csv".equalsIgnoreCase(type.getSubtype())) {
      String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
      if (charset != null
          && !charset.equalsIgnoreCase("utf-8")
          && !charset.equalsIgnoreCase("utf8")) {
        throw TransferProblems.unsupportedCharset(charset);
      }
      return TransferFormat.CSV;
    }
    return TransferFormat.XLSX;
  }
}
