package vn.ocop.plan.period;

import java.time.LocalDate;
import java.time.ZoneId;
import vn.ocop.platform.problem.ProblemException;

/**
 * The plan year (năm kế hoạch) of targets and actuals: a calendar year in Vietnam's time zone, 2000
 * to 2100. Query parameters are read here rather than bound to an {@code Integer}, so that
 * "year=abc" answers 400 naming {@code year} instead of JAX-RS's bare 404.
 */
public final class PlanYear {
  public static final int FIRST = 2000;
  public static final int LAST = 2100;
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private PlanYear() {}

  /** The year of a query parameter; the current year when the parameter is absent. */
  public static int orCurrent(String raw) {
    Integer year = optional(raw);
    return year == null ? LocalDate.now(ZONE).getYear() : year;
  }

  /** The year of a query parameter, or null when it is absent. */
  public static Integer optional(String raw) {
    return optional(raw, "year");
  }

  /**
   * The year of a query parameter, or null when it is absent.
   *
   * @param field the parameter's name, for the problem's errors ("from", "to"…)
   */
  public static Integer optional(String raw, String field) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    int year;
    try {
      year = Integer.parseInt(raw.trim());
    } catch (NumberFormatException e) {
      throw ProblemException.invalidField(field, "type", "Expected a year such as 2026");
    }
    if (year < FIRST || year > LAST) {
      throw ProblemException.invalidField(
          field, "Range", "The year must be between " + FIRST + " and " + LAST);
    }
    return year;
  }
}
