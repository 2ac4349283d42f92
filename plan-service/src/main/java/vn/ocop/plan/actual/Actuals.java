package vn.ocop.plan.actual;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.ocop.plan.indicator.Computation;
import vn.ocop.plan.indicator.Indicator;
import vn.ocop.plan.indicator.IndicatorUnit;
import vn.ocop.plan.indicator.Indicators;
import vn.ocop.plan.province.Province;
import vn.ocop.plan.province.Provinces;
import vn.ocop.plan.provinceplan.PlanTargets;
import vn.ocop.plan.provinceplan.YearTargets;
import vn.ocop.plan.provinceplan.YearTargets.YearTarget;

/**
 * The actuals of one year for a province or the country, next to the year's targets: the numbers
 * come from {@link ActualValues} (the one place that computes them) and the targets from the
 * approved plans ({@link YearTargets}: province-wide PER_YEAR targets of the year).
 */
@ApplicationScoped
public class Actuals {
  private final ActualValues actualValues;
  private final Indicators indicators;
  private final Provinces provinces;
  private final PlanTargets planTargets;

  Actuals(
      ActualValues actualValues,
      Indicators indicators,
      Provinces provinces,
      PlanTargets planTargets) {
    this.actualValues = actualValues;
    this.indicators = indicators;
    this.provinces = provinces;
    this.planTargets = planTargets;
  }

  public ProvinceActuals ofProvince(Province province, int year) {
    List<Indicator> shown = eventComputed();
    Map<String, BigDecimal> values =
        actualValues.ofProvince(province.code, shown, ActualValues.Window.of(year));
    Map<String, YearTarget> targets =
        YearTargets.byProvince(planTargets.inForce(province.code, year), year, byCode(shown))
            .getOrDefault(province.code, Map.of());
    return actuals(province, year, shown, values, targets);
  }

  public NationalActuals national(int year) {
    List<Indicator> shown = eventComputed();
    ActualValues.Window window = ActualValues.Window.of(year);
    Map<String, Map<String, BigDecimal>> byProvince = actualValues.byProvince(shown, window);
    Map<String, BigDecimal> totals = actualValues.national(shown, window);
    Map<String, Map<String, YearTarget>> targets =
        YearTargets.byProvince(planTargets.inForce(year), year, byCode(shown));
    Map<String, BigDecimal> nothingCounted = zeroCounts(shown, totals);
    List<ProvinceActuals> perProvince =
        provinces.all().stream()
            .map(
                province ->
                    actuals(
                        province,
                        year,
                        shown,
                        byProvince.getOrDefault(province.code, nothingCounted),
                        targets.getOrDefault(province.code, Map.of())))
            .toList();
    return new NationalActuals(
        year,
        shown.stream()
            .map(indicator -> IndicatorActual.of(indicator, totals.get(indicator.code), null))
            .toList(),
        perProvince);
  }

  /** Every indicator computed from events, in catalogue order: manual ones are in reports. */
  private List<Indicator> eventComputed() {
    return indicators.all().stream()
        .filter(indicator -> indicator.computation == Computation.EVENT)
        .toList();
  }

  private static ProvinceActuals actuals(
      Province province,
      int year,
      List<Indicator> shown,
      Map<String, BigDecimal> values,
      Map<String, YearTarget> targets) {
    return new ProvinceActuals(
        province.code,
        province.nameVi,
        year,
        shown.stream()
            .map(
                indicator ->
                    IndicatorActual.of(
                        indicator, values.get(indicator.code), targets.get(indicator.code)))
            .toList());
  }

  /**
   * The values of a province where nothing was counted: 0 for every COUNT indicator the country has
   * a value of, as {@link ActualValues} gives for a province it has no row for.
   */
  private static Map<String, BigDecimal> zeroCounts(
      List<Indicator> shown, Map<String, BigDecimal> totals) {
    Map<String, BigDecimal> zeros = new HashMap<>();
    for (Indicator indicator : shown) {
      if (indicator.unit == IndicatorUnit.COUNT && totals.containsKey(indicator.code)) {
        zeros.put(indicator.code, BigDecimal.ZERO);
      }
    }
    return zeros;
  }

  private static Map<String, Indicator> byCode(List<Indicator> shown) {
    return shown.stream().collect(Collectors.toMap(i -> i.code, Function.identity()));
  }
}
