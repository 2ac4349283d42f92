package vn.ocop.plan.actual;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ocop.plan.indicator.Indicator;

/**
 * Turns what the statements returned for one place (or year) into the indicators' values, by the
 * contract of {@link ActualValues}: counts default to 0, entered values are there or not, ratios
 * are computed from their parts (no value without a non-zero denominator).
 */
final class IndicatorValues {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private IndicatorValues() {}

  /** Indicator code → value of one place (or year), by the contract in the class comment. */
  static Map<String, BigDecimal> of(
      List<Indicator> indicators, Map<String, BigDecimal> raw, Map<String, Indicator> needed) {
    Map<String, BigDecimal> values = new HashMap<>();
    for (Indicator indicator : indicators) {
      BigDecimal value = value(indicator, raw, needed, new HashSet<>());
      if (value != null) {
        values.put(indicator.code, value);
      }
    }
    return values;
  }

  private static BigDecimal value(
      Indicator indicator,
      Map<String, BigDecimal> raw,
      Map<String, Indicator> needed,
      Set<String> visiting) {
    if (indicator.counted()) {
      return raw.getOrDefault(indicator.code, BigDecimal.ZERO);
    }
    if (indicator.isEntered()) {
      return raw.get(indicator.code);
    }
    if (!visiting.add(indicator.code)) {
      return null;
    }
    Indicator numerator = needed.get(indicator.numeratorCode);
    Indicator denominator = needed.get(indicator.denominatorCode);
    BigDecimal top = numerator == null ? null : value(numerator, raw, needed, visiting);
    BigDecimal bottom = denominator == null ? null : value(denominator, raw, needed, visiting);
    visiting.remove(indicator.code);
    if (top == null || bottom == null || bottom.signum() == 0) {
      return null;
    }
    return top.multiply(HUNDRED).divide(bottom, 2, RoundingMode.HALF_UP);
  }

  /** The values of one key, or those of a place with no facts at all (zeros, no entries). */
  static Map<String, BigDecimal> orNothing(
      Map<String, Map<String, BigDecimal>> byKey, String key, List<Indicator> indicators) {
    Map<String, BigDecimal> values = byKey.get(key);
    return values != null ? values : of(indicators, Map.of(), Map.of());
  }
}
