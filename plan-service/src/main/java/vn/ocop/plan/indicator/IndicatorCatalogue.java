package vn.ocop.plan.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.platform.problem.ProblemException;

/**
 * Adds indicators to the catalogue. A request is checked whole before anything is written: filters
 * the measure does not accept and missing parts are 400, a taken code 409, ratio parts that do not
 * exist or lead back to the indicator itself 422.
 */
@ApplicationScoped
public class IndicatorCatalogue {
  public static final String INDICATOR_EXISTS = "INDICATOR_EXISTS";

  private final Indicators indicators;
  private final EntityManager entityManager;

  IndicatorCatalogue(Indicators indicators, EntityManager entityManager) {
    this.indicators = indicators;
    this.entityManager = entityManager;
  }

  @Transactional
  public Indicator create(CreateIndicatorRequest request, String username) {
    requireConsistent(request);
    if (indicators.find(request.code()).isPresent()) {
      throw exists(request.code());
    }
    Map<String, Indicator> catalogue =
        indicators.all().stream().collect(Collectors.toMap(i -> i.code, i -> i));
    Indicator indicator = newIndicator(request, username);
    if (indicator.isRatio()) {
      requireParts(indicator, catalogue);
    }
    indicator.computation = computation(indicator, catalogue::get);
    indicator.displayOrder =
        request.displayOrder() != null
            ? request.displayOrder()
            : catalogue.values().stream().mapToInt(i -> i.displayOrder).max().orElse(0) + 10;
    IndicatorRule rule = IndicatorRule.of(indicator);
    indicator.description = blank(request.description()) ? rule.en() : request.description();
    indicator.descriptionVi = blank(request.descriptionVi()) ? rule.vi() : request.descriptionVi();
    try {
      indicator.persist();
      entityManager.flush();
    } catch (PersistenceException e) {
      // Another request added the same code between the check and the insert.
      throw exists(request.code());
    }
    return indicator;
  }

  /** The 400 rules: every broken one is named at once. */
  static void requireConsistent(CreateIndicatorRequest request) {
    Measure measure = request.measure();
    List<FieldError> errors = new ArrayList<>();
    Map<IndicatorFilter, Boolean> given =
        Map.of(
            IndicatorFilter.STAR_RANGE,
            request.minStarClass() != null || request.maxStarClass() != null,
            IndicatorFilter.DOSSIER_KINDS,
            request.dossierKinds() != null,
            IndicatorFilter.SUBJECT_TYPES,
            request.subjectTypes() != null,
            IndicatorFilter.CERTIFICATE_STATUSES,
            request.certificateStatuses() != null,
            IndicatorFilter.PROMOTION_KINDS,
            request.promotionKinds() != null,
            IndicatorFilter.PRODUCT_GROUPS,
            request.productGroups() != null);
    for (IndicatorFilter filter : IndicatorFilter.values()) {
      if (given.get(filter) && !measure.accepts(filter)) {
        String field =
            filter == IndicatorFilter.STAR_RANGE && request.minStarClass() == null
                ? "maxStarClass"
                : filter.field();
        errors.add(
            new FieldError(
                field,
                "AllowedForMeasure",
                "A " + measure + " indicator takes no " + filter.field() + " filter"));
      }
    }
    if (request.minStarClass() != null
        && request.maxStarClass() != null
        && request.minStarClass() > request.maxStarClass()) {
      errors.add(
          new FieldError(
              "maxStarClass", "NotBelowMinStarClass", "maxStarClass is below minStarClass"));
    }
    if (measure == Measure.CERTIFICATES_BY_STATUS && request.certificateStatuses() == null) {
      errors.add(
          new FieldError(
              "certificateStatuses",
              "RequiredForMeasure",
              "A CERTIFICATES_BY_STATUS indicator names the statuses it counts"));
    }
    boolean ratio = measure == Measure.RATIO;
    for (var part :
        List.of(
            Map.entry("numeratorCode", nullToEmpty(request.numeratorCode())),
            Map.entry("denominatorCode", nullToEmpty(request.denominatorCode())))) {
      if (ratio && part.getValue().isBlank()) {
        errors.add(
            new FieldError(
                part.getKey(), "RequiredForMeasure", "A RATIO indicator names both its parts"));
      } else if (!ratio && !part.getValue().isEmpty()) {
        errors.add(
            new FieldError(
                part.getKey(),
                "AllowedForMeasure",
                "Only a RATIO indicator has a numerator and a denominator"));
      }
    }
    if (request.unit() != null
        && measure != Measure.ENTERED
        && request.unit() != measure.defaultUnit()) {
      errors.add(
          new FieldError(
              "unit",
              "MatchesMeasure",
              "A " + measure + " indicator is in " + measure.defaultUnit()));
    }
    if (!errors.isEmpty()) {
      errors.sort((a, b) -> a.field().compareTo(b.field()));
      throw new ProblemException(
          400,
          "VALIDATION_FAILED",
          "Invalid request",
          "The request breaks " + errors.size() + (errors.size() == 1 ? " rule" : " rules"),
          errors);
    }
  }

