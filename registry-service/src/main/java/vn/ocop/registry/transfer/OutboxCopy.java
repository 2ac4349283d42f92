package vn.ocop.registry.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.postgresql.copy.CopyManager;
import vn.ocop.contracts.CloudEvent;
import vn.ocop.platform.outbox.OutboxConfig;
import vn.ocop.platform.request.RequestIds;

/**
 * Writes many events to the platform's {@code outbox_event} table in one COPY, inside the caller's
 * transaction: the bulk form of {@link vn.ocop.platform.outbox.Outbox#publish}, producing exactly
 * the rows it would (same columns, the same CloudEvents envelope serialised by the same
 * ObjectMapper, the request id; {@code seq} and {@code created_at} from their defaults), so the
 * relay cannot tell them apart. It belongs in the platform next to {@code Outbox}; it lives here
 * until it is moved there.
 *
 * <p>Unlike {@code Outbox.publish} it does not wake the relay when the transaction completes (that
 * hook is package-private to the platform): the relay finds the rows at its next poll ({@code
 * ocop.outbox.relay.poll-interval}, 500 ms by default).
 */
@ApplicationScoped
public class OutboxCopy {
  static final List<String> COLUMNS =
      List.of("id", "topic", "message_key", "event_type", "payload", "request_id");

  private final ObjectMapper mapper;
  private final OutboxConfig config;

  OutboxCopy(ObjectMapper mapper, OutboxConfig config) {
    this.mapper = mapper;
    this.config = config;
  }

  /** Opens a COPY into the outbox on the transaction's connection. */
  Events open(CopyManager copy) throws SQLException {
    return new Events(new CopyStream(copy, "outbox_event", COLUMNS));
  }

  /** The events of one COPY, in the order they will be published. */
  final class Events implements AutoCloseable {
    private final CopyStream stream;
    private final String requestId = RequestIds.current();

    private Events(CopyStream stream) {
      this.stream = stream;
    }

    /** Adds one event; the arguments are those of {@code Outbox.publish}. Returns its id. */
    UUID add(String topic, Object aggregateId, String type, Object payload) throws SQLException {
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
      stream.row(id, topic, aggregateId.toString(), type, json, requestId);
      return id;
    }

    long finish() throws SQLException {
      return stream.finish();
    }

    @Override
    public void close() throws SQLException {
      stream.close();
    }
  }
}
