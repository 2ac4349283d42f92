package vn.ocop.plan.actual;

/**
 * The statement that reads entered values (số liệu nhập tay) for a window: per province and year,
 * the province-wide entry or else the sum of its communes'; then the latest year of the window that
 * has one. The country's value is the sum of the provinces'; a commune's is its own latest entry.
 * Parameters: {@code :codes}, {@code :from}, {@code :to}, and {@code :province}, {@code :commune}
 * when given.
 */
final class EnteredSql {
  private EnteredSql() {}

  static String of(Grouping grouping, String provinceCode, String communeCode) {
    String filters =
        " where e.indicator_code in (:codes) and e.year between :from and :to"
            + (provinceCode == null ? "" : " and e.province_code = :province")
            + (communeCode == null ? "" : " and e.commune_code = :commune");
    if (grouping == Grouping.COMMUNE) {
      return "select distinct on (e.commune_code, e.indicator_code) e.commune_code,"
          + " e.indicator_code, e.value from entered_value e"
          + filters
          + " and e.commune_code is not null"
          + " order by e.commune_code, e.indicator_code, e.year desc";
    }
    String perYear =
        "with per_year as (select e.province_code, e.indicator_code, e.year,"
            + " coalesce(max(e.value) filter (where e.commune_code is null),"
            + " sum(e.value) filter (where e.commune_code is not null)) as value"
            + " from entered_value e"
            + filters
            + " group by e.province_code, e.indicator_code, e.year),"
            + " latest as (select distinct on (province_code, indicator_code) province_code,"
            + " indicator_code, value from per_year"
            + " order by province_code, indicator_code, year desc) ";
    return perYear
        + switch (grouping) {
          case PROVINCE -> "select province_code, indicator_code, value from latest";
          case PROVINCE_AND_COUNTRY ->
              "select province_code, indicator_code, value from latest union all select '"
                  + Grouping.COUNTRY
                  + "', indicator_code, sum(value) from latest group by 2";
          case ALL ->
              "select '"
                  + Grouping.COUNTRY
                  + "', indicator_code, sum(value) from latest group by 2";
          case YEAR ->
              "select cast(year as varchar), indicator_code, sum(value) from per_year"
                  + " group by 1, 2";
          case COMMUNE -> throw new IllegalStateException("read above");
        };
  }
}
