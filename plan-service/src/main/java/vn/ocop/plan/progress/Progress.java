package vn.ocop.plan.progress;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.ocop.plan.actual.ActualValues;
import vn.ocop.plan.actual.ActualValues.Window;
import vn.ocop.plan.actual.CountedItem;
import vn.ocop.plan.commune.Commune;
import vn.ocop.plan.commune.Communes;
import vn.ocop.plan.indicator.Indicator;
import vn.ocop.plan.indicator.IndicatorUnit;
import vn.ocop.plan.indicator.Indicators;
import vn.ocop.plan.province.Province;
import vn.ocop.plan.province.Provinces;
import vn.ocop.plan.provinceplan.EffectiveTarget;
import vn.ocop.plan.provinceplan.PlanTargets;
import vn.ocop.plan.provinceplan.YearTargets;
import vn.ocop.plan.provinceplan.YearTargets.YearTarget;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;

/**
 * Progress (tiến độ thực hiện): the targets in force against the actuals, per province, commune and
 * the country. The national view reads the targets of every province in one query and asks {@link
 * ActualValues} once per distinct window for all provinces at once, never per province.
 */
@ApplicationScoped
public class Progress {
  private final ActualValues actualValues;
  private final PlanTargets planTargets;
  private final Indicators indicators;
  private final Provinces provinces;
  private final Communes communes;
  private final ProgressClock clock;

  Progress(
      ActualValues actualValues,
      PlanTargets planTargets,
      Indicators indicators,
      Provinces provinces,
      Communes communes,
      ProgressClock clock) {
    this.actualValues = actualValues;
    this.planTargets = planTargets;
    this.indicators = indicators;
    this.provinces = provinces;
    this.communes = communes;
    this.clock = clock;
  }

  public LocalDate today() {
    return clock.today();
  }

  public int currentYear() {
    return clock.today().getYear();
  }

  public NationalProgress national(int year) {
    List<Indicator> catalogue = indicators.all();
    LocalDate today = clock.today();
    List<EffectiveTarget> provinceWide =
        planTargets.inForce(year).stream().filter(t -> t.communeCode() == null).toList();
    // One pass over each window's facts gives every province's values and the country's.
    Map<Window, ActualValues.ProvincesAndCountry> passes = new HashMap<>();
    Function<Window, ActualValues.ProvincesAndCountry> pass =
        window ->
            passes.computeIfAbsent(window, w -> actualValues.byProvinceAndCountry(catalogue, w));
    Function<Window, Map<String, BigDecimal>> national = window -> pass.apply(window).country();
    Map<String, List<EffectiveTarget>> targetsByProvince =
        provinceWide.stream().collect(Collectors.groupingBy(EffectiveTarget::currentProvinceCode));

    List<NationalProgress.ProvinceRow> rows = new ArrayList<>();
    for (Province province : provinces.all()) {
      Function<Window, Map<String, BigDecimal>> actuals =
          window ->
              pass.apply(window)
                  .provinces()
                  .getOrDefault(province.code, zeroCounts(catalogue, national.apply(window)));
      rows.add(
          new NationalProgress.ProvinceRow(
              province.code,
              province.nameVi,
              ProgressLines.build(
                  targetsByProvince.getOrDefault(province.code, List.of()),
                  catalogue,
                  year,
                  today,
                  actuals,
                  true)));
    }
    List<EffectiveTarget> countTargets =
        provinceWide.stream().filter(t -> isCount(catalogue, t.indicatorCode())).toList();
    List<ProgressLine> totals =
        ProgressLines.build(countTargets, catalogue, year, today, national, true);
    return new NationalProgress(year, today, totals, rows);
  }

  public ProvinceProgress province(Province province, int year) {
    List<Indicator> catalogue = indicators.all();
    LocalDate today = clock.today();
    List<EffectiveTarget> inForce = planTargets.inForce(province.code, year);
    Map<Window, Map<String, BigDecimal>> ofProvince = new HashMap<>();
    Function<Window, Map<String, BigDecimal>> provinceActuals =
        window ->
            ofProvince.computeIfAbsent(
                window, w -> actualValues.ofProvince(province.code, catalogue, w));
    List<ProgressLine> lines =
        ProgressLines.build(
            inForce.stream().filter(t -> t.communeCode() == null).toList(),
            catalogue,
            year,
            today,
            provinceActuals,
            true);

    Map<String, List<EffectiveTarget>> byCommune = new TreeMap<>();
    inForce.stream()
        .filter(t -> t.communeCode() != null)
        .forEach(t -> byCommune.computeIfAbsent(t.communeCode(), c -> new ArrayList<>()).add(t));
    Map<String, String> names = new HashMap<>();
    if (!byCommune.isEmpty()) {
      communes.ofProvince(province.code).forEach(c -> names.put(c.code, c.nameVi));
    }
    Map<Window, Map<String, Map<String, BigDecimal>>> communeActuals = new HashMap<>();
    List<ProvinceProgress.CommuneSummary> summaries = new ArrayList<>();
    byCommune.forEach(
        (commune, targets) -> {
          Function<Window, Map<String, BigDecimal>> actuals =
              window ->
                  communeActuals
                      .computeIfAbsent(
                          window, w -> actualValues.byCommune(province.code, catalogue, w))
                      .getOrDefault(commune, zeroCounts(catalogue, provinceActuals.apply(window)));
          summaries.add(
              ProvinceProgress.CommuneSummary.of(
                  commune,
                  names.get(commune),
                  ProgressLines.build(targets, catalogue, year, today, actuals, false)));
        });
    return new ProvinceProgress(province.code, province.nameVi, year, today, lines, summaries);
  }

