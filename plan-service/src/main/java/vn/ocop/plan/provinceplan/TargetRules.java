package vn.ocop.plan.provinceplan;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.ocop.plan.commune.Commune;
import vn.ocop.plan.commune.Communes;
import vn.ocop.plan.indicator.Decimals;
import vn.ocop.plan.indicator.Indicator;
import vn.ocop.plan.indicator.IndicatorUnit;
import vn.ocop.plan.indicator.Indicators;
import vn.ocop.plan.provinceplan.PlanTarget.Accumulation;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.platform.problem.ProblemException;

/**
 * The rules a plan's period and targets obey beyond what the request records check: every broken
 * rule is named at once, 400 for a rule of the request itself, 422 for a reference to something
 * that does not exist (an indicator not in the catalogue, a commune not in the province). Nothing
 * is written before these pass.
 */
@ApplicationScoped
class TargetRules {
  /** The longest period a plan covers: provincial plans run five years, a long one ten. */
  static final int MAX_PERIOD_YEARS = 10;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Indicators indicators;
  private final Communes communes;

  TargetRules(Indicators indicators, Communes communes) {
    this.indicators = indicators;
    this.communes = communes;
  }

  /**
   * @param provinceCode the province on the current map whose communes targets may name
   */
  void check(int periodStart, int periodEnd, String provinceCode, List<PlanTargetRequest> targets) {
    List<FieldError> invalid = new ArrayList<>();
    List<FieldError> unknown = new ArrayList<>();
    boolean periodInOrder = periodStart <= periodEnd;
    if (!periodInOrder) {
      invalid.add(
          new FieldError(
              "periodEnd",
              "NotBeforePeriodStart",
              "The period ends (" + periodEnd + ") before it starts (" + periodStart + ")"));
    } else if (periodEnd - periodStart + 1 > MAX_PERIOD_YEARS) {
      invalid.add(
          new FieldError(
              "periodEnd",
              "MaxPeriodYears",
              "A plan covers at most " + MAX_PERIOD_YEARS + " years"));
    }
    Map<String, Indicator> catalogue =
        indicators.all().stream().collect(Collectors.toMap(i -> i.code, Function.identity()));
    Map<String, Commune> ownCommunes =
        communes.ofProvince(provinceCode).stream()
            .collect(Collectors.toMap(c -> c.code, Function.identity()));
    Set<TargetCell> cells = new HashSet<>();
    for (int i = 0; i < targets.size(); i++) {
      PlanTargetRequest target = targets.get(i);
      String field = "targets[" + i + "]";
      if (periodInOrder
          && target.year() != null
          && (target.year() < periodStart || target.year() > periodEnd)) {
        invalid.add(
            new FieldError(
                field + ".year",
                "WithinPeriod",
                "The year "
                    + target.year()
                    + " is outside the plan's period "
                    + periodStart
                    + "–"
                    + periodEnd));
      }
      if (target.year() == null && target.accumulationOrDefault() == Accumulation.PER_YEAR) {
        invalid.add(
            new FieldError(
                field + ".accumulation",
                "CumulativeWithoutYear",
                "A target over the whole period (no year) is CUMULATIVE"));
      }
      Indicator indicator = catalogue.get(target.indicatorCode());
      if (indicator == null) {
        unknown.add(
            new FieldError(
                field + ".indicatorCode",
                "exists",
                "There is no indicator '" + target.indicatorCode() + "' in the catalogue"));
      } else {
        valueFits(indicator, target.value(), field).ifPresent(invalid::add);
      }
      if (target.communeCode() != null && !ownCommunes.containsKey(target.communeCode())) {
        unknown.add(
            communes.find(target.communeCode()).isPresent()
                ? new FieldError(
                    field + ".communeCode",
                    "InProvince",
                    "Commune " + target.communeCode() + " is not in province " + provinceCode)
                : new FieldError(
                    field + ".communeCode",
                    "exists",
                    "There is no commune " + target.communeCode() + " on the current map"));
      }
      if (!cells.add(TargetCell.of(target))) {
        invalid.add(
            new FieldError(
                field, "UniqueCell", "Another target has the same indicator, commune and year"));
      }
    }
    if (!invalid.isEmpty()) {
      throw new ProblemException(
          400,
          "VALIDATION_FAILED",
          "Invalid request",
          "The request breaks " + invalid.size() + (invalid.size() == 1 ? " rule" : " rules"),
          invalid);
    }
    if (!unknown.isEmpty()) {
      throw new ProblemException(
          422, "UNPROCESSABLE", "Request cannot be processed", unknown.get(0).message(), unknown);
    }
  }

  private static Optional<FieldError> valueFits(
      Indicator indicator, BigDecimal value, String field) {
    if (indicator.unit == IndicatorUnit.COUNT && Decimals.isFractional(value)) {
      return Optional.of(
          new FieldError(
              field + ".value", "Integer", "A target of a COUNT indicator is a whole number"));
    }
    if (indicator.unit == IndicatorUnit.PERCENT && value.compareTo(HUNDRED) > 0) {
      return Optional.of(
          new FieldError(
              field + ".value", "Max", "A target of a PERCENT indicator is at most 100"));
    }
    return Optional.empty();
  }
}
