package vn.ocop.plan.provinceplan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ocop.plan.indicator.Decimals;
import vn.ocop.plan.indicator.Indicator;
import vn.ocop.plan.indicator.IndicatorUnit;
import vn.ocop.plan.provinceplan.PlanTarget.Accumulation;
import vn.ocop.plan.target.TargetKind;

/**
 * The one target of a year per province and indicator, as the actuals view and the time series show
 * it: the province-wide PER_YEAR targets of that year in the approved plans. Plans in force for the
 * same province add up for a COUNT indicator (a merged province carries on its predecessors' plans:
 * their targets together are the province's), an AT_LEAST target winning over an AT_MOST one. A
 * PERCENT target is shown only when one plan sets it: shares of different plans do not add up, and
 * the progress view lists them per plan instead.
 */
public final class YearTargets {
  private YearTargets() {}

  /** A target of the year. */
  public record YearTarget(TargetKind kind, BigDecimal value) {}

  /** Province code (current map) → indicator code → the year's target. */
  public static Map<String, Map<String, YearTarget>> byProvince(
      List<EffectiveTarget> inForce, int year, Map<String, Indicator> catalogue) {
    Map<String, Map<String, List<EffectiveTarget>>> grouped = new HashMap<>();
    for (EffectiveTarget target : inForce) {
      if (target.communeCode() == null
          && target.accumulation() == Accumulation.PER_YEAR
          && target.year() != null
          && target.year() == year
          && catalogue.containsKey(target.indicatorCode())) {
        grouped
            .computeIfAbsent(target.currentProvinceCode(), code -> new HashMap<>())
            .computeIfAbsent(target.indicatorCode(), code -> new ArrayList<>())
            .add(target);
      }
    }
    Map<String, Map<String, YearTarget>> result = new HashMap<>();
    grouped.forEach(
        (province, byIndicator) ->
            byIndicator.forEach(
                (code, targets) -> {
                  YearTarget combined = combine(catalogue.get(code).unit, targets);
                  if (combined != null) {
                    result.computeIfAbsent(province, p -> new HashMap<>()).put(code, combined);
                  }
                }));
    return result;
  }

  /** Indicator code → the country's target: the provinces' COUNT targets of one kind summed. */
  public static Map<String, YearTarget> national(
      Map<String, Map<String, YearTarget>> byProvince, Map<String, Indicator> catalogue) {
    Map<String, List<YearTarget>> byIndicator = new HashMap<>();
    byProvince
        .values()
        .forEach(
            targets ->
                targets.forEach(
                    (code, target) ->
                        byIndicator.computeIfAbsent(code, c -> new ArrayList<>()).add(target)));
    Map<String, YearTarget> result = new HashMap<>();
    byIndicator.forEach(
        (code, targets) -> {
          if (catalogue.get(code).unit == IndicatorUnit.COUNT) {
            YearTarget sum = sum(targets, TargetKind.AT_LEAST);
            result.put(code, sum != null ? sum : sum(targets, TargetKind.AT_MOST));
          }
        });
    return result;
  }

  private static YearTarget combine(IndicatorUnit unit, List<EffectiveTarget> targets) {
    List<YearTarget> values =
        targets.stream().map(t -> new YearTarget(t.kind(), t.value())).toList();
    if (unit == IndicatorUnit.PERCENT) {
      return values.size() == 1 ? plain(values.get(0)) : null;
    }
    YearTarget atLeast = sum(values, TargetKind.AT_LEAST);
    return atLeast != null ? atLeast : sum(values, TargetKind.AT_MOST);
  }

  private static YearTarget sum(List<YearTarget> targets, TargetKind kind) {
    BigDecimal total = null;
    for (YearTarget target : targets) {
      if (target.kind() == kind) {
        total = total == null ? target.value() : total.add(target.value());
      }
    }
    return total == null ? null : new YearTarget(kind, Decimals.plain(total));
  }

  private static YearTarget plain(YearTarget target) {
    return new YearTarget(target.kind(), Decimals.plain(target.value()));
  }
}
