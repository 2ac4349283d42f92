package vn.ocop.plan.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.ocop.plan.actual.ActualValues;
import vn.ocop.plan.indicator.Computation;
import vn.ocop.plan.indicator.Indicator;
import vn.ocop.plan.indicator.Indicators;
import vn.ocop.plan.provinceplan.EffectiveTarget;
import vn.ocop.plan.provinceplan.PlanTargets;
import vn.ocop.plan.report.ReportFigure.FigureSource;

/**
 * Fills a report's figures from the actuals and the plans in force: one figure per indicator of the
 * catalogue, in display order. Numbers come from {@link ActualValues} only, so a report says what
 * the progress views say.
 */
@ApplicationScoped
class ReportFigures {
  private final Indicators indicators;
  private final ActualValues actuals;
  private final PlanTargets planTargets;

  ReportFigures(Indicators indicators, ActualValues actuals, PlanTargets planTargets) {
    this.indicators = indicators;
    this.actuals = actuals;
    this.planTargets = planTargets;
  }

  /**
   * The figures of the report as of now. Comments of the figures it had are kept.
   *
   * @param previous the report's current figures (none for a new report)
   */
  List<ReportFigure> fill(ProgressReport report, List<ReportFigure> previous) {
    List<Indicator> catalogue = indicators.all();
    int year = report.year;
    List<EffectiveTarget> inForce = planTargets.inForce(report.provinceCode, year);
    Map<String, ProvinceWideTargets.Chosen> targets =
        ProvinceWideTargets.choose(
            inForce,
            catalogue.stream().collect(Collectors.toMap(i -> i.code, i -> i.unit, (a, b) -> a)));
    // Without a target of its own, an indicator is accumulated from the start of the earliest plan
    // in force: the period the province is reporting progress on.
    Integer planStart =
        inForce.stream().map(EffectiveTarget::periodStart).min(Integer::compare).orElse(null);
    Map<String, BigDecimal> ofYear =
        actuals.ofProvince(report.provinceCode, catalogue, ActualValues.Window.of(year));
    Map<Integer, Map<String, BigDecimal>> since = new HashMap<>();
    Map<String, String> comments =
        previous.stream()
            .filter(figure -> figure.comment != null)
            .collect(Collectors.toMap(figure -> figure.indicatorCode, figure -> figure.comment));

    List<ReportFigure> figures = new ArrayList<>();
    for (Indicator indicator : catalogue) {
      ProvinceWideTargets.Chosen target = targets.get(indicator.code);
      Integer from = target != null ? Integer.valueOf(target.periodStart()) : planStart;
      ReportFigure figure = new ReportFigure();
      figure.reportId = report.id;
      figure.indicatorCode = indicator.code;
      figure.source =
          indicator.computation == Computation.MANUAL ? FigureSource.MANUAL : FigureSource.EVENTS;
      figure.actual = ofYear.get(indicator.code);
      if (from != null && from <= year) {
        figure.cumulative =
            since
                .computeIfAbsent(
                    from,
                    start ->
                        actuals.ofProvince(
                            report.provinceCode, catalogue, new ActualValues.Window(start, year)))
                .get(indicator.code);
        figure.cumulativeFrom = figure.cumulative == null ? null : from.shortValue();
      }
      if (target != null) {
        figure.target = target.value();
        figure.targetKind = target.kind();
        figure.targetAccumulation = target.accumulation();
        figure.targetYear = target.year() == null ? null : target.year().shortValue();
        figure.targetPeriodStart = (short) target.periodStart();
        figure.targetPeriodEnd = (short) target.periodEnd();
      }
      figure.comment = comments.get(indicator.code);
      figures.add(figure);
    }
    return figures;
  }

  /**
   * The catalogue's indicators by code in display order, for showing figures with their names and
   * units.
   */
  Map<String, Indicator> catalogue() {
    return indicators.all().stream()
        .collect(
            Collectors.toMap(i -> i.code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }
}
