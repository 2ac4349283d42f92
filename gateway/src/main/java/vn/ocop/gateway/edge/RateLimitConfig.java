package vn.ocop.gateway.edge;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

/**
 * Rate limits of the gateway ({@code ocop.gateway.rate-limit.*}): token buckets held in memory by
 * each replica, so N replicas behind a load balancer let through up to N times these figures.
 */
@ConfigMapping(prefix = "ocop.gateway.rate-limit")
public interface RateLimitConfig {

  /** Off: every request passes (a bench or a test may want that; production should not). */
  @WithDefault("true")
  boolean enabled();

  /**
   * Per client address, for every request that does not carry a valid token of this gateway (public
   * verification, documents, bad or missing tokens).
   */
  @WithDefault("50")
  @WithName("address.rate")
  double addressRate();

  @WithDefault("100")
  @WithName("address.burst")
  int addressBurst();

  /** Per token subject ({@code sub}), for the {@code /api/**} requests it makes. */
  @WithDefault("100")
  @WithName("subject.rate")
  double subjectRate();

  @WithDefault("200")
  @WithName("subject.burst")
  int subjectBurst();

  /** Per client address for {@code POST /auth/**}: sign-ins are where passwords are guessed. */
  @WithDefault("1")
  @WithName("auth.rate")
  double authRate();

  @WithDefault("20")
  @WithName("auth.burst")
  int authBurst();

  /**
   * Keys (addresses or subjects) each limit tracks at most. Beyond it, new keys share one bucket
   * until idle ones are evicted, so a flood from many addresses is squeezed, not let through.
   */
  @WithDefault("20000")
  @WithName("max-keys")
  int maxKeys();

  /** How often buckets that have refilled (idle keys) are dropped from memory. */
  @WithDefault("30s")
  @WithName("sweep-interval")
  Duration sweepInterval();
}
