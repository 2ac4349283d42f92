package vn.ocop.plan.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How targets, actuals and entered values are shown and checked: without the storage scale,
 * percents to one decimal, whole numbers for COUNT indicators.
 */
public final class Decimals {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Decimals() {}

  /** 50 rather than 50.00, 12.5 rather than 12.50; null stays null. */
  public static BigDecimal plain(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** actual / target × 100, one decimal; null without an actual or for a zero target. */
  public static BigDecimal percentOf(BigDecimal actual, BigDecimal target) {
    if (actual == null || target == null || target.signum() == 0) {
      return null;
    }
    return actual.multiply(HUNDRED).divide(target, 1, RoundingMode.HALF_UP);
  }

  /** Whether the value has a fractional part (a COUNT indicator takes whole numbers only). */
  public static boolean isFractional(BigDecimal value) {
    return value.stripTrailingZeros().scale() > 0;
  }
}
