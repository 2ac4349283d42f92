package vn.ocop.plan.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import vn.ocop.plan.actual.ActualValues.Window;
import vn.ocop.plan.indicator.Decimals;
import vn.ocop.plan.indicator.Indicator;
import vn.ocop.plan.indicator.IndicatorUnit;
import vn.ocop.plan.provinceplan.EffectiveTarget;
import vn.ocop.plan.provinceplan.PlanTarget.Accumulation;
import vn.ocop.plan.target.TargetKind;

/**
 * Turns the targets in force into progress lines. A target's actual is counted over its window:
 * PER_YEAR over the year, CUMULATIVE with a year from the plan's start to that year, a whole-period
 * target from the plan's start to the year viewed. COUNT targets with the same indicator, commune,
 * window and kind add up into one line whatever plan they come from, which is how the plans of the
 * provinces a merged province succeeded roll up into it; a PERCENT target keeps a line per plan.
 */
final class ProgressLines {
  /** Sources in a stable order, whatever order the targets were read in. */
  private static final Comparator<EffectiveTarget> SOURCE_ORDER =
      Comparator.comparing(EffectiveTarget::mapVersion)
          .thenComparing(EffectiveTarget::planProvinceCode)
          .thenComparingInt(EffectiveTarget::periodStart)
          .thenComparing(EffectiveTarget::planId);

  private ProgressLines() {}

  /** What a line counts over and when it is due. */
  record Span(
      Accumulation accumulation, Integer targetYear, int fromYear, int toYear, int dueYear) {
    static Span of(EffectiveTarget target, int year) {
      if (target.accumulation() == Accumulation.PER_YEAR) {
        return new Span(Accumulation.PER_YEAR, year, year, year, year);
      }
      if (target.year() != null) {
        return new Span(Accumulation.CUMULATIVE, target.year(), target.periodStart(), year, year);
      }
      return new Span(
          Accumulation.CUMULATIVE,
          null,
          target.periodStart(),
          Math.min(year, target.periodEnd()),
          target.periodEnd());
    }

    Window window() {
      return new Window(fromYear, toYear);
    }
  }

  private record Key(
      String indicatorCode, String communeCode, Span span, TargetKind kind, UUID plan) {}

  /**
   * @param targets the targets in force to show (one province's, one commune's, or every province's
   *     for national totals)
   * @param catalogue every indicator, in display order
   * @param actuals the actuals (indicator code → value) over a window, for the unit viewed
   * @param withoutTargets whether to add a NO_TARGET line for each indicator that has an actual in
   *     the year but no target
   */
  static List<ProgressLine> build(
      List<EffectiveTarget> targets,
      List<Indicator> catalogue,
      int year,
      LocalDate today,
      Function<Window, Map<String, BigDecimal>> actuals,
      boolean withoutTargets) {
    Map<String, Indicator> byCode = new LinkedHashMap<>();
    catalogue.forEach(indicator -> byCode.put(indicator.code, indicator));

    Map<Key, List<EffectiveTarget>> groups = new LinkedHashMap<>();
    for (EffectiveTarget target : targets) {
      Indicator indicator = byCode.get(target.indicatorCode());
      if (indicator == null) {
        continue;
      }
      UUID plan = indicator.unit == IndicatorUnit.PERCENT ? target.planId() : null;
      Key key =
          new Key(
              target.indicatorCode(),
              target.communeCode(),
              Span.of(target, year),
              target.kind(),
              plan);
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(target);
    }

    List<ProgressLine> lines = new ArrayList<>();
    Set<String> withTarget = new HashSet<>();
    groups.forEach(
        (key, group) -> {
          Indicator indicator = byCode.get(key.indicatorCode());
          withTarget.add(key.indicatorCode());
          BigDecimal target =
              group.stream().map(EffectiveTarget::value).reduce(BigDecimal.ZERO, BigDecimal::add);
          BigDecimal actual = actuals.apply(key.span().window()).get(key.indicatorCode());
          lines.add(line(indicator, key, target, actual, group, year, today));
        });
    if (withoutTargets) {
      Map<String, BigDecimal> ofYear = actuals.apply(Window.of(year));
      for (Indicator indicator : catalogue) {
        BigDecimal actual = ofYear.get(indicator.code);
        if (!withTarget.contains(indicator.code) && actual != null) {
          lines.add(withoutTarget(indicator, actual, year));
        }
      }
    }
    Map<String, Integer> order = new HashMap<>();
    for (int i = 0; i < catalogue.size(); i++) {
      order.put(catalogue.get(i).code, i);
    }
    lines.sort(
        Comparator.<ProgressLine>comparingInt(line -> order.get(line.indicatorCode()))
            .thenComparing(
                ProgressLine::communeCode, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(
                ProgressLine::accumulation, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ProgressLine::dueYear, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ProgressLine::fromYear)
            .thenComparing(ProgressLine::kind, Comparator.nullsLast(Comparator.naturalOrder())));
    return lines;
  }

  private static ProgressLine line(
      Indicator indicator,
      Key key,
      BigDecimal target,
      BigDecimal actual,
      List<EffectiveTarget> group,
      int year,
      LocalDate today) {
    Span span = key.span();
    ProgressRule.Judgement judgement =
        ProgressRule.judge(
            indicator.unit,
            key.kind(),
            target,
            actual,
            span.fromYear(),
            span.dueYear(),
            year,
            today);
    return new ProgressLine(
        indicator.code,
        indicator.nameVi,
        indicator.unit,
        key.communeCode(),
        span.accumulation(),
        span.targetYear(),
        span.fromYear(),
        span.toYear(),
        span.dueYear(),
        key.kind(),
        Decimals.plain(target),
        Decimals.plain(actual),
        judgement.expected(),
        Decimals.percentOf(actual, target),
        judgement.status(),
        group.stream()
            .sorted(SOURCE_ORDER)
            .map(
                source ->
                    new ProgressLine.Source(
                        source.planId(),
                        source.lineageId(),
                        source.planVersion(),
                        source.mapVersion(),
                        source.planProvinceCode(),
                        source.periodStart(),
                        source.periodEnd(),
                        Decimals.plain(source.value())))
            .toList());
  }

  private static ProgressLine withoutTarget(Indicator indicator, BigDecimal actual, int year) {
    return new ProgressLine(
        indicator.code,
        indicator.nameVi,
        indicator.unit,
        null,
        null,
        null,
        year,
        year,
        null,
        null,
        null,
        Decimals.plain(actual),
        null,
        null,
        ProgressStatus.NO_TARGET,
        List.of());
  }
}
