package vn.ocop.registry.expiry;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * When the subject is reminded that a certificate ends: 180, 90 and 30 days before valid_to (the
 * issuing body must notify at least 30 days ahead). A certificate that enters the window late gets
 * only the most urgent reminder it is due, never the older ones it missed.
 */
public final class Reminders {
  /** Days before valid_to, most urgent first. */
  public static final List<Integer> DAYS_BEFORE = List.of(30, 90, 180);

  /** The widest window: no reminder is due earlier. */
  public static final int HORIZON = 180;

  private Reminders() {}

  /**
   * The most urgent reminder due on {@code asOf} for a certificate in force until {@code validTo}
   * (its last day), if any.
   */
  public static Optional<Integer> due(LocalDate validTo, LocalDate asOf) {
    long daysLeft = ChronoUnit.DAYS.between(asOf, validTo);
    if (daysLeft < 0) {
      return Optional.empty();
    }
    return DAYS_BEFORE.stream().filter(days -> days >= daysLeft).findFirst();
  }

  /** Whether a reminder recorded on {@code asOf} comes after its due date. */
  public static boolean late(LocalDate validTo, int daysBefore, LocalDate asOf) {
    return validTo.minusDays(daysBefore).isBefore(asOf);
  }

  /** The SQL expression of {@link #due} over a row's valid_to and the date parameter :asOf. */
  static String dueSql(String validTo) {
    StringBuilder sql = new StringBuilder("case");
    for (int days : DAYS_BEFORE) {
      sql.append(" when ")
          .append(validTo)
          .append(" - cast(:asOf as date) <= ")
          .append(days)
          .append(" then ")
          .append(days);
    }
    return sql.append(" end").toString();
  }
}
