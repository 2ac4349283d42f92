package vn.ocop.plan.actual;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ocop.plan.indicator.Indicator;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;

/**
 * The actual of each indicator over a window of years, for the country, a province, a commune, or
 * each year of the window: the one place progress, reports and exports read numbers from. Values
 * are computed from the facts kept from events (and, for MANUAL indicators, the values provinces
 * entered), at read time, so a replay of the topics gives the same numbers.
 *
 * <p>Contract of every map returned: a COUNT indicator always has a value (0 when nothing was
 * counted); an indicator with nothing to compute it from (a MANUAL one nobody entered, a ratio
 * whose denominator is 0 or missing) has no entry. Counts are of distinct records over the whole
 * window: a product recognised in 2022 and again in 2025 counts once in 2021–2025, so a window's
 * count is not the sum of its years'.
 */
@ApplicationScoped
public class ActualValues {
  private static final String FACTS =
      " from indicator i join certificate_fact f"
          + " on f.star_class between coalesce(i.min_star_class, 1) and coalesce(i.max_star_class, 5)"
          + " where i.code in (:codes) and f.year between :from and :to";

  private final EntityManager entityManager;

  ActualValues(EntityManager entityManager) {
    this.entityManager = entityManager;
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
    return grouped("f.province_code", null, null, indicators, window);
  }

  /** Indicator code → value over the whole country (distinct over all provinces). */
  public Map<String, BigDecimal> national(List<Indicator> indicators, Window window) {
    return grouped("'all'", null, null, indicators, window).getOrDefault("all", zeros(indicators));
  }

  public Map<String, BigDecimal> ofProvince(
      String provinceCode, List<Indicator> indicators, Window window) {
    return grouped("f.province_code", provinceCode, null, indicators, window)
        .getOrDefault(provinceCode, zeros(indicators));
  }

  /** Commune code → indicator code → value, for the communes of the province with facts. */
  public Map<String, Map<String, BigDecimal>> byCommune(
      String provinceCode, List<Indicator> indicators, Window window) {
    return grouped("f.commune_code", provinceCode, null, indicators, window);
  }

  public Map<String, BigDecimal> ofCommune(
      String provinceCode, String communeCode, List<Indicator> indicators, Window window) {
    return grouped("f.commune_code", provinceCode, communeCode, indicators, window)
        .getOrDefault(communeCode, zeros(indicators));
  }

  /**
   * Year → indicator code → value, each year of the window on its own (a time series); the
   * province's, or the country's when provinceCode is null.
   */
  public Map<Integer, Map<String, BigDecimal>> byYear(
      String provinceCode, List<Indicator> indicators, Window window) {
    Map<Integer, Map<String, BigDecimal>> series = new LinkedHashMap<>();
    for (int year = window.fromYear(); year <= window.toYear(); year++) {
      Window one = Window.of(year);
      series.put(
          year,
          provinceCode == null
              ? national(indicators, one)
              : ofProvince(provinceCode, indicators, one));
    }
    return series;
  }

  /** The records counted for one indicator, province (and commune), newest first. */
  @SuppressWarnings("unchecked")
  public Page<CountedItem> items(
      Indicator indicator, String provinceCode, String communeCode, Window window, PageQuery page) {
    String where =
        " from certificate_fact f where f.star_class between :min and :max"
            + " and f.year between :from and :to and f.province_code = :province"
            + (communeCode == null ? "" : " and f.commune_code = :commune");
    var count = entityManager.createNativeQuery("select count(*)" + where);
    var rows =
        entityManager.createNativeQuery(
            "select f.certificate_id, f.product_id, f.subject_id, f.commune_code, f.decision_date,"
                + " f.star_class"
                + where
                + " order by f.decision_date desc, f.certificate_id");
    for (var query : List.of(count, rows)) {
      query
          .setParameter("min", indicator.minStarClass == null ? 1 : indicator.minStarClass)
          .setParameter("max", indicator.maxStarClass == null ? 5 : indicator.maxStarClass)
          .setParameter("from", (short) window.fromYear())
          .setParameter("to", (short) window.toYear())
          .setParameter("province", provinceCode);
      if (communeCode != null) {
        query.setParameter("commune", communeCode);
      }
    }
    long total = ((Number) count.getSingleResult()).longValue();
    List<Object[]> found =
        rows.setFirstResult(page.offset()).setMaxResults(page.pageSize()).getResultList();
    return Page.of(
        found.stream()
            .map(
                row ->
                    new CountedItem(
                        "CERTIFICATE",
                        (UUID) row[0],
                        (UUID) row[1],
                        (UUID) row[2],
                        (String) row[3],
                        row[4] instanceof java.sql.Date date
                            ? date.toLocalDate()
                            : (LocalDate) row[4],
                        ((Number) row[5]).intValue(),
                        row[5] + "★"))
            .toList(),
        total,
        page);
  }

  private Map<String, Map<String, BigDecimal>> grouped(
      String groupBy,
      String provinceCode,
      String communeCode,
      List<Indicator> indicators,
      Window window) {
    List<String> codes =
        indicators.stream().filter(Indicator::countsCertificates).map(i -> i.code).toList();
    Map<String, Map<String, BigDecimal>> values = new HashMap<>();
    if (codes.isEmpty()) {
      return values;
    }
    String sql =
        "select "
            + groupBy
            + ", i.code, count(distinct f.product_id)"
            + FACTS
            + (provinceCode == null ? "" : " and f.province_code = :province")
            + (communeCode == null ? "" : " and f.commune_code = :commune")
            + " group by 1, 2";
    var query =
        entityManager
            .createNativeQuery(sql)
            .setParameter("codes", codes)
            .setParameter("from", (short) window.fromYear())
            .setParameter("to", (short) window.toYear());
    if (provinceCode != null) {
      query.setParameter("province", provinceCode);
    }
    if (communeCode != null) {
      query.setParameter("commune", communeCode);
    }
    for (Object row : query.getResultList()) {
      Object[] columns = (Object[]) row;
      if (columns[0] == null) {
        continue;
      }
      values
          .computeIfAbsent((String) columns[0], key -> zeros(indicators))
          .put((String) columns[1], BigDecimal.valueOf(((Number) columns[2]).longValue()));
    }
    return values;
  }

  private static Map<String, BigDecimal> zeros(List<Indicator> indicators) {
    Map<String, BigDecimal> zeros = new HashMap<>();
    for (Indicator indicator : indicators) {
      if (indicator.countsCertificates()) {
        zeros.put(indicator.code, BigDecimal.ZERO);
      }
    }
    return zeros;
  }
}