  /** 422 when a part is not in the catalogue, or the parts lead back to the new indicator. */
  private static void requireParts(Indicator indicator, Map<String, Indicator> catalogue) {
    for (var part :
        List.of(
            Map.entry("numeratorCode", indicator.numeratorCode),
            Map.entry("denominatorCode", indicator.denominatorCode))) {
      if (part.getValue().equals(indicator.code)
          || leadsTo(part.getValue(), indicator, catalogue)) {
        throw ProblemException.unprocessable(
            part.getKey(),
            "acyclic",
            "Indicator " + part.getValue() + " leads back to " + indicator.code);
      }
      if (!catalogue.containsKey(part.getValue())) {
        throw ProblemException.unprocessable(
            part.getKey(),
            "exists",
            "There is no indicator '" + part.getValue() + "' in the catalogue");
      }
    }
  }

  /** Whether following ratio parts from {@code code} reaches the new indicator. */
  private static boolean leadsTo(String code, Indicator target, Map<String, Indicator> catalogue) {
    Set<String> seen = new HashSet<>();
    List<String> todo = new ArrayList<>(List.of(code));
    while (!todo.isEmpty()) {
      String next = todo.remove(todo.size() - 1);
      if (next.equals(target.code)) {
        return true;
      }
      Indicator indicator = catalogue.get(next);
      if (indicator != null && seen.add(next)) {
        todo.addAll(indicator.parts());
      }
    }
    return false;
  }

  /** MANUAL when a value comes (even partly) from entered figures, else EVENT. */
  static Computation computation(Indicator indicator, Function<String, Indicator> catalogue) {
    Set<String> seen = new LinkedHashSet<>();
    List<Indicator> todo = new ArrayList<>(List.of(indicator));
    while (!todo.isEmpty()) {
      Indicator next = todo.remove(todo.size() - 1);
      if (!seen.add(next.code)) {
        continue;
      }
      if (next.isEntered()) {
        return Computation.MANUAL;
      }
      for (String part : next.parts()) {
        Indicator component = catalogue.apply(part);
        if (component != null) {
          todo.add(component);
        }
      }
    }
    return Computation.EVENT;
  }

  private static Indicator newIndicator(CreateIndicatorRequest request, String username) {
    Measure measure = request.measure();
    Indicator indicator = new Indicator();
    indicator.code = request.code();
    indicator.nameVi = request.nameVi().strip();
    indicator.nameEn = request.nameEn().strip();
    indicator.measure = measure;
    indicator.unit = request.unit() != null ? request.unit() : measure.defaultUnit();
    indicator.sourceEventType =
        measure.sourceEventTypes().isEmpty() ? null : measure.sourceEventTypes().get(0);
    indicator.minStarClass =
        request.minStarClass() == null ? null : request.minStarClass().shortValue();
    indicator.maxStarClass =
        request.maxStarClass() == null ? null : request.maxStarClass().shortValue();
    indicator.dossierKinds = names(request.dossierKinds());
    indicator.subjectTypes = names(request.subjectTypes());
    indicator.certificateStatuses = names(request.certificateStatuses());
    indicator.promotionKinds = names(request.promotionKinds());
    indicator.productGroups =
        request.productGroups() == null
            ? null
            : request.productGroups().stream()
                .distinct()
                .sorted()
                .map(Integer::shortValue)
                .toArray(Short[]::new);
    indicator.numeratorCode = blank(request.numeratorCode()) ? null : request.numeratorCode();
    indicator.denominatorCode = blank(request.denominatorCode()) ? null : request.denominatorCode();
    indicator.createdBy = username;
    indicator.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    return indicator;
  }

  private static String[] names(List<? extends Enum<?>> values) {
    return values == null
        ? null
        : values.stream().map(Enum::name).distinct().sorted().toArray(String[]::new);
  }

  private static ProblemException exists(String code) {
    return ProblemException.conflict(
        INDICATOR_EXISTS, "The catalogue already has an indicator '" + code + "'");
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
