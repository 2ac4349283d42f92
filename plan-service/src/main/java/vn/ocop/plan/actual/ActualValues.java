package vn.ocop.plan.actual;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.ocop.plan.indicator.Decimals;
import vn.ocop.plan.indicator.Indicator;
import vn.ocop.plan.indicator.Indicators;
import vn.ocop.plan.indicator.Measure;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;

/**
 * The actual of each indicator over a window of years, for the country, a province, a commune, or
 * each year of the window: the one place progress, reports and exports read numbers from. Values
 * are computed from the facts kept from events (and, for ENTERED indicators, the values provinces
 * entered), at read time, so a replay of the topics gives the same numbers.
 *
 * <p>Contract of every map returned: a COUNT indicator computed from facts always has a value (0
 * when nothing was counted); an indicator with nothing to compute it from (an ENTERED one nobody
 * entered, a ratio whose denominator is 0 or missing) has no entry. Counts are of distinct records
 * over the whole window: a product recognised in 2022 and again in 2025 counts once in 2021–2025,
 * so a window's count is not the sum of its years'. National values are counted over the whole
 * country, not summed over provinces.
 *
 * <p>ENTERED indicators: the value of the latest year of the window that has one. A province's
 * value is its province-wide entry, or the sum of its communes' entries when there is none; the
 * country's is the sum of the provinces'; a commune's is its own entry. RATIO indicators are
 * numerator ÷ denominator × 100 (two decimals) of the same place and window.
 *
 * <p>Each call runs one SQL statement per measure involved (grouped by province, commune or year),
 * never one per province or per indicator.
 */
@ApplicationScoped
public class ActualValues {

  private final EntityManager entityManager;
  private final Indicators catalogue;

  ActualValues(EntityManager entityManager, Indicators catalogue) {
    this.entityManager = entityManager;
    this.catalogue = catalogue;
  }

  /** A window of years, both ends included. */
  public record Window(int fromYear, int toYear) {
    public static Window of(int year) {
      return new Window(year, year);
    }
  }

  /** Province code (current map) → indicator code → value, for every province with facts. */
  public Map<String, Map<String, BigDecimal>> byProvince(
      List<Indicator> indicators, Window window) {
    return compute(Grouping.PROVINCE, null, null, indicators, window);
  }

  /**
   * What the national view needs of a window in one pass over its facts: every province's values
   * (as {@link #byProvince}) and the country's (as {@link #national}), one statement per measure.
   */
  public ProvincesAndCountry byProvinceAndCountry(List<Indicator> indicators, Window window) {
    Map<String, Map<String, BigDecimal>> values =
        compute(Grouping.PROVINCE_AND_COUNTRY, null, null, indicators, window);
    Map<String, BigDecimal> country =
        IndicatorValues.orNothing(values, Grouping.COUNTRY, indicators);
    values.remove(Grouping.COUNTRY);
    return new ProvincesAndCountry(values, country);
  }

  /**
   * @param provinces province code → indicator code → value, for every province with facts
   * @param country indicator code → value over the whole country
   */
  public record ProvincesAndCountry(
      Map<String, Map<String, BigDecimal>> provinces, Map<String, BigDecimal> country) {}

  /** Indicator code → value over the whole country (distinct over all provinces). */
  public Map<String, BigDecimal> national(List<Indicator> indicators, Window window) {
    return IndicatorValues.orNothing(
        compute(Grouping.ALL, null, null, indicators, window), Grouping.COUNTRY, indicators);
  }

  public Map<String, BigDecimal> ofProvince(
      String provinceCode, List<Indicator> indicators, Window window) {
    return IndicatorValues.orNothing(
        compute(Grouping.PROVINCE, provinceCode, null, indicators, window),
        provinceCode,
        indicators);
  }

  /** Commune code → indicator code → value, for the communes of the province with facts. */
  public Map<String, Map<String, BigDecimal>> byCommune(
      String provinceCode, List<Indicator> indicators, Window window) {
    return compute(Grouping.COMMUNE, provinceCode, null, indicators, window);
  }

  public Map<String, BigDecimal> ofCommune(
      String provinceCode, String communeCode, List<Indicator> indicators, Window window) {
    return IndicatorValues.orNothing(
        compute(Grouping.COMMUNE, provinceCode, communeCode, indicators, window),
        communeCode,
        indicators);
  }

  /**
   * Year → indicator code → value, each year of the window on its own (a time series); the
   * province's, or the country's when provinceCode is null.
   */
  public Map<Integer, Map<String, BigDecimal>> byYear(
      String provinceCode, List<Indicator> indicators, Window window) {
    Map<String, Map<String, BigDecimal>> byKey =
        compute(Grouping.YEAR, provinceCode, null, indicators, window);
    Map<Integer, Map<String, BigDecimal>> series = new LinkedHashMap<>();
    for (int year = window.fromYear(); year <= window.toYear(); year++) {
      series.put(year, IndicatorValues.orNothing(byKey, String.valueOf(year), indicators));
    }
    return series;
  }

