package vn.ocop.platform.inbox;

import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import vn.ocop.platform.db.DatabaseOutage;

/**
 * How a consumed event's transaction is retried. A failure is tried again a few times with a
 * growing pause, then given up (the event goes to the dead-letter topic). A database outage is not
 * the event's fault: it is retried every second for as long as the outage lasts, and those tries do
 * not count, so an event read just before PostgreSQL restarts is applied once it is back instead of
 * being dead-lettered (this consumer's partition waits with it, in order). Work an event needs
 * before its transaction (the plan service's facts lock) is retried the same way.
 */
public final class EventRetry {
  static final int ATTEMPTS = 5;
  static final long OUTAGE_PAUSE_MILLIS = 1_000;
  private static final Logger LOG = Logger.getLogger(EventRetry.class);

  private EventRetry() {}

  /**
   * Runs an attempt until it succeeds, the database outages it meets waited out.
   *
   * @param consumer who retries, for the log
   * @param eventId what is retried, for the log
   * @param pause how to wait between tries ({@link #sleep} outside tests)
   */
  public static <T> T run(
      String consumer, String eventId, Supplier<T> attempt, LongConsumer pause) {
    RuntimeException last = null;
    int outageTries = 0;
    int failures = 0;
    while (failures < ATTEMPTS) {
      try {
        return attempt.get();
      } catch (RuntimeException e) {
        last = e;
        if (DatabaseOutage.isCause(e) && !Thread.currentThread().isInterrupted()) {
          outageTries++;
          if (outageTries == 1 || outageTries % 30 == 0) {
            LOG.warnf(
                "%s: event %s waits for the database (%d tries so far): %s",
                consumer, eventId, outageTries, DatabaseOutage.describe(e));
          }
          pause.accept(OUTAGE_PAUSE_MILLIS);
          continue;
        }
        failures++;
        LOG.warnf(
            "%s: applying event %s failed (attempt %d of %d): %s",
            consumer, eventId, failures, ATTEMPTS, e);
        pause.accept(100L * failures * failures);
      }
    }
    throw last;
  }

  /** Sleeps; an interrupt (shutdown) ends the outage wait at the next failure. */
  public static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
