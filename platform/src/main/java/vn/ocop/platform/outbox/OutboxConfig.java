package vn.ocop.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

/** Settings of the outbox and its relay ({@code ocop.outbox.*}). */
@ConfigMapping(prefix = "ocop.outbox")
public interface OutboxConfig {

  /**
   * The CloudEvents {@code source} of this service's events, e.g. {@code /ocop/registry-service}.
   */
  @WithDefault("/ocop/service")
  String source();

  Relay relay();

  interface Relay {
    /** Off only in processes that publish nothing (the gateway). */
    @WithDefault("true")
    boolean enabled();

    /** How often the relay looks for rows written by other instances when nothing woke it. */
    @WithName("poll-interval")
    @WithDefault("500ms")
    Duration pollInterval();

    @WithName("batch-size")
    @WithDefault("500")
    int batchSize();

    /** The longest pause between two attempts while Kafka is unreachable. */
    @WithName("max-backoff")
    @WithDefault("5s")
    Duration maxBackoff();
  }
}
