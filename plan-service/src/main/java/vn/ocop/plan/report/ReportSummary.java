package vn.ocop.plan.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A report in a list: what it is and where it stands, without its figures. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ReportSummary")
public record ReportSummary(
    UUID id,
    @Schema(example = "66") String provinceCode,
    @Schema(example = "Đắk Lắk") String provinceName,
    @Schema(example = "2026") int year,
    ReportPeriod period,
    ReportStatus status,
    @Schema(description = "Number of submissions", example = "1") int revision,
    String createdBy,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    OffsetDateTime submittedAt,
    OffsetDateTime decidedAt,
    @Schema(description = "The version to send with an update", example = "3") long version) {

  static ReportSummary from(ProgressReport report, String provinceName) {
    return new ReportSummary(
        report.id,
        report.provinceCode,
        provinceName,
        report.year,
        report.period,
        report.status,
        report.revision,
        report.createdBy,
        report.createdAt,
        report.updatedAt,
        report.submittedAt,
        report.decidedAt,
        report.rowVersion);
  }
}
