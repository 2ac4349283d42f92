package vn.ocop.plan.actual;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.ocop.plan.indicator.Indicator;

/**
 * How each counted measure reads its facts, as SQL fragments. One statement per measure counts
 * every indicator of that measure at once: the facts of the window are read once, grouped by place
 * (or year) and counted record, and each indicator's filters (from its catalogue row, bound as
 * parameters) become one {@code bool_or} column. So the rule stays in the catalogue, a record
 * counts once per indicator, and the national view costs a handful of statements however many
 * provinces and indicators there are.
 *
 * @param from the fact tables, joined as the filters and places need
 * @param where a condition every counted fact meets, or null
 * @param year the calendar year a fact counts in (null never counts)
 * @param province the province (current map) a fact counts in
 * @param commune the commune a fact counts in
 * @param communeJoin joins needed only to place a fact in a commune, or ""
 * @param counted what is counted, distinct over the window
 * @param filters the column each filter applies to; a filter the measure does not take is absent
 * @param defaultMinStarClass the lowest star class counted when an indicator sets none
 * @param item how a counted record is shown in a drill-down
 */
record FactSql(
    String from,
    String where,
    String year,
    String province,
    String commune,
    String communeJoin,
    String counted,
    Map<Filter, String> filters,
    int defaultMinStarClass,
    Item item) {

  /** The columns an indicator's filters apply to. */
  enum Filter {
    STAR_CLASS,
    DOSSIER_KIND,
    SUBJECT_TYPE,
    PRODUCT_GROUP,
    CERTIFICATE_STATUS,
    PROMOTION_KIND
  }

  /**
   * A drill-down item's columns.
   *
   * @param kind PRODUCT, SUBJECT, IDEA, BUSINESS_PLAN, CERTIFICATE or PROMOTION
   * @param date the date that puts the record in its year
   * @param join joins needed only for the description, or ""
   */
  record Item(
      String kind,
      String product,
      String subject,
      String date,
      String star,
      String detail,
      String join) {}

  /**
   * The conditions every statement shares: the window ({@code :from}, {@code :to}), the measure's
   * own condition, and the place asked for.
   */
  String conditions(String provinceCode, String communeCode) {
    return year
        + " between :from and :to"
        + (where == null ? "" : " and " + where)
        + (provinceCode == null ? "" : " and " + province + " = :province")
        + (communeCode == null ? "" : " and " + commune + " = :commune");
  }

  /**
   * One statement for every indicator of the measure: the window's facts grouped by key and counted
   * record, one flag per indicator telling whether any of the record's facts meets its filters,
   * then the flagged records per key. Columns: the key, then one count per indicator in order.
   */
  String countSql(
      List<Indicator> indicators,
      Grouping grouping,
      String provinceCode,
      String communeCode,
      Map<String, Object> parameters) {
    boolean inCommunes = grouping == Grouping.COMMUNE || communeCode != null;
    StringBuilder flags = new StringBuilder();
    StringBuilder counts = new StringBuilder();
    for (int n = 0; n < indicators.size(); n++) {
      flags
          .append(", bool_or(")
          .append(condition(indicators.get(n), n, parameters))
          .append(") as c")
          .append(n);
      counts.append(", count(*) filter (where c").append(n).append(")");
    }
    if (grouping == Grouping.PROVINCE_AND_COUNTRY) {
      // The country counts a record once even when it is counted in two provinces: distinct
      // over the grouping set (), where a province's rows hold each record once already.
      String distinctCounts = counts.toString().replace("count(*)", "count(distinct counted)");
      return "select coalesce(k, '"
          + Grouping.COUNTRY
          + "')"
          + distinctCounts
          + " from (select "
          + grouping.key(this)
          + " as k, "
          + counted
          + " as counted"
          + flags
          + " from "
          + from
          + " where "
          + conditions(provinceCode, communeCode)
          + " group by 1, 2) x group by grouping sets ((k), ())";
    }
    return "select k"
        + counts
        + " from (select "
        + grouping.key(this)
        + " as k, "
        + counted
        + " as counted"
        + flags
        + " from "
        + from
        + (inCommunes ? communeJoin : "")
        + " where "
        + conditions(provinceCode, communeCode)
        + " group by 1, 2) x group by k";
  }

  /**
   * The drill-down of one indicator: the total ({@code count}) and the records ({@code rows}, one
   * per counted record, with its latest date in the window, newest first).
   */
  ItemSql itemSql(
      Indicator indicator,
      String provinceCode,
      String communeCode,
      Map<String, Object> parameters) {
    String where =
        " from "
            + from
            + communeJoin
            + item.join()
            + " where "
            + conditions(provinceCode, communeCode)
            + " and "
            + condition(indicator, 0, parameters);
    return new ItemSql(
        "select count(distinct " + counted + ")" + where,
        "select x.* from (select distinct on ("
            + counted
            + ") "
            + counted
            + " as id, "
            + item.product()
            + " as product_id, "
            + item.subject()
            + " as subject_id, "
            + commune
            + " as commune_code, "
            + item.date()
            + " as counted_on, "
            + item.star()
            + " as star_class, "
            + item.detail()
            + " as detail"
            + where
            + " order by "
            + counted
            + ", "
            + item.date()
            + " desc) x order by x.counted_on desc, x.id");
  }

  /** The two statements of a drill-down. */
  record ItemSql(String count, String rows) {}

  /**
   * The indicator's filters as a condition on one fact, its values bound as parameters suffixed
   * with {@code n} (so several indicators share a statement).
   *
   * @throws IllegalStateException for a filter the measure cannot apply (the catalogue refuses such
   *     indicators)
   */
  String condition(Indicator indicator, int n, Map<String, Object> parameters) {
    List<String> parts = new ArrayList<>();
    String star = filters.get(Filter.STAR_CLASS);
    if (indicator.minStarClass != null || indicator.maxStarClass != null) {
      require(star, indicator, "a star range");
    }
    if (star != null
        && (indicator.minStarClass != null
            || indicator.maxStarClass != null
            || defaultMinStarClass > 1)) {
      parts.add(star + " between :min" + n + " and :max" + n);
      parameters.put(
          "min" + n,
          indicator.minStarClass == null ? defaultMinStarClass : (int) indicator.minStarClass);
      parameters.put("max" + n, indicator.maxStarClass == null ? 5 : (int) indicator.maxStarClass);
    }
    in(parts, parameters, indicator, Filter.DOSSIER_KIND, indicator.dossierKinds, "kinds" + n);
    in(parts, parameters, indicator, Filter.SUBJECT_TYPE, indicator.subjectTypes, "types" + n);
    in(parts, parameters, indicator, Filter.PRODUCT_GROUP, indicator.productGroups, "groups" + n);
    in(
        parts,
        parameters,
        indicator,
        Filter.CERTIFICATE_STATUS,
        indicator.certificateStatuses,
        "statuses" + n);
    in(
        parts,
        parameters,
        indicator,
        Filter.PROMOTION_KIND,
        indicator.promotionKinds,
        "promotions" + n);
    return parts.isEmpty() ? "true" : String.join(" and ", parts);
  }

  private void in(
      List<String> parts,
      Map<String, Object> parameters,
      Indicator indicator,
      Filter filter,
      Object[] values,
      String name) {
    if (values == null) {
      return;
    }
    String column = filters.get(filter);
    require(column, indicator, filter.name());
    parts.add(column + " in (:" + name + ")");
    parameters.put(name, Arrays.asList(values));
  }

  private static void require(String column, Indicator indicator, String filter) {
    if (column == null) {
      throw new IllegalStateException(
          "indicator "
              + indicator.code
              + " of "
              + indicator.measure
              + " filters by "
              + filter
              + ", which its measure cannot apply");
    }
  }
}
