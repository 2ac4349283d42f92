package vn.ocop.plan.report;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Drafts a progress report of the province for a year and period. */
@Schema(name = "CreateReportRequest")
public record CreateReportRequest(
    @Schema(
            description = "The year reported on, 2000–2100 and not after the current year",
            example = "2026",
            minimum = "2000",
            maximum = "2100")
        @NotNull
        @Min(2000)
        @Max(2100)
        Integer year,
    @Schema(
            description =
                "H1 = six-month report (báo cáo 6 tháng), FY = annual report (báo cáo năm)")
        @NotNull
        ReportPeriod period,
    @Schema(
            description = "The narrative part, written by hand (đánh giá, kiến nghị)",
            example = "Tỉnh đã tổ chức 2 đợt đánh giá, phân hạng sản phẩm OCOP.")
        @Size(max = UpdateReportRequest.MAX_NARRATIVE)
        String narrative) {}
