package vn.ocop.gateway.edge;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * The gateway's rate limits (in memory, per replica): one token bucket per client address for
 * requests without a valid token, one per token subject for {@code /api/**}, and a stricter one per
 * address for sign-ins. A refused request never reaches a service; it is counted in {@code
 * ocop_gateway_rate_limited_total{limit}} and logged once per key until that key slows down.
 */
@ApplicationScoped
public class RateLimiter {
  private static final Logger LOG = Logger.getLogger(RateLimiter.class);
  private static final long OVERFLOW_LOG_EVERY_NANOS = 60_000_000_000L;

  /** The three limits, as named in metrics, logs and the problem's detail. */
  public enum Limit {
    ADDRESS("address", "per client address"),
    SUBJECT("subject", "per user (token subject)"),
    AUTH("auth", "for sign-ins per client address");

    final String tag;
    final String description;

    Limit(String tag, String description) {
      this.tag = tag;
      this.description = description;
    }
  }

  /**
   * A refused request.
   *
   * @param retryAfterSeconds when one more request of the same key will pass (whole seconds, ≥ 1)
   * @param detail the limit named in words, for the problem's detail
   */
  public record Refusal(Limit limit, long retryAfterSeconds, String detail) {}

  private final RateLimitConfig config;
  private final Vertx vertx;
  private final Map<Limit, BucketTable> tables = new EnumMap<>(Limit.class);
  private final Map<Limit, Counter> refused = new EnumMap<>(Limit.class);
  private final Map<Limit, String> details = new EnumMap<>(Limit.class);
  private final AtomicLong lastOverflowLog = new AtomicLong();
  private long sweeper = -1;

  RateLimiter(RateLimitConfig config, Vertx vertx, MeterRegistry meters) {
    this.config = config;
    this.vertx = vertx;
    long now = System.nanoTime();
    lastOverflowLog.set(now - OVERFLOW_LOG_EVERY_NANOS);
    add(Limit.ADDRESS, config.addressRate(), config.addressBurst(), now, meters);
    add(Limit.SUBJECT, config.subjectRate(), config.subjectBurst(), now, meters);
    add(Limit.AUTH, config.authRate(), config.authBurst(), now, meters);
  }

  private void add(Limit limit, double rate, int burst, long now, MeterRegistry meters) {
    tables.put(limit, new BucketTable(rate, burst, config.maxKeys(), now));
    refused.put(
        limit,
        Counter.builder("ocop.gateway.rate.limited")
            .description("Requests refused with 429 by a rate limit of the gateway")
            .tag("limit", limit.tag)
            .register(meters));
    details.put(
        limit,
        "the limit "
            + limit.description
            + " ("
            + figure(rate)
            + " requests per second, bursts of "
            + burst
            + ") is exceeded");
  }

  void start(@Observes StartupEvent event) {
    if (config.enabled()) {
      sweeper = vertx.setPeriodic(config.sweepInterval().toMillis(), id -> sweep());
    }
  }

  void stop(@Observes ShutdownEvent event) {
    if (sweeper >= 0) {
      vertx.cancelTimer(sweeper);
    }
  }

  public boolean enabled() {
    return config.enabled();
  }

  /** A request without a valid token, charged to its client address. */
  public Optional<Refusal> anonymous(HttpServerRequest request) {
    return take(Limit.ADDRESS, ClientAddress.of(request));
  }

  /** A sign-in ({@code POST /auth/**}), charged to its client address. */
  public Optional<Refusal> signIn(HttpServerRequest request) {
    return take(Limit.AUTH, ClientAddress.of(request));
  }

  /** An {@code /api/**} request with a valid token, charged to the token's subject. */
  public Optional<Refusal> subject(String subject) {
    return take(Limit.SUBJECT, subject);
  }

  /** Drops idle buckets; the sweeper calls it, tests may too. */
  void sweep() {
    long now = System.nanoTime();
    for (Map.Entry<Limit, BucketTable> table : tables.entrySet()) {
      int dropped = table.getValue().sweep(now);
      if (dropped > 0) {
        LOG.debugf("rate limit %s: %d idle keys dropped", table.getKey().tag, dropped);
      }
    }
  }

  int tracked(Limit limit) {
    return tables.get(limit).size();
  }

  private Optional<Refusal> take(Limit limit, String key) {
    if (!config.enabled()) {
      return Optional.empty();
    }
    long now = System.nanoTime();
    BucketTable.Outcome outcome = tables.get(limit).take(key, now);
    if (outcome.overflowed()) {
      warnOverflow(limit, now);
    }
    if (outcome.passed()) {
      return Optional.empty();
    }
    refused.get(limit).increment();
    long seconds = Math.max(1, (outcome.waitNanos() + 999_999_999L) / 1_000_000_000L);
    if (outcome.firstRefusal()) {
      LOG.warnf(
          "rate limit %s exceeded by %s%s: refusing with 429 until it slows down",
          limit.tag, key, outcome.overflowed() ? " (in the shared overflow bucket)" : "");
    }
    return Optional.of(new Refusal(limit, seconds, details.get(limit)));
  }

  private void warnOverflow(Limit limit, long now) {
    long last = lastOverflowLog.get();
    if (now - last >= OVERFLOW_LOG_EVERY_NANOS && lastOverflowLog.compareAndSet(last, now)) {
      LOG.warnf(
          "rate limit %s tracks %d keys (ocop.gateway.rate-limit.max-keys): new keys share one"
              + " bucket until idle ones are dropped",
          limit.tag, config.maxKeys());
    }
  }

  private static String figure(double rate) {
    return rate == Math.rint(rate) ? Long.toString((long) rate) : Double.toString(rate);
  }
}
