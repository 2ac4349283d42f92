package vn.ocop.plan.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import vn.ocop.plan.indicator.IndicatorUnit;
import vn.ocop.plan.provinceplan.EffectiveTarget;
import vn.ocop.plan.provinceplan.Plan;
import vn.ocop.plan.provinceplan.PlanTarget.Accumulation;
import vn.ocop.plan.target.TargetKind;

/**
 * Picks, per indicator, the one province-wide target a report compares its figure with, among the
 * targets in force in the year (several plans can be in force at once: a five-year plan and an
 * annual one, or the plans the merged provinces made on the pre-merger map).
 *
 * <ol>
 *   <li>A target of the year wins over one for the whole period: it is the more specific promise.
 *   <li>A plan on the current map wins over pre-merger plans: it was made for the merged province.
 *   <li>Of one province's plans, the one with the shortest period wins (an annual plan details a
 *       five-year one), then the one starting latest.
 *   <li>Targets of several pre-merger provinces roll up into the province that succeeded them when
 *       they agree on kind and accumulation: counts add up; for a percentage the strictest one
 *       stands. When they disagree there is no meaningful single target, and none is shown.
 * </ol>
 */
final class ProvinceWideTargets {
  private ProvinceWideTargets() {}

  /** A target as a report shows it. */
  record Chosen(
      BigDecimal value,
      TargetKind kind,
      Accumulation accumulation,
      Integer year,
      int periodStart,
      int periodEnd) {}

  /** Indicator code → the target chosen, for indicators with a province-wide target in force. */
  static Map<String, Chosen> choose(
      List<EffectiveTarget> inForce, Map<String, IndicatorUnit> units) {
    Map<String, List<EffectiveTarget>> byIndicator =
        inForce.stream()
            .filter(target -> target.communeCode() == null)
            .collect(
                Collectors.groupingBy(
                    EffectiveTarget::indicatorCode, LinkedHashMap::new, Collectors.toList()));
    Map<String, Chosen> chosen = new LinkedHashMap<>();
    byIndicator.forEach(
        (code, candidates) -> {
          Chosen one = chooseOne(candidates, units.getOrDefault(code, IndicatorUnit.COUNT));
          if (one != null) {
            chosen.put(code, one);
          }
        });
    return chosen;
  }

  private static Chosen chooseOne(List<EffectiveTarget> candidates, IndicatorUnit unit) {
    List<EffectiveTarget> left = preferred(candidates, target -> target.year() != null);
    left = preferred(left, target -> Plan.CURRENT_MAP.equals(target.mapVersion()));
    Map<String, EffectiveTarget> perPlanProvince = new LinkedHashMap<>();
    left.stream()
        .sorted(
            Comparator.comparing(EffectiveTarget::planProvinceCode)
                .thenComparingInt(target -> target.periodEnd() - target.periodStart())
                .thenComparing(EffectiveTarget::periodStart, Comparator.reverseOrder())
                .thenComparing(target -> target.planId().toString()))
        .forEach(target -> perPlanProvince.putIfAbsent(target.planProvinceCode(), target));
    List<EffectiveTarget> parts = new ArrayList<>(perPlanProvince.values());
    EffectiveTarget first = parts.get(0);
    boolean agree =
        parts.stream()
            .allMatch(
                target ->
                    target.kind() == first.kind()
                        && target.accumulation() == first.accumulation()
                        && Objects.equals(target.year(), first.year()));
    if (!agree) {
      return null;
    }
    BigDecimal value =
        unit == IndicatorUnit.COUNT
            ? parts.stream().map(EffectiveTarget::value).reduce(BigDecimal.ZERO, BigDecimal::add)
            : strictest(parts, first.kind());
    return new Chosen(
        value,
        first.kind(),
        first.accumulation(),
        first.year(),
        parts.stream().mapToInt(EffectiveTarget::periodStart).min().orElseThrow(),
        parts.stream().mapToInt(EffectiveTarget::periodEnd).max().orElseThrow());
  }

  /** The candidates passing the test, or all of them when none does. */
  private static List<EffectiveTarget> preferred(
      List<EffectiveTarget> candidates, Predicate<EffectiveTarget> test) {
    List<EffectiveTarget> passing = candidates.stream().filter(test).toList();
    return passing.isEmpty() ? candidates : passing;
  }

  private static BigDecimal strictest(List<EffectiveTarget> parts, TargetKind kind) {
    Comparator<BigDecimal> order = Comparator.naturalOrder();
    return parts.stream()
        .map(EffectiveTarget::value)
        .max(kind == TargetKind.AT_LEAST ? order : order.reversed())
        .orElseThrow();
  }
}
