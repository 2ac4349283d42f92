package vn.ocop.plan.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.plan.indicator.Decimals;
import vn.ocop.plan.indicator.Indicator;
import vn.ocop.plan.indicator.IndicatorUnit;
import vn.ocop.plan.provinceplan.PlanTarget.Accumulation;
import vn.ocop.plan.report.ReportFigure.FigureSource;
import vn.ocop.plan.target.TargetKind;

/** One figure of a report (số liệu báo cáo): actual, cumulative actual, target, comment. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ReportFigure")
public record FigureResponse(
    @Schema(example = "PRODUCTS_3STAR_PLUS") String indicatorCode,
    @Schema(example = "Số sản phẩm đạt OCOP từ 3 sao trở lên") String name,
    @Schema(example = "Products rated OCOP 3 stars or more") String nameEn,
    IndicatorUnit unit,
    @Schema(description = "EVENTS: computed from events; MANUAL: entered by the province")
        FigureSource source,
    @Schema(
            description =
                "The actual of the report's year (kết quả thực hiện); absent when not reported",
            example = "12")
        BigDecimal actual,
    @Schema(
            description =
                "The actual from the start of the plan period in force (lũy kế) to the year;"
                    + " absent without a plan in force",
            example = "48")
        BigDecimal cumulative,
    @Schema(description = "The first year of the cumulative actual", example = "2026")
        Integer cumulativeFrom,
    @Schema(description = "The province-wide target in force (mục tiêu)", example = "50")
        BigDecimal target,
    TargetKind targetKind,
    @Schema(description = "PER_YEAR: compared with actual; CUMULATIVE: with cumulative")
        Accumulation targetAccumulation,
    @Schema(description = "The target's year; absent for a target over the whole plan period")
        Integer targetYear,
    @Schema(example = "2026") Integer targetPeriodStart,
    @Schema(example = "2030") Integer targetPeriodEnd,
    @Schema(description = "Percent of the target reached, one decimal", example = "24.0")
        BigDecimal percentOfTarget,
    Boolean targetMet,
    @Schema(description = "The province's comment (giải trình)") String comment) {

  static FigureResponse from(ReportFigure figure, Indicator indicator) {
    return new FigureResponse(
        figure.indicatorCode,
        indicator == null ? null : indicator.nameVi,
        indicator == null ? null : indicator.nameEn,
        indicator == null ? null : indicator.unit,
        figure.source,
        Decimals.plain(figure.actual),
        Decimals.plain(figure.cumulative),
        toInteger(figure.cumulativeFrom),
        Decimals.plain(figure.target),
        figure.targetKind,
        figure.targetAccumulation,
        toInteger(figure.targetYear),
        toInteger(figure.targetPeriodStart),
        toInteger(figure.targetPeriodEnd),
        figure.percentOfTarget(),
        figure.targetMet(),
        figure.comment);
  }

  private static Integer toInteger(Short value) {
    return value == null ? null : value.intValue();
  }
}
