package vn.ocop.plan.progress;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.plan.indicator.IndicatorUnit;
import vn.ocop.plan.provinceplan.PlanTarget.Accumulation;
import vn.ocop.plan.target.TargetKind;

/**
 * One line of a progress view (tiến độ thực hiện): a target and the actual counted over its window,
 * or, with status NO_TARGET, an indicator's actual of the year where no target is set.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ProgressLine")
public record ProgressLine(
    @Schema(example = "PRODUCTS_3STAR_PLUS") String indicatorCode,
    @Schema(example = "Số sản phẩm đạt OCOP từ 3 sao trở lên") String indicatorName,
    IndicatorUnit unit,
    @Schema(description = "The commune of a commune target; absent province-wide")
        String communeCode,
    @Schema(description = "Absent without a target") Accumulation accumulation,
    @Schema(description = "The target's year; absent for a whole-period target", example = "2026")
        Integer targetYear,
    @Schema(description = "First year the actual is counted over", example = "2026") int fromYear,
    @Schema(description = "Last year the actual is counted over", example = "2026") int toYear,
    @Schema(
            description =
                "The year by whose end the target is due (the period's end for a whole-period"
                    + " target)",
            example = "2026")
        Integer dueYear,
    TargetKind kind,
    @Schema(
            description =
                "The target; COUNT targets of plans in force for the same window add up (a merged"
                    + " province's predecessor plans)",
            example = "50")
        BigDecimal target,
    @Schema(description = "The actual (kết quả thực hiện); absent when nothing computes it")
        BigDecimal actual,
    @Schema(
            description = "The pro-rata share of an AT_LEAST COUNT target due by now",
            example = "24.9")
        BigDecimal expected,
    @Schema(description = "actual / target × 100, one decimal", example = "40.0")
        BigDecimal percentOfTarget,
    ProgressStatus status,
    @Schema(description = "The plans the target comes from") List<Source> sources) {

  /** A plan version a line's target comes from, and its part of the target. */
  @Schema(name = "ProgressLineSource")
  public record Source(
      UUID planId,
      UUID lineageId,
      int version,
      @Schema(example = "2025-03") String mapVersion,
      @Schema(description = "The province as the plan names it", example = "54")
          String planProvinceCode,
      int periodStart,
      int periodEnd,
      BigDecimal target) {}
}
