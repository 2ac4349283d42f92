package vn.ocop.plan.actual;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.plan.indicator.Indicator;
import vn.ocop.plan.indicator.IndicatorUnit;
import vn.ocop.plan.target.Target;
import vn.ocop.plan.target.TargetKind;

/** The actual value (kết quả thực hiện) of one indicator, with the target when one is set. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "IndicatorActual")
public record IndicatorActual(
    @Schema(example = "PRODUCTS_3STAR_PLUS") String code,
    @Schema(example = "Số sản phẩm đạt OCOP từ 3 sao trở lên") String name,
    @Schema(example = "Products rated OCOP 3 stars or more") String nameEn,
    IndicatorUnit unit,
    @Schema(description = "The actual, computed from events", example = "1") BigDecimal value,
    @Schema(description = "The target, when one is set", example = "50") BigDecimal target,
    @Schema(description = "The kind of the target, when one is set") TargetKind targetKind,
    @Schema(
            description = "value / target × 100, one decimal; absent without a target or for 0",
            example = "2.0")
        BigDecimal percentOfTarget,
    @Schema(description = "Whether the target is reached, when one is set") Boolean targetMet) {

  static IndicatorActual of(Indicator indicator, long count, Target target) {
    BigDecimal value = BigDecimal.valueOf(count);
    if (target == null) {
      return new IndicatorActual(
          indicator.code,
          indicator.nameVi,
          indicator.nameEn,
          indicator.unit,
          value,
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
        value,
        target.plainValue(),
        target.kind,
        target.percentReached(value),
        target.isMet(value));
  }
}
