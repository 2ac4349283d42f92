package vn.ocop.registry.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.postgresql.copy.CopyManager;
import vn.ocop.platform.outbox.Outbox;

/**
 * Writes many events to the platform's {@code outbox_event} table in one COPY, inside the caller's
 * transaction: the bulk form of {@link Outbox#publish}. The rows are the ones {@link Outbox#row}
 * builds, so the relay cannot tell them apart, and the relay is woken when the transaction
 * completes, as after {@code publish}.
 */
@ApplicationScoped
public class OutboxCopy {
  static final List<String> COLUMNS =
      List.of("id", "topic", "message_key", "event_type", "payload", "request_id");

  private final Outbox outbox;

  OutboxCopy(Outbox outbox) {
    this.outbox = outbox;
  }

  /** Opens a COPY into the outbox on the transaction's connection. */
  Events open(CopyManager copy) throws SQLException {
    outbox.wakeRelayAfterCompletion();
    return new Events(new CopyStream(copy, "outbox_event", COLUMNS));
  }

  /** The events of one COPY, in the order they will be published. */
  final class Events implements AutoCloseable {
    private final CopyStream stream;

    private Events(CopyStream stream) {
      this.stream = stream;
    }

    /** Adds one event; the arguments are those of {@code Outbox.publish}. Returns its id. */
    UUID add(String topic, Object aggregateId, String type, Object payload) throws SQLException {
      Outbox.Row row = outbox.row(topic, aggregateId, type, payload);
      stream.row(
          row.id(), row.topic(), row.messageKey(), row.eventType(), row.payload(), row.requestId());
      return row.id();
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
