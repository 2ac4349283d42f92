package vn.ocop.plan.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.plan.period.PlanYear;
import vn.ocop.plan.province.Province;
import vn.ocop.plan.province.Provinces;
import vn.ocop.platform.idempotency.Idempotent;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;
import vn.ocop.platform.problem.Problem;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;

/**
 * A province's progress reports (báo cáo tiến độ): drafting with figures from the actuals, editing,
 * submitting, reading and exporting. Approval and return are in {@link ReportReviewResource}.
 * Reports are province-level: commune officers have none to see.
 */
@Path("/api/plan/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Progress reports", description = "Progress reports — báo cáo tiến độ thực hiện")
public class ReportResource {
  private final Reports reports;
  private final Provinces provinces;
  private final Caller caller;

  ReportResource(Reports reports, Provinces provinces, Caller caller) {
    this.reports = reports;
    this.provinces = provinces;
    this.caller = caller;
  }

  @POST
  @Path("/provinces/{provinceCode}/reports")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.ADMIN})
  @Operation(
      operationId = "createReport",
      summary = "Draft a progress report of a province",
      description =
          "Drafts the province's (tỉnh) progress report (báo cáo tiến độ) for a year and period"
              + " (H1 = báo cáo 6 tháng, FY = báo cáo năm) with its figures filled from the actuals"
              + " (kết quả thực hiện): one per indicator of the catalogue (chỉ tiêu), with the"
              + " cumulative actual since the start of the plan (kế hoạch) in force and the"
              + " province-wide target (mục tiêu) in force. Province officers draft for their own"
              + " province; admins for any. One report per province, year and period.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CreateReportRequest.class),
              examples =
                  @ExampleObject(
                      name = "annual-2026",
                      summary = "The annual report of 2026",
                      value = "{\"year\":2026,\"period\":\"FY\"}")))
  @APIResponse(
      responseCode = "201",
      description = "The report, DRAFT, with its figures",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReportResponse.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "Malformed JSON or a period other than H1/FY (MALFORMED_REQUEST), a year out of"
              + " 2000–2100 or missing (VALIDATION_FAILED, field year)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not draft reports (FORBIDDEN)",
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
  @APIResponse(
      responseCode = "409",
      description =
          "The year is locked by its approved annual report (PERIOD_LOCKED), or the report exists"
              + " (REPORT_EXISTS)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description = "The year is after the current year (UNPROCESSABLE, field year, NotFuture)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @Idempotent
  @Extension(name = Idempotent.OPENAPI_EXTENSION, value = "true")
  public Response create(
      @Parameter(description = "Province code on the current map (mã tỉnh)", example = "66")
          @PathParam("provinceCode")
          String provinceCode,
      @Valid @NotNull CreateReportRequest request,
      UriInfo uri) {
    Province province = provinces.writableBy(caller, provinceCode);
    ReportResponse report =
        ReportResponse.from(reports.create(province, request, caller.username()));
    return Response.created(
            uri.getBaseUriBuilder().path("/api/plan/v1/reports/{id}").build(report.id()))
        .entity(report)
        .build();
  }

  @GET
  @Path("/provinces/{provinceCode}/reports")
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER})
  @Operation(
      operationId = "listReports",
      summary = "List a province's progress reports",
      description =
          "The province's progress reports (báo cáo tiến độ), newest year first, optionally of"
              + " one year or status. Province officers list their own province; national officers"
              + " and admins any.")
  @APIResponse(
      responseCode = "200",
      description = "A page of reports",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReportPage.class)))
  @APIResponse(
      responseCode = "400",
      description = "year not 2000–2100 or status unknown (VALIDATION_FAILED naming the field)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not read reports (FORBIDDEN)",
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
  public Page<ReportSummary> list(
      @Parameter(description = "Province code on the current map (mã tỉnh)", example = "66")
          @PathParam("provinceCode")
          String provinceCode,
      @Parameter(
              description = "Only reports of this year, 2000–2100",
              example = "2026",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
          @QueryParam("year")
          String year,
      @Parameter(
              description = "Only reports in this status",
              schema = @Schema(implementation = ReportStatus.class))
          @QueryParam("status")
          String status,
      @BeanParam PageQuery page) {
    Integer planYear = PlanYear.optional(year);
    ReportStatus wanted = ReportStatus.parse(status, "status");
    Province province = provinces.visibleTo(caller, provinceCode);
    return reports.list(province.code, planYear, wanted, page);
  }

  @GET
  @Path("/reports/{reportId}")
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER})
  @Operation(
      operationId = "getReport",
      summary = "Get a progress report with its figures and history",
      description =
          "The report (báo cáo) with one figure per indicator (chỉ tiêu): actual (kết quả thực"
              + " hiện), cumulative actual, target (mục tiêu) and percent reached, and every move"
              + " of the report (drafted, submitted, returned with the reason, approved), oldest"
              + " first.")
  @APIResponse(
      responseCode = "200",
      description = "The report",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReportResponse.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not read reports (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such report, or another province's (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public ReportResponse get(
      @Parameter(description = "The report's id") @PathParam("reportId") String reportId) {
    return ReportResponse.from(reports.get(Reports.id(reportId), caller));
  }

  @PUT
  @Path("/reports/{reportId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.ADMIN})
  @Operation(
      operationId = "updateReport",
      summary = "Edit the narrative and comments of a progress report",
      description =
          "Replaces the narrative and the comment of each figure (giải trình) of a DRAFT or"
              + " RETURNED report; figures not listed have no comment. The figures are never"
              + " typed: refresh them from the actuals instead. Send the version as read: a report"
              + " changed meanwhile answers 409 REPORT_VERSION_CONFLICT.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = UpdateReportRequest.class),
              examples =
                  @ExampleObject(
                      name = "narrative-and-comment",
                      value =
                          "{\"version\":0,\"narrative\":\"Tỉnh đã tổ chức 2 đợt đánh giá.\","
                              + "\"comments\":[{\"indicatorCode\":\"PRODUCTS_5STAR\","
                              + "\"comment\":\"Hồ sơ 5 sao đã gửi Bộ.\"}]}")))
  @APIResponse(
      responseCode = "200",
      description = "The report as edited",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReportResponse.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "Malformed JSON (MALFORMED_REQUEST) or a broken rule (VALIDATION_FAILED): version"
              + " missing, narrative over 20,000 or a comment over 2,000 characters, an indicator"
              + " commented twice (comments[i].indicatorCode, Unique)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not edit reports (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such report, or another province's (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "The report is submitted or approved (REPORT_NOT_EDITABLE), its year is locked"
              + " (PERIOD_LOCKED), or it changed since the version sent (REPORT_VERSION_CONFLICT)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "A comment names an indicator the report has no figure of (UNPROCESSABLE,"
              + " comments[i].indicatorCode, exists)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public ReportResponse update(
      @Parameter(description = "The report's id") @PathParam("reportId") String reportId,
      @Valid @NotNull UpdateReportRequest request) {
    return ReportResponse.from(reports.update(Reports.id(reportId), request, caller));
  }

  @POST
  @Path("/reports/{reportId}/refresh")
  @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.ADMIN})
  @Operation(
      operationId = "refreshReportFigures",
      summary = "Fill a report's figures again from the actuals",
      description =
          "Recomputes every figure of a DRAFT or RETURNED report from the actuals (kết quả thực"
              + " hiện) and the plans (kế hoạch) in force now; the comments stay.")
  @APIResponse(
      responseCode = "200",
      description = "The report with its figures as of now",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReportResponse.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not edit reports (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such report, or another province's (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "The report is submitted or approved (REPORT_NOT_EDITABLE) or its year is locked"
              + " (PERIOD_LOCKED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public ReportResponse refresh(
      @Parameter(description = "The report's id") @PathParam("reportId") String reportId) {
    return ReportResponse.from(reports.refresh(Reports.id(reportId), caller));
  }

  @POST
  @Path("/reports/{reportId}/submit")
  @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.ADMIN})
  @Operation(
      operationId = "submitReport",
      summary = "Submit a progress report to the national office",
      description =
          "Sends a DRAFT or RETURNED report (báo cáo) to the national office (Văn phòng Điều phối"
              + " NTM trung ương): SUBMITTED, its figures frozen, its revision one higher."
              + " Publishes ProgressReportChanged (vn.ocop.plan.report-submitted.v1) on"
              + " ocop.plan.report.v1.")
  @APIResponse(
      responseCode = "200",
      description = "The report, SUBMITTED",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReportResponse.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not submit reports (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such report, or another province's (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "The report is already submitted or approved (REPORT_TRANSITION_NOT_ALLOWED) or its"
              + " year is locked (PERIOD_LOCKED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public ReportResponse submit(
      @Parameter(description = "The report's id") @PathParam("reportId") String reportId) {
    return ReportResponse.from(reports.submit(Reports.id(reportId), caller));
  }

  @GET
  @Path("/reports/{reportId}/export")
  @Produces({ReportCsv.MEDIA_TYPE, Problem.MEDIA_TYPE})
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER})
  @Operation(
      operationId = "exportReport",
      summary = "Export a progress report's figures as CSV",
      description =
          "The figures (số liệu) of the report as a CSV file for spreadsheets: UTF-8 with a"
              + " byte-order mark, Vietnamese headers, one row per indicator (chỉ tiêu).")
  @APIResponse(
      responseCode = "200",
      description = "The CSV file",
      content =
          @Content(
              mediaType = "text/csv",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(
      responseCode = "400",
      description = "A format other than csv (VALIDATION_FAILED, field format)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not read reports (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such report, or another province's (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response export(
      @Parameter(description = "The report's id") @PathParam("reportId") String reportId,
      @Parameter(
              description = "The file format; csv is the only one",
              schema =
                  @Schema(
                      enumeration = {"csv"},
                      defaultValue = "csv"))
          @QueryParam("format")
          String format) {
    if (format != null && !format.isBlank() && !"csv".equalsIgnoreCase(format.strip())) {
      throw ProblemException.invalidField(
          "format", "Format", "The only export format is csv; got " + format);
    }
    ReportResponse report = ReportResponse.from(reports.get(Reports.id(reportId), caller));
    return Response.ok(ReportCsv.of(report), ReportCsv.MEDIA_TYPE)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"" + ReportCsv.fileName(report) + "\"")
        .build();
  }

  /** The OpenAPI shape of a page of reports (generic records have no schema of their own). */
  @Schema(name = "ReportPage")
  record ReportPage(List<ReportSummary> items, Page.Pager pager) {}
}
