package vn.ocop.plan.actual;

/** What actuals are grouped by, and the SQL expression of a measure's group key. */
enum Grouping {
  /** The whole country: one key. */
  ALL,
  PROVINCE,
  COMMUNE,
  /** Each year of the window on its own. */
  YEAR;

  /** The key of the country's values. */
  static final String COUNTRY = "all";

  String key(FactSql sql) {
    return switch (this) {
      case ALL -> "'" + COUNTRY + "'";
      case PROVINCE -> sql.province();
      case COMMUNE -> sql.commune();
      case YEAR -> "cast(" + sql.year() + " as varchar)";
    };
  }
}
