package vn.ocop.plan.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A progress report with its figures and the history of its moves. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
    name = "ProgressReport",
    description = "A province's progress report (báo cáo tiến độ) for a year and period")
public record ReportResponse(
    UUID id,
    @Schema(example = "66") String provinceCode,
    @Schema(example = "Đắk Lắk") String provinceName,
    @Schema(example = "2026") int year,
    ReportPeriod period,
    ReportStatus status,
    @Schema(description = "Number of submissions (lần gửi)", example = "1") int revision,
    @Schema(description = "The narrative, written by hand") String narrative,
    @Schema(description = "When the figures were filled from the actuals")
        OffsetDateTime figuresAsOf,
    String createdBy,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    String submittedBy,
    OffsetDateTime submittedAt,
    @Schema(description = "Who approved or returned the current revision") String decidedBy,
    OffsetDateTime decidedAt,
    @Schema(description = "Why the current revision was returned") String returnReason,
    @Schema(description = "The version to send with an update", example = "3") long version,
    @Schema(description = "One figure per indicator of the catalogue") List<FigureResponse> figures,
    @Schema(description = "Every move, oldest first") List<TransitionResponse> history) {

  static ReportResponse from(Reports.View view) {
    ProgressReport report = view.report();
    return new ReportResponse(
        report.id,
        report.provinceCode,
        view.provinceName(),
        report.year,
        report.period,
        report.status,
        report.revision,
        report.narrative,
        report.figuresAsOf,
        report.createdBy,
        report.createdAt,
        report.updatedAt,
        report.submittedBy,
        report.submittedAt,
        report.decidedBy,
        report.decidedAt,
        report.returnReason,
        report.rowVersion,
        view.figures().stream()
            .map(figure -> FigureResponse.from(figure, view.catalogue().get(figure.indicatorCode)))
            .toList(),
        view.history().stream().map(TransitionResponse::from).toList());
  }
}
