package vn.ocop.gateway.edge;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The buckets of one limit, by key (an address or a subject), with a bounded memory: full buckets
 * (idle keys) are dropped by {@link #sweep}, and once {@code maxKeys} keys are tracked, new keys
 * share one overflow bucket until a sweep makes room.
 */
final class BucketTable {
  private static final long SWEEP_AT_CAP_EVERY_NANOS = 1_000_000_000L;

  private final double rate;
  private final int burst;
  private final int maxKeys;
  private final ConcurrentHashMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();
  private final TokenBucket overflow;
  private final AtomicLong lastSweepAtCap;

  BucketTable(double rate, int burst, int maxKeys, long now) {
    if (maxKeys < 1) {
      throw new IllegalArgumentException("ocop.gateway.rate-limit.max-keys must be at least 1");
    }
    this.rate = rate;
    this.burst = burst;
    this.maxKeys = maxKeys;
    this.overflow = new TokenBucket(rate, burst, now);
    this.lastSweepAtCap = new AtomicLong(now - SWEEP_AT_CAP_EVERY_NANOS);
  }

  /** What happened to one request of a key. */
  record Outcome(long waitNanos, boolean firstRefusal, boolean overflowed) {
    boolean passed() {
      return waitNanos == 0;
    }
  }

  Outcome take(String key, long now) {
    TokenBucket bucket = buckets.get(key);
    boolean overflowed = false;
    if (bucket == null) {
      if (buckets.size() >= maxKeys) {
        sweepAtCap(now);
      }
      if (buckets.size() >= maxKeys) {
        bucket = overflow;
        overflowed = true;
      } else {
        bucket = buckets.computeIfAbsent(key, k -> new TokenBucket(rate, burst, now));
      }
    }
    long wait = bucket.take(now);
    return new Outcome(wait, wait > 0 && bucket.startRefusing(), overflowed);
  }

  /**
   * Drops the buckets that have refilled: forgetting them changes no answer.
   *
   * @return how many were dropped
   */
  int sweep(long now) {
    int before = buckets.size();
    buckets.values().removeIf(bucket -> bucket.isFull(now));
    return before - buckets.size();
  }

  int size() {
    return buckets.size();
  }

  /**
   * A full table is swept at most once a second, so that a flood of new keys costs no O(n) each.
   */
  private void sweepAtCap(long now) {
    long last = lastSweepAtCap.get();
    if (now - last >= SWEEP_AT_CAP_EVERY_NANOS && lastSweepAtCap.compareAndSet(last, now)) {
      sweep(now);
    }
  }
}
