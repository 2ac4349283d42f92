package vn.ocop.registry.support;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongSupplier;
import vn.ocop.contracts.CloudEvent;
import vn.ocop.devstack.Await;
import vn.ocop.devstack.TestKafka;

/** Registry events put on Kafka as the registry's outbox relay would, for the caches' consumers. */
public final class RegistryEvents {
  private RegistryEvents() {}

  /** One structured-mode CloudEvent of the registry, keyed by the record it is about. */
  public static void send(String topic, UUID key, String type, Object payload) {
    CloudEvent<Object> event =
        new CloudEvent<>(
            CloudEvent.SPEC_VERSION,
            UUID.randomUUID().toString(),
            "/ocop/registry-service",
            type,
            key.toString(),
            OffsetDateTime.now(ZoneOffset.UTC),
            CloudEvent.JSON,
            payload);
    TestKafka.send(topic, key.toString(), TestKafka.toJson(event));
  }

  /**
   * A cache's consumer joins a group of its own at the latest offset: an event sent before its
   * partitions are assigned would never reach it. Sends probes until the consumer's count of seen
   * events moves.
   *
   * @param probe sends one harmless event
   */
  public static void awaitAssigned(String consumer, LongSupplier eventsSeen, Runnable probe) {
    long before = eventsSeen.getAsLong();
    Await.until(
        consumer + " to see an event",
        () -> {
          probe.run();
          try {
            Thread.sleep(300);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return eventsSeen.getAsLong() > before ? Optional.of(true) : Optional.empty();
        });
  }
}