  public CommuneProgress commune(Province province, Commune commune, int year) {
    List<Indicator> catalogue = indicators.all();
    LocalDate today = clock.today();
    List<EffectiveTarget> targets =
        planTargets.inForce(province.code, year).stream()
            .filter(t -> commune.code.equals(t.communeCode()))
            .toList();
    Map<Window, Map<String, BigDecimal>> memo = new HashMap<>();
    Function<Window, Map<String, BigDecimal>> actuals =
        window ->
            memo.computeIfAbsent(
                window, w -> actualValues.ofCommune(province.code, commune.code, catalogue, w));
    return new CommuneProgress(
        province.code,
        province.nameVi,
        commune.code,
        commune.nameVi,
        year,
        today,
        ProgressLines.build(targets, catalogue, year, today, actuals, true));
  }

  /**
   * Per year, each indicator's actual of the year and its PER_YEAR target.
   *
   * @param province null for the country
   */
  public ProgressSeries series(Province province, int from, int to) {
    List<Indicator> catalogue = indicators.all();
    Map<String, Indicator> byCode = new LinkedHashMap<>();
    catalogue.forEach(indicator -> byCode.put(indicator.code, indicator));
    Map<Integer, Map<String, BigDecimal>> actuals =
        actualValues.byYear(
            province == null ? null : province.code, catalogue, new Window(from, to));
    Map<Integer, Map<String, YearTarget>> targets = new HashMap<>();
    for (int year = from; year <= to; year++) {
      if (province == null) {
        targets.put(
            year,
            YearTargets.national(
                YearTargets.byProvince(planTargets.inForce(year), year, byCode), byCode));
      } else {
        targets.put(
            year,
            YearTargets.byProvince(planTargets.inForce(province.code, year), year, byCode)
                .getOrDefault(province.code, Map.of()));
      }
    }
    List<ProgressSeries.IndicatorSeries> series = new ArrayList<>();
    for (Indicator indicator : catalogue) {
      List<ProgressSeries.Point> points = new ArrayList<>();
      boolean any = false;
      for (int year = from; year <= to; year++) {
        BigDecimal actual = actuals.getOrDefault(year, Map.of()).get(indicator.code);
        YearTarget target = targets.get(year).get(indicator.code);
        any |= actual != null || target != null;
        points.add(
            new ProgressSeries.Point(
                year,
                actual,
                target == null ? null : target.kind(),
                target == null ? null : target.value()));
      }
      if (any) {
        series.add(
            new ProgressSeries.IndicatorSeries(
                indicator.code, indicator.nameVi, indicator.unit, points));
      }
    }
    return new ProgressSeries(
        province == null ? null : province.code,
        province == null ? null : province.nameVi,
        from,
        to,
        series);
  }

  /** One province's actual of a year for an indicator, and its PER_YEAR target of the year. */
  public record ProvinceYear(Province province, BigDecimal actual, YearTarget target) {}

  /**
   * Every province's actual and target of one indicator in a year, for the chart: one query for the
   * targets, one for the actuals of all provinces.
   */
  public List<ProvinceYear> byProvince(Indicator indicator, int year) {
    List<Indicator> one = List.of(indicator);
    Map<String, Indicator> byCode = Map.of(indicator.code, indicator);
    Window window = Window.of(year);
    Map<String, Map<String, BigDecimal>> actuals = actualValues.byProvince(one, window);
    Map<String, Map<String, YearTarget>> targets =
        YearTargets.byProvince(planTargets.inForce(year), year, byCode);
    BigDecimal nothing = indicator.unit == IndicatorUnit.COUNT ? BigDecimal.ZERO : null;
    return provinces.all().stream()
        .map(
            province ->
                new ProvinceYear(
                    province,
                    actuals
                        .getOrDefault(province.code, Map.of())
                        .getOrDefault(indicator.code, nothing),
                    targets.getOrDefault(province.code, Map.of()).get(indicator.code)))
        .toList();
  }

  /** The products, subjects… behind a number, from {@link ActualValues#items}. */
  public Page<CountedItem> items(
      Province province, Indicator indicator, String communeCode, Window window, PageQuery page) {
    return actualValues.items(indicator, province.code, communeCode, window, page);
  }

  /**
   * The values of a unit nothing was counted for: 0 for each COUNT indicator that has a value at
   * the level above, as {@link ActualValues} answers for a unit it has no row for.
   */
  private static Map<String, BigDecimal> zeroCounts(
      List<Indicator> catalogue, Map<String, BigDecimal> above) {
    Map<String, BigDecimal> zeros = new HashMap<>();
    for (Indicator indicator : catalogue) {
      if (indicator.unit == IndicatorUnit.COUNT && above.containsKey(indicator.code)) {
        zeros.put(indicator.code, BigDecimal.ZERO);
      }
    }
    return zeros;
  }

  private static boolean isCount(List<Indicator> catalogue, String code) {
    return catalogue.stream()
        .anyMatch(
            indicator -> indicator.code.equals(code) && indicator.unit == IndicatorUnit.COUNT);
  }
}
