package vn.ocop.platform.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import vn.ocop.platform.audit.AuditActors;
import vn.ocop.platform.request.RequestIds;

/**
 * Applies consumed events exactly once in effect: the event id is recorded by {@link
 * ConsumedEvents} in the same transaction as the effect, so a redelivery changes nothing. Transient
 * failures are retried a few times, a database outage for as long as it lasts ({@link EventRetry});
 * an unreadable event is a {@link PoisonEventException} (dead-letter topic).
 */
@ApplicationScoped
public class InboundEvents {

  private final ObjectMapper mapper;
  private final ConsumedEvents consumed;

  InboundEvents(ObjectMapper mapper, ConsumedEvents consumed) {
    this.mapper = mapper;
    this.consumed = consumed;
  }

  /**
   * Applies one record.
   *
   * @param consumer a stable name of the effect, e.g. {@code registry.certificate-issuer}
   * @param payloadType the contracts record of the event's data
   * @param effect runs in a new transaction, only the first time this event id is seen
   * @return true if the effect ran, false for a duplicate
   */
  public <T> boolean apply(
      ConsumerRecord<String, String> record,
      String consumer,
      Class<T> payloadType,
      Consumer<InboundEvent<T>> effect) {
    InboundEvent<T> event = parse(record.value(), payloadType);
    String previousRequestId = RequestIds.current();
    RequestIds.set(header(record, RequestIds.EVENT_HEADER));
    try {
      // Its writes are audited as system:<consumer> under the event's id.
      return EventRetry.run(
          consumer,
          event.id(),
          () ->
              AuditActors.asConsumer(
                  consumer,
                  event.id(),
                  () ->
                      QuarkusTransaction.requiringNew()
                          .call(
                              () -> {
                                if (!consumed.firstTime(consumer, event.id(), event.type())) {
                                  return false;
                                }
                                effect.accept(event);
                                return true;
                              })),
          EventRetry::sleep);
    } finally {
      RequestIds.set(previousRequestId);
    }
  }

  /** Reads a structured-mode CloudEvent; anything unreadable is poison. */
  public <T> InboundEvent<T> parse(String value, Class<T> payloadType) {
    try {
      JsonNode envelope = mapper.readTree(value);
      String id = text(envelope, "id");
      String type = text(envelope, "type");
      if (id == null || type == null || !envelope.hasNonNull("data")) {
        throw new IllegalArgumentException("not a CloudEvent: id, type and data are required");
      }
      OffsetDateTime time =
          envelope.hasNonNull("time") ? OffsetDateTime.parse(envelope.get("time").asText()) : null;
      T data = mapper.treeToValue(envelope.get("data"), payloadType);
      return new InboundEvent<>(
          id, type, text(envelope, "source"), text(envelope, "subject"), time, data);
    } catch (Exception e) {
      throw new PoisonEventException("unreadable event: " + e.getMessage(), e);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}
