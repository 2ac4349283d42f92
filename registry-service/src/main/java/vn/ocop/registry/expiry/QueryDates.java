package vn.ocop.registry.expiry;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.ocop.platform.problem.ProblemException;

/** Date query parameters, read here so that a bad one is a 400 naming the parameter. */
final class QueryDates {
  private QueryDates() {}

  /** The ISO date, or null when absent. */
  static LocalDate parse(String value, String parameter) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw ProblemException.invalidField(
          parameter, "Date", parameter + " must be a date as yyyy-MM-dd, not '" + value + "'");
    }
  }
}
