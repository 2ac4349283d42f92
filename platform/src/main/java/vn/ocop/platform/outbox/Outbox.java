package vn.ocop.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import vn.ocop.contracts.CloudEvent;
import vn.ocop.platform.request.RequestIds;

/**
 * Records an event in the outbox table inside the caller's transaction. Nothing is sent from here:
 * the {@link OutboxRelay} publishes committed rows, so an event exists if and only if its state
 * change was committed.
 */
@ApplicationScoped
public class Outbox {
  private final EntityManager entityManager;
  private final ObjectMapper mapper;
  private final OutboxConfig config;
  private final TransactionSynchronizationRegistry transactions;
  private final OutboxRelay relay;

  Outbox(
      EntityManager entityManager,
      ObjectMapper mapper,
      OutboxConfig config,
      TransactionSynchronizationRegistry transactions,
      OutboxRelay relay) {
    this.entityManager = entityManager;
    this.mapper = mapper;
    this.config = config;
    this.transactions = transactions;
    this.relay = relay;
  }

  /**
   * Adds an event to the outbox.
   *
   * @param topic one of {@link vn.ocop.contracts.Topics}
   * @param aggregateId the Kafka key and CloudEvents subject: events of one aggregate stay in order
   * @param type one of {@link vn.ocop.contracts.EventTypes}
   * @param payload a record of the contracts module
   * @return the event id
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public UUID publish(String topic, Object aggregateId, String type, Object payload) {
    Row row = row(topic, aggregateId, type, payload);
    entityManager
        .createNativeQuery(
            "insert into outbox_event (id, topic, message_key, event_type, payload, request_id)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6)")
        .setParameter(1, row.id())
        .setParameter(2, row.topic())
        .setParameter(3, row.messageKey())
        .setParameter(4, row.eventType())
        .setParameter(5, row.payload())
        .setParameter(6, row.requestId())
        .executeUpdate();
    wakeRelayAfterCompletion();
    return row.id();
  }

  /**
   * An event as the {@code outbox_event} table holds it (seq and created_at come from their
   * defaults). Bulk writers (a COPY of thousands of events) insert these rows themselves, in the
   * caller's transaction, and then call {@link #wakeRelayAfterCompletion()}.
   */
  public record Row(
      UUID id,
      String topic,
      String messageKey,
      String eventType,
      String payload,
      String requestId) {}

  /** The row {@link #publish} would insert: the CloudEvents envelope serialised, a new id. */
  public Row row(String topic, Object aggregateId, String type, Object payload) {
    UUID id = UUID.randomUUID();
    CloudEvent<Object> event =
        new CloudEvent<>(
            CloudEvent.SPEC_VERSION,
            id.toString(),
            config.source(),
            type,
            aggregateId.toString(),
            OffsetDateTime.now(ZoneOffset.UTC),
            CloudEvent.JSON,
            payload);
    String json;
    try {
      json = mapper.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("event payload cannot be serialised: " + type, e);
    }
    return new Row(id, topic, aggregateId.toString(), type, json, RequestIds.current());
  }

  /** Has the relay look for new rows as soon as the caller's transaction completes. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void wakeRelayAfterCompletion() {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            relay.wakeUp();
          }
        });
  }
}
