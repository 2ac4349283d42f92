package vn.ocop.devstack;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/** Bounded polling, for the services' tests, of effects that arrive through Kafka. */
public final class Await {
  public static final Duration DEFAULT = Duration.ofSeconds(30);

  private Await() {}

  /** Polls until the probe gives a value, failing after {@link #DEFAULT}. */
  public static <T> T until(String what, Supplier<Optional<T>> probe) {
    long deadline = System.nanoTime() + DEFAULT.toNanos();
    while (true) {
      Optional<T> value = probe.get();
      if (value.isPresent()) {
        return value.get();
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("gave up after " + DEFAULT.toSeconds() + " s waiting for " + what);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for " + what, e);
      }
    }
  }

  public static void untilTrue(String what, Supplier<Boolean> condition) {
    until(what, () -> condition.get() ? Optional.of(true) : Optional.empty());
  }
}
