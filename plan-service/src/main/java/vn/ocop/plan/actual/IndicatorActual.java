package vn.ocop.plan.actual;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.plan.indicator.Decimals;
import vn.ocop.plan.indicator.Indicator;
import vn.ocop.plan.indicator.IndicatorUnit;
import vn.ocop.plan.provinceplan.YearTargets.YearTarget;
import vn.ocop.plan.target.TargetKind;

/** The actual value (kết quả thực hiện) of one indicator, with the target when one is set. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "IndicatorActual")
public record IndicatorActual(
    @Schema(example = "PRODUCTS_3STAR_PLUS") String code,
    @Schema(example = "Số sản phẩm đạt OCOP từ 3 sao trở lên") String name,
    @Schema(example = "Products rated OCOP 3 stars or more") String nameEn,
    IndicatorUnit unit,
    @Schema(
            description =
                "The actual, computed from events; absent when there is nothing to compute it from",
            example = "1")
        BigDecimal value,
    @Schema(
            description =
                "The province-wide target of the year in the approved plans, when one is set",
            example = "50")
        BigDecimal target,
    @Schema(description = "The kind of the target, when one is set") TargetKind targetKind,
    @Schema(
            description = "value / target × 100, one decimal; absent without a target or for 0",
            example = "2.0")
        BigDecimal percentOfTarget,
    @Schema(description = "Whether the target is reached, when one is set") Boolean targetMet) {

  static IndicatorActual of(Indicator indicator, BigDecimal value, YearTarget target) {
    BigDecimal shown = Decimals.plain(value);
    if (target == null) {
      return new IndicatorActual(
          indicator.code,
          indicator.nameVi,
          indicator.nameEn,
          indicator.unit,
          shown,
          null,
          null,
          null,
          null);
    }
    return new IndicatorActual(
        indicator.code,
        indicator.nameVi,
        indicator.nameEn,
        indicator.unit,
        shown,
        target.value(),
        target.kind(),
        Decimals.percentOf(value, target.value()),
        value == null ? null : target.kind().isMet(value, target.value()));
  }
}
