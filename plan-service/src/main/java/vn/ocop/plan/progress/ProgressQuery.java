package vn.ocop.plan.progress;

import vn.ocop.plan.period.PlanYear;
import vn.ocop.platform.problem.ProblemException;

/** Reads the years of progress queries: a year, or a range of at most 15 years. */
final class ProgressQuery {
  /** The longest time series: three five-year periods. */
  static final int MAX_SERIES_YEARS = 15;

  private ProgressQuery() {}

  /** A range of years, both ends included. */
  record Range(int from, int to) {}

  static int year(String raw, Progress progress) {
    Integer year = PlanYear.optional(raw);
    return year == null ? progress.currentYear() : year;
  }

  /** from..to, defaulting to the five years up to the current one. */
  static Range range(String rawFrom, String rawTo, Progress progress) {
    Integer from = PlanYear.optional(rawFrom, "from");
    Integer to = PlanYear.optional(rawTo, "to");
    int last = to == null ? Math.max(progress.currentYear(), from == null ? 0 : from) : to;
    int first = from == null ? Math.max(PlanYear.FIRST, last - 4) : from;
    if (first > last) {
      throw ProblemException.invalidField(
          "to", "NotBeforeFrom", "The series ends (" + last + ") before it starts (" + first + ")");
    }
    if (last - first + 1 > MAX_SERIES_YEARS) {
      throw ProblemException.invalidField(
          "to", "MaxYears", "A series covers at most " + MAX_SERIES_YEARS + " years");
    }
    return new Range(first, last);
  }

  /** The first year of a drill-down window, which ends with the year viewed. */
  static int from(String raw, int year) {
    Integer from = PlanYear.optional(raw, "from");
    if (from == null) {
      return year;
    }
    if (from > year) {
      throw ProblemException.invalidField(
          "from", "NotAfterYear", "The window starts (" + from + ") after its year (" + year + ")");
    }
    return from;
  }
}
