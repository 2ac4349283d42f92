package vn.ocop.registry.expiry;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the expiry engine ({@code ocop.registry.expiry.*}, each overridable by env var). */
@ConfigMapping(prefix = "ocop.registry.expiry")
public interface ExpiryConfig {

  /**
   * When the daily run starts, as a cron in {@code ocop.registry.time-zone}; {@code off} disables
   * it (tests run the engine through the endpoint instead). Read by {@link ExpiryJob}.
   */
  @WithDefault("0 15 0 * * ?")
  String cron();

  /**
   * Certificates moved (and reminders recorded) per transaction: a run that expires thousands at
   * once commits in chunks instead of holding one long transaction.
   */
  @WithDefault("500")
  int chunkSize();

  /**
   * Whether a run may be asked for a date after today. Off in production, where it would expire
   * certificates early; on in tests, which move time forward this way.
   */
  @WithDefault("false")
  boolean allowFutureAsOf();
}
