package vn.ocop.rating;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The service's notion of now and today. Legal dates (a cycle opening, a decision date) are local
 * dates in Vietnam (Asia/Ho_Chi_Minh), while instants go on the wire in UTC.
 */
@ApplicationScoped
public class LocalCalendar {
  private final Clock clock;

  LocalCalendar(RatingConfig config) {
    this.clock = Clock.system(config.zone());
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public Instant now() {
    return clock.instant();
  }

  /** The local date of an instant, e.g. the day a council finished scoring. */
  public LocalDate dateOf(Instant instant) {
    return instant.atZone(clock.getZone()).toLocalDate();
  }
}
