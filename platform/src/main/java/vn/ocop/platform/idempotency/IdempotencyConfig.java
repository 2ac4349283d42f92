package vn.ocop.platform.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

/** Settings of the idempotency keys ({@code ocop.idempotency.*}). */
@ConfigMapping(prefix = "ocop.idempotency")
public interface IdempotencyConfig {

  /** How long a key and its stored response are kept: a retry later than this runs again. */
  @WithDefault("24h")
  Duration retention();

  /**
   * How long a request waits for a concurrent one with the same key to finish before it is answered
   * 409 IDEMPOTENCY_KEY_IN_PROGRESS.
   */
  @WithName("lock-wait")
  @WithDefault("10s")
  Duration lockWait();

  /** How often expired keys are deleted. */
  @WithName("purge-interval")
  @WithDefault("1h")
  Duration purgeInterval();
}
