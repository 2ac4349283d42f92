package vn.ocop.gateway.edge;

/**
 * One client's allowance: up to {@code burst} requests at once, refilled at {@code rate} per
 * second. Time is passed in (nanoseconds of {@link System#nanoTime()}) so that tests need no clock.
 */
final class TokenBucket {
  private static final double NANOS_PER_SECOND = 1_000_000_000d;

  private final double perNano;
  private final double capacity;
  private double tokens;
  private long updated;
  private boolean refusing;

  TokenBucket(double ratePerSecond, int burst, long now) {
    if (ratePerSecond <= 0 || burst < 1) {
      throw new IllegalArgumentException("a rate limit needs a rate > 0 and a burst >= 1");
    }
    this.perNano = ratePerSecond / NANOS_PER_SECOND;
    this.capacity = burst;
    this.tokens = burst;
    this.updated = now;
  }

  /**
   * Takes one token if there is one.
   *
   * @return 0 if taken; otherwise how many nanoseconds until one is there (at least 1)
   */
  synchronized long take(long now) {
    refill(now);
    if (tokens >= 1) {
      tokens -= 1;
      refusing = false;
      return 0;
    }
    return Math.max(1, (long) Math.ceil((1 - tokens) / perNano));
  }

  /**
   * Marks the bucket as refusing; true the first time since it last let a request through, so that
   * a flood logs one line, not one per request.
   */
  synchronized boolean startRefusing() {
    boolean first = !refusing;
    refusing = true;
    return first;
  }

  /** A full bucket is the same as a new one: it can be forgotten without changing any answer. */
  synchronized boolean isFull(long now) {
    refill(now);
    return tokens >= capacity;
  }

  private void refill(long now) {
    long elapsed = now - updated;
    if (elapsed > 0) {
      tokens = Math.min(capacity, tokens + elapsed * perNano);
      updated = now;
    }
  }
}
