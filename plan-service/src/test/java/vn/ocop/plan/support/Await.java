package vn.ocop.plan.support;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Bounded polling for effects of asynchronous event processing. */
public final class Await {
  public static final Duration TIMEOUT = Duration.ofSeconds(30);

  private Await() {}

  /** Polls until the value satisfies the condition; fails after 30 s with the last value seen. */
  public static <T> T until(Supplier<T> value, Predicate<T> condition, String what) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    T last = null;
    while (System.nanoTime() < deadline) {
      last = value.get();
      if (condition.test(last)) {
        return last;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for " + what, e);
      }
    }
    throw new AssertionError("waited " + TIMEOUT + " for " + what + "; last value: " + last);
  }
}
