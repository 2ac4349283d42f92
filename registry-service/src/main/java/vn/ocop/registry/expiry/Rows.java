package vn.ocop.registry.expiry;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Column values of native queries, whichever Java type the driver hands them as. */
final class Rows {
  private Rows() {}

  /** The date of a column, null for SQL null. */
  static LocalDate date(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof LocalDate date ? date : ((java.sql.Date) value).toLocalDate();
  }

  static Instant instant(Object value) {
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof OffsetDateTime time) {
      return time.toInstant();
    }
    return ((Timestamp) value).toInstant();
  }
}
