package vn.ocop.plan.actual;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.ocop.contracts.EventTypes;
import vn.ocop.plan.indicator.Indicator;
import vn.ocop.plan.indicator.Indicators;
import vn.ocop.plan.province.Province;
import vn.ocop.plan.province.Provinces;
import vn.ocop.plan.target.Target;
import vn.ocop.plan.target.Targets;

/**
 * Computes actuals from the certificate facts at read time. Nothing is accumulated: a count is
 * always a {@code count(distinct product)} over the facts, so a duplicated or redelivered event
 * cannot inflate it, and replaying the topic into an empty database gives the same numbers.
 */
@ApplicationScoped
public class Actuals {
  // Each certificate indicator selects facts by its own star range: the rule is in the catalogue.
  private static final String COUNTED_FACTS =
      " from indicator i join certificate_fact f"
          + " on f.star_class between coalesce(i.min_star_class, 1) and coalesce(i.max_star_class, 5)"
          + " where i.computation = 'EVENT' and i.source_event_type = :type and f.year = :year";
  private static final String COUNTS =
      "select i.code, f.province_code, count(distinct f.product_id)" + COUNTED_FACTS;
  private static final String TOTALS =
      "select i.code, count(distinct f.product_id)" + COUNTED_FACTS + " group by i.code";

  private final EntityManager entityManager;
  private final Indicators indicators;
  private final Provinces provinces;
  private final Targets targets;

  Actuals(
      EntityManager entityManager, Indicators indicators, Provinces provinces, Targets targets) {
    this.entityManager = entityManager;
    this.indicators = indicators;
    this.provinces = provinces;
    this.targets = targets;
  }

  public ProvinceActuals ofProvince(Province province, int year) {
    Query query =
        entityManager
            .createNativeQuery(
                COUNTS + " and f.province_code = :province group by i.code, f.province_code")
            .setParameter("province", province.code);
    Map<String, Map<String, Long>> counts = countsByProvince(query, year);
    return actuals(
        province,
        year,
        indicators.countingCertificates(),
        counts.getOrDefault(province.code, Map.of()),
        byIndicator(targets.ofProvince(province.code, year)));
  }

  public NationalActuals national(int year) {
    List<Indicator> counted = indicators.countingCertificates();
    Map<String, Map<String, Long>> counts =
        countsByProvince(
            entityManager.createNativeQuery(COUNTS + " group by i.code, f.province_code"), year);
    Map<String, Map<String, Target>> targetsByProvince = new HashMap<>();
    for (Target target : targets.ofYear(year)) {
      targetsByProvince
          .computeIfAbsent(target.provinceCode, code -> new HashMap<>())
          .put(target.indicatorCode, target);
    }
    List<ProvinceActuals> perProvince =
        provinces.all().stream()
            .map(
                province ->
                    actuals(
                        province,
                        year,
                        counted,
                        counts.getOrDefault(province.code, Map.of()),
                        targetsByProvince.getOrDefault(province.code, Map.of())))
            .toList();
    Map<String, Long> totals = totals(year);
    return new NationalActuals(
        year,
        counted.stream()
            .map(i -> IndicatorActual.of(i, totals.getOrDefault(i.code, 0L), null))
            .toList(),
        perProvince);
  }

  private static ProvinceActuals actuals(
      Province province,
      int year,
      List<Indicator> counted,
      Map<String, Long> counts,
      Map<String, Target> targetsOfProvince) {
    return new ProvinceActuals(
        province.code,
        province.nameVi,
        year,
        counted.stream()
            .map(
                indicator ->
                    IndicatorActual.of(
                        indicator,
                        counts.getOrDefault(indicator.code, 0L),
                        targetsOfProvince.get(indicator.code)))
            .toList());
  }

  /** Indicator code → count, per province code. */
  private static Map<String, Map<String, Long>> countsByProvince(Query query, int year) {
    Map<String, Map<String, Long>> counts = new HashMap<>();
    for (Object row : rows(query, year)) {
      Object[] columns = (Object[]) row;
      counts
          .computeIfAbsent((String) columns[1], code -> new HashMap<>())
          .put((String) columns[0], ((Number) columns[2]).longValue());
    }
    return counts;
  }

  /**
   * National totals, counted over all facts rather than summed over provinces: a product counts
   * once even if its certificates name different provinces.
   */
  private Map<String, Long> totals(int year) {
    Map<String, Long> totals = new HashMap<>();
    for (Object row : rows(entityManager.createNativeQuery(TOTALS), year)) {
      Object[] columns = (Object[]) row;
      totals.put((String) columns[0], ((Number) columns[1]).longValue());
    }
    return totals;
  }

  private static List<?> rows(Query query, int year) {
    return query
        .setParameter("type", EventTypes.CERTIFICATE_ISSUED)
        .setParameter("year", (short) year)
        .getResultList();
  }

  private static Map<String, Target> byIndicator(List<Target> targets) {
    return targets.stream()
        .collect(Collectors.toMap(target -> target.indicatorCode, Function.identity()));
  }
}
