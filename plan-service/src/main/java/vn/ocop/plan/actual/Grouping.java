package vn.ocop.plan.actual;

/** What actuals are grouped by, and the SQL expression of a measure's group key. */
enum Grouping {
  /** The whole country: one key. */
  ALL,
  PROVINCE,
  /**
   * Each province and, in the same statement, the whole country (key {@link #COUNTRY}): the
   * national view's one pass over the facts of a window.
   */
  PROVINCE_AND_COUNTRY,
  COMMUNE,
  /** Each year of the window on its own. */
  YEAR;

  /** The key of the country's values. */
  static final String COUNTRY = "all";

  String key(FactSql sql) {
    return switch (this) {
      case ALL -> "'" + COUNTRY + "'";
      case PROVINCE, PROVINCE_AND_COUNTRY -> sql.province();
      case COMMUNE -> sql.commune();
      case YEAR -> "cast(" + sql.year() + " as varchar)";
    };
  }
}