  /**
   * The records counted for one indicator in a province (and commune; the whole country when the
   * province is null), newest first: products, subjects, ideas, business plans, certificates or
   * promotion activities, one item per record counted (a product recognised twice shows once, with
   * its latest date in the window). A ratio lists its numerator's records; an entered indicator has
   * none.
   */
  public Page<CountedItem> items(
      Indicator indicator, String provinceCode, String communeCode, Window window, PageQuery page) {
    Indicator counted = numeratorOf(indicator);
    if (counted == null || !counted.counted()) {
      return Page.of(List.of(), 0, page);
    }
    FactSql sql = FactSources.of(counted.measure);
    Map<String, Object> parameters = new HashMap<>();
    FactSql.ItemSql statements = sql.itemSql(counted, provinceCode, communeCode, parameters);
    Query count = entityManager.createNativeQuery(statements.count());
    Query rows = entityManager.createNativeQuery(statements.rows());
    for (Query query : List.of(count, rows)) {
      bind(query, window, provinceCode, communeCode);
      parameters.forEach(query::setParameter);
    }
    long total = ((Number) count.getSingleResult()).longValue();
    @SuppressWarnings("unchecked")
    List<Object[]> found =
        rows.setFirstResult(page.offset()).setMaxResults(page.pageSize()).getResultList();
    List<CountedItem> items = new ArrayList<>();
    for (Object[] row : found) {
      items.add(
          new CountedItem(
              sql.item().kind(),
              (UUID) row[0],
              (UUID) row[1],
              (UUID) row[2],
              (String) row[3],
              localDate(row[4]),
              row[5] == null ? null : ((Number) row[5]).intValue(),
              (String) row[6]));
    }
    return Page.of(items, total, page);
  }

  private Map<String, Map<String, BigDecimal>> compute(
      Grouping grouping,
      String provinceCode,
      String communeCode,
      List<Indicator> indicators,
      Window window) {
    Map<String, Indicator> needed = withRatioParts(indicators);
    Map<Measure, List<Indicator>> byMeasure = new EnumMap<>(Measure.class);
    for (Indicator indicator : needed.values()) {
      if (!indicator.isRatio()) {
        byMeasure.computeIfAbsent(indicator.measure, m -> new ArrayList<>()).add(indicator);
      }
    }
    // Group key → indicator code → raw value (counted or entered), as the statements return them.
    Map<String, Map<String, BigDecimal>> raw = new HashMap<>();
    byMeasure.forEach(
        (measure, ofMeasure) -> {
          if (measure == Measure.ENTERED) {
            Query query =
                entityManager.createNativeQuery(EnteredSql.of(grouping, provinceCode, communeCode));
            bind(query, window, provinceCode, communeCode)
                .setParameter("codes", ofMeasure.stream().map(i -> i.code).toList());
            for (Object row : query.getResultList()) {
              Object[] columns = (Object[]) row;
              if (columns[0] != null && columns[2] != null) {
                raw.computeIfAbsent((String) columns[0], key -> new HashMap<>())
                    .put((String) columns[1], decimal(columns[2]));
              }
            }
            return;
          }
          Map<String, Object> parameters = new HashMap<>();
          Query query =
              entityManager.createNativeQuery(
                  FactSources.of(measure)
                      .countSql(ofMeasure, grouping, provinceCode, communeCode, parameters));
          bind(query, window, provinceCode, communeCode);
          parameters.forEach(query::setParameter);
          for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            if (columns[0] == null) {
              continue;
            }
            Map<String, BigDecimal> values =
                raw.computeIfAbsent((String) columns[0], key -> new HashMap<>());
            for (int n = 0; n < ofMeasure.size(); n++) {
              values.put(ofMeasure.get(n).code, decimal(columns[n + 1]));
            }
          }
        });
    Map<String, Map<String, BigDecimal>> values = new HashMap<>();
    raw.forEach((key, found) -> values.put(key, IndicatorValues.of(indicators, found, needed)));
    return values;
  }

  private static Query bind(Query query, Window window, String provinceCode, String communeCode) {
    query.setParameter("from", window.fromYear()).setParameter("to", window.toYear());
    if (provinceCode != null) {
      query.setParameter("province", provinceCode);
    }
    if (communeCode != null) {
      query.setParameter("commune", communeCode);
    }
    return query;
  }

  /** The indicators asked for, plus every indicator a ratio among them is computed from. */
  private Map<String, Indicator> withRatioParts(List<Indicator> indicators) {
    Map<String, Indicator> needed = new LinkedHashMap<>();
    indicators.forEach(indicator -> needed.put(indicator.code, indicator));
    Map<String, Indicator> all = null;
    List<Indicator> todo = new ArrayList<>(indicators);
    while (!todo.isEmpty()) {
      Indicator next = todo.remove(todo.size() - 1);
      for (String part : next.parts()) {
        if (!needed.containsKey(part)) {
          if (all == null) {
            all = catalogue.byCode();
          }
          Indicator component = all.get(part);
          if (component != null) {
            needed.put(part, component);
            todo.add(component);
          }
        }
      }
    }
    return needed;
  }

  /** The counted indicator behind a ratio (its numerator, followed down); null if none. */
  private Indicator numeratorOf(Indicator indicator) {
    Indicator current = indicator;
    Set<String> seen = new HashSet<>();
    while (current != null && current.isRatio() && seen.add(current.code)) {
      current = catalogue.find(current.numeratorCode).orElse(null);
    }
    return current == null || current.isRatio() ? null : current;
  }

  private static BigDecimal decimal(Object value) {
    return Decimals.plain(
        value instanceof BigDecimal big ? big : BigDecimal.valueOf(((Number) value).longValue()));
  }

  private static LocalDate localDate(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
  }
}
