package vn.ocop.plan.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.plan.period.PlanYear;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;
import vn.ocop.platform.problem.Problem;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;

/**
 * The national office's side of progress reports (Văn phòng Điều phối NTM trung ương): every
 * province's reports, and the approval or return of a submitted one.
 */
@Path("/api/plan/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Progress reports", description = "Progress reports — báo cáo tiến độ thực hiện")
public class ReportReviewResource {
  private final Reports reports;
  private final Caller caller;

  ReportReviewResource(Reports reports, Caller caller) {
    this.reports = reports;
    this.caller = caller;
  }

  @GET
  @Path("/reports")
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER})
  @Operation(
      operationId = "listAllReports",
      summary = "List the progress reports of every province",
      description =
          "The progress reports (báo cáo tiến độ) of all provinces (tỉnh), newest year first,"
              + " optionally of one province, year or status: the national office's inbox is"
              + " status=SUBMITTED. For national officers and admins.")
  @APIResponse(
      responseCode = "200",
      description = "A page of reports",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReportResource.ReportPage.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "provinceCode not two digits, year not 2000–2100 or status unknown (VALIDATION_FAILED"
              + " naming the field)",
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
  public Page<ReportSummary> listAll(
      @Parameter(description = "Only this province's (mã tỉnh)", example = "66")
          @QueryParam("provinceCode")
          String provinceCode,
      @Parameter(
              description = "Only reports in this status",
              schema = @Schema(implementation = ReportStatus.class))
          @QueryParam("status")
          String status,
      @Parameter(
              description = "Only reports of this year, 2000–2100",
              example = "2026",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
          @QueryParam("year")
          String year,
      @BeanParam PageQuery page) {
    String province = provinceCode == null || provinceCode.isBlank() ? null : provinceCode.strip();
    if (province != null && !province.matches("\\d{2}")) {
      throw ProblemException.invalidField(
          "provinceCode", "Pattern", "A province code is two digits, e.g. 66");
    }
    return reports.list(
        province, PlanYear.optional(year), ReportStatus.parse(status, "status"), page);
  }

  @POST
  @Path("/reports/{reportId}/approve")
  @RolesAllowed({Roles.NATIONAL_OFFICER, Roles.ADMIN})
  @Operation(
      operationId = "approveReport",
      summary = "Approve a submitted progress report",
      description =
          "The national office approves a SUBMITTED report (phê duyệt báo cáo). Approving an"
              + " annual report (FY) locks the province's year: its targets, entered values and"
              + " reports can no longer change; a six-month report (H1) does not lock. Nobody"
              + " approves a report they drafted or submitted (OWN_REPORT). Publishes"
              + " ProgressReportChanged (vn.ocop.plan.report-approved.v1) on ocop.plan.report.v1.")
  @APIResponse(
      responseCode = "200",
      description = "The report, APPROVED",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReportResponse.class)))
  @APIResponse(
      responseCode = "403",
      description =
          "Not a national role (FORBIDDEN), or the caller drafted or submitted the report"
              + " (OWN_REPORT)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such report (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "The report is not SUBMITTED (REPORT_TRANSITION_NOT_ALLOWED), or it changed at the same"
              + " moment (REPORT_VERSION_CONFLICT)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public ReportResponse approve(
      @Parameter(description = "The report's id") @PathParam("reportId") String reportId) {
    return ReportResponse.from(reports.approve(Reports.id(reportId), caller));
  }

  @POST
  @Path("/reports/{reportId}/return")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.NATIONAL_OFFICER, Roles.ADMIN})
  @Operation(
      operationId = "returnReport",
      summary = "Return a submitted progress report for revision",
      description =
          "The national office returns a SUBMITTED report to the province (trả lại báo cáo) with"
              + " the reason: RETURNED; the province edits it, refreshes its figures and submits it"
              + " again. Nobody returns a report they drafted or submitted (OWN_REPORT). Publishes"
              + " ProgressReportChanged (vn.ocop.plan.report-returned.v1) on ocop.plan.report.v1.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReturnReportRequest.class),
              examples =
                  @ExampleObject(
                      name = "missing-explanation",
                      value = "{\"reason\":\"Bổ sung giải trình chỉ tiêu sản phẩm 4 sao.\"}")))
  @APIResponse(
      responseCode = "200",
      description = "The report, RETURNED",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReportResponse.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "Malformed JSON (MALFORMED_REQUEST) or no reason (VALIDATION_FAILED, field reason)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description =
          "Not a national role (FORBIDDEN), or the caller drafted or submitted the report"
              + " (OWN_REPORT)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such report (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "The report is not SUBMITTED (REPORT_TRANSITION_NOT_ALLOWED), or it changed at the same"
              + " moment (REPORT_VERSION_CONFLICT)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public ReportResponse sendBack(
      @Parameter(description = "The report's id") @PathParam("reportId") String reportId,
      @Valid @NotNull ReturnReportRequest request) {
    return ReportResponse.from(reports.sendBack(Reports.id(reportId), request.reason(), caller));
  }
}
