package vn.ocop.plan.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.plan.indicator.Indicator;
import vn.ocop.plan.indicator.Indicators;
import vn.ocop.plan.period.PlanYear;
import vn.ocop.plan.progress.Progress;
import vn.ocop.plan.province.Province;
import vn.ocop.plan.province.Provinces;
import vn.ocop.platform.problem.Problem;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;

/** Progress views as files (xuất báo cáo tiến độ): XLSX, CSV, and an SVG chart. */
@Path("/api/plan/v1")
@Tag(
    name = "Exports",
    description = "Progress as spreadsheets and charts — xuất Excel, CSV, biểu đồ tiến độ")
public class ExportResource {
  private static final String SVG = "image/svg+xml";

  private final Progress progress;
  private final Provinces provinces;
  private final Indicators indicators;
  private final Caller caller;

  ExportResource(Progress progress, Provinces provinces, Indicators indicators, Caller caller) {
    this.progress = progress;
    this.provinces = provinces;
    this.indicators = indicators;
    this.caller = caller;
  }

  @GET
  @Path("/progress/export")
  @Produces({ExportFormat.XLSX_TYPE, ExportFormat.CSV_TYPE, Problem.MEDIA_TYPE})
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER})
  @Operation(
      operationId = "exportNationalProgress",
      summary = "The national roll-up of progress as XLSX or CSV",
      description =
          "The national progress view (tổng hợp tiến độ toàn quốc) as a file: the country's totals"
              + " then every province's lines, one row each, with Vietnamese headers (Mã tỉnh,"
              + " Chỉ tiêu, Mục tiêu, Thực hiện, Tỷ lệ so với mục tiêu (%), Tình trạng…). CSV is"
              + " UTF-8 with a byte-order mark so Excel opens it. Same figures as"
              + " getNationalProgress.")
  @APIResponse(
      responseCode = "200",
      description = "The file, as an attachment",
      content = {
        @Content(
            mediaType = ExportFormat.XLSX_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING))
      })
  @APIResponse(
      responseCode = "400",
      description =
          "VALIDATION_FAILED: year not a year from 2000 to 2100; format not xlsx or csv (OneOf)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "Not a national role (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response national(
      @Parameter(
              schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"),
              description = "The year viewed; the current year when absent",
              example = "2026")
          @QueryParam("year")
          String year,
      @Parameter(
              description = "xlsx (the default) or csv",
              schema = @Schema(enumeration = {"xlsx", "csv"}))
          @QueryParam("format")
          String format) {
    int planYear = year(year);
    ExportFormat as = ExportFormat.of(format);
    ProgressTable table = ProgressTable.of(progress.national(planYear));
    return file(as, as.write(table), "tien-do-ocop-toan-quoc-" + planYear);
  }

  @GET
  @Path("/provinces/{provinceCode}/progress/export")
  @Produces({ExportFormat.XLSX_TYPE, ExportFormat.CSV_TYPE, Problem.MEDIA_TYPE})
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER})
  @Operation(
      operationId = "exportProvinceProgress",
      summary = "A province's progress as XLSX or CSV",
      description =
          "The province's progress view (tiến độ thực hiện của tỉnh) as a file: its province-wide"
              + " lines, then the lines of each commune (xã) with targets, one row each, with"
              + " Vietnamese headers. Same figures as getProvinceProgress. Province officers"
              + " export their own province; national officers and admins any.")
  @APIResponse(
      responseCode = "200",
      description = "The file, as an attachment",
      content = {
        @Content(
            mediaType = ExportFormat.XLSX_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING))
      })
  @APIResponse(
      responseCode = "400",
      description =
          "VALIDATION_FAILED: year not a year from 2000 to 2100; format not xlsx or csv (OneOf)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not read a province's progress (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such province, or not the caller's (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response province(
      @Parameter(description = "Province code on the current map (mã tỉnh)", example = "66")
          @PathParam("provinceCode")
          String provinceCode,
      @Parameter(
              schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"),
              description = "The year viewed; the current year when absent",
              example = "2026")
          @QueryParam("year")
          String year,
      @Parameter(
              description = "xlsx (the default) or csv",
              schema = @Schema(enumeration = {"xlsx", "csv"}))
          @QueryParam("format")
          String format) {
    int planYear = year(year);
    ExportFormat as = ExportFormat.of(format);
    Province province = provinces.visibleTo(caller, provinceCode);
    ProgressTable table = ProgressTable.of(progress.province(province, planYear));
    return file(as, as.write(table), "tien-do-ocop-" + province.code + "-" + planYear);
  }

  @GET
  @Path("/progress/chart.svg")
  @Produces({SVG, Problem.MEDIA_TYPE})
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER})
  @Operation(
      operationId = "getNationalProgressChart",
      summary = "Target against actual per province, as an SVG chart",
      description =
          "A bar chart (biểu đồ mục tiêu và kết quả thực hiện) of one indicator in a year: for"
              + " every province, its province-wide target of the year (mục tiêu) and its actual"
              + " (thực hiện). For national officers and admins.")
  @APIResponse(
      responseCode = "200",
      description = "The chart",
      content = @Content(mediaType = SVG, schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(
      responseCode = "400",
      description =
          "VALIDATION_FAILED: year not a year from 2000 to 2100; indicatorCode missing (NotBlank)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "Not a national role (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description = "The indicator is not in the catalogue (UNPROCESSABLE, indicatorCode exists)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response chart(
      @Parameter(
              schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"),
              description = "The year viewed; the current year when absent",
              example = "2026")
          @QueryParam("year")
          String year,
      @Parameter(
              description = "The indicator drawn",
              required = true,
              example = "PRODUCTS_3STAR_PLUS")
          @QueryParam("indicatorCode")
          String indicatorCode) {
    int planYear = year(year);
    if (indicatorCode == null || indicatorCode.isBlank()) {
      throw ProblemException.invalidField(
          "indicatorCode", "NotBlank", "Name the indicator to draw");
    }
    Indicator indicator =
        indicators
            .find(indicatorCode)
            .orElseThrow(
                () ->
                    ProblemException.unprocessable(
                        "indicatorCode",
                        "exists",
                        "There is no indicator '" + indicatorCode + "' in the catalogue"));
    List<ProgressChart.Bar> bars =
        progress.byProvince(indicator, planYear).stream()
            .map(
                row ->
                    new ProgressChart.Bar(
                        row.province().code,
                        row.province().nameVi,
                        row.target() == null ? null : row.target().value(),
                        row.actual()))
            .toList();
    String svg =
        ProgressChart.svg(
            indicator.nameVi + " — năm " + planYear,
            "Mục tiêu và kết quả thực hiện theo tỉnh, thành phố; tính đến ngày "
                + DateTimeFormatter.ofPattern("dd/MM/yyyy").format(progress.today()),
            bars);
    return Response.ok(svg.getBytes(StandardCharsets.UTF_8), SVG + "; charset=UTF-8").build();
  }

  private int year(String raw) {
    Integer year = PlanYear.optional(raw);
    return year == null ? progress.currentYear() : year;
  }

  private static Response file(ExportFormat format, byte[] body, String name) {
    return Response.ok(body, format.mediaType)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"" + name + "." + format.extension + "\"")
        .build();
  }
}
