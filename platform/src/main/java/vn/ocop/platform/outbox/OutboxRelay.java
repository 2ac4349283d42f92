package vn.ocop.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import vn.ocop.platform.request.RequestIds;
import vn.ocop.platform.worker.Daemons;

/**
 * Publishes committed outbox rows to Kafka, in {@code seq} order, with an idempotent producer
 * ({@code acks=all}). A batch is marked sent only after Kafka acknowledged every record of it; on
 * any failure nothing is marked and the batch is retried with back-off, so while Kafka is down
 * events wait in the table. Delivery is at-least-once; consumers de-duplicate by event id.
 *
 * <p>Only one relay per database publishes at a time (a transaction-scoped advisory lock), so
 * replicas of a service keep the order.
 */
@ApplicationScoped
public class OutboxRelay {
  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
  private static final long LOCK_KEY = 0x0C0B_0057_0000_0001L;
  private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

  private final AgroalDataSource dataSource;
  private final OutboxConfig config;
  private final Map<String, Object> kafkaDefaults;
  private final Semaphore wakeUps = new Semaphore(0);
  private volatile boolean running;
  private Thread worker;
  private KafkaProducer<String, String> producer;

  OutboxRelay(
      AgroalDataSource dataSource,
      OutboxConfig config,
      @Identifier("default-kafka-broker") Map<String, Object> kafkaDefaults) {
    this.dataSource = dataSource;
    this.config = config;
    this.kafkaDefaults = kafkaDefaults;
  }

  void onStart(@Observes StartupEvent event) {
    if (!config.relay().enabled()) {
      return;
    }
    running = true;
    worker = Daemons.start("outbox-relay", this::run);
  }

  void onStop(@Observes ShutdownEvent event) {
    running = false;
    Daemons.stop(worker);
    closeProducer();
  }

  /** Called after a transaction that wrote to the outbox completes. */
  void wakeUp() {
    wakeUps.release();
  }

  private void run() {
    long backoffMillis = 0;
    while (running) {
      try {
        if (backoffMillis > 0) {
          Thread.sleep(backoffMillis);
        } else {
          wakeUps.tryAcquire(config.relay().pollInterval().toMillis(), TimeUnit.MILLISECONDS);
          wakeUps.drainPermits();
        }
        int sent;
        do {
          sent = publishBatch();
        } while (sent == config.relay().batchSize() && running);
        backoffMillis = 0;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (Exception e) {
        backoffMillis =
            Math.min(
                config.relay().maxBackoff().toMillis(),
                backoffMillis == 0 ? 200 : backoffMillis * 2);
        LOG.warnf("outbox relay: publishing failed (%s); retrying in %d ms", e, backoffMillis);
        closeProducer();
      }
    }
  }

  /** Publishes one batch; returns how many rows were marked sent. */
  int publishBatch() throws SQLException, Exception {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        if (!tryLock(connection)) {
          connection.rollback();
          return 0;
        }
        List<Row> rows = pending(connection);
        if (rows.isEmpty()) {
          connection.commit();
          return 0;
        }
        send(rows);
        markSent(connection, rows);
        connection.commit();
        return rows.size();
      } catch (Exception e) {
        connection.rollback();
        throw e;
      }
    }
  }

  private static boolean tryLock(Connection connection) throws SQLException {
    try (PreparedStatement lock =
        connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
      lock.setLong(1, LOCK_KEY);
      try (ResultSet rs = lock.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }

  private List<Row> pending(Connection connection) throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "select seq, id, topic, message_key, event_type, payload, request_id from outbox_event"
                + " where sent_at is null order by seq limit ?")) {
      select.setInt(1, config.relay().batchSize());
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          rows.add(
              new Row(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7)));
        }
      }
    }
    return rows;
  }

  private void send(List<Row> rows) throws Exception {
    KafkaProducer<String, String> kafka = producer();
    List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
    for (Row row : rows) {
      ProducerRecord<String, String> record =
          new ProducerRecord<>(row.topic(), row.key(), row.payload());
      record.headers().add("content-type", bytes("application/cloudevents+json; charset=UTF-8"));
      record.headers().add("ce_id", bytes(row.id()));
      record.headers().add("ce_type", bytes(row.type()));
      if (row.requestId() != null) {
        record.headers().add(RequestIds.EVENT_HEADER, bytes(row.requestId()));
      }
      acks.add(kafka.send(record));
    }
    kafka.flush();
    for (Future<RecordMetadata> ack : acks) {
      ack.get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private static void markSent(Connection connection, List<Row> rows) throws SQLException {
    Long[] seqs = rows.stream().map(Row::seq).toArray(Long[]::new);
    try (PreparedStatement update =
        connection.prepareStatement(
            "update outbox_event set sent_at = now(), attempts = attempts + 1 where seq = any(?)")) {
      update.setArray(1, connection.createArrayOf("bigint", seqs));
      update.executeUpdate();
    }
  }

  private synchronized KafkaProducer<String, String> producer() {
    if (producer == null) {
      Properties props = new Properties();
      // Every kafka.* setting of the service (bootstrap servers, TLS, SASL), as the messaging
      // connectors get them; consumer-only and serialisation settings are the relay's own.
      kafkaDefaults.forEach(
          (key, value) -> {
            if (!key.contains("serializer")
                && !key.startsWith("group.")
                && !key.startsWith("auto.")
                && !key.startsWith("enable.auto")) {
              props.put(key, value);
            }
          });
      props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
      props.put(ProducerConfig.ACKS_CONFIG, "all");
      props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
      props.put(ProducerConfig.LINGER_MS_CONFIG, 2);
      props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
      props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
      props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 25_000);
      props.put(
          ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay" + config.source().replace('/', '-'));
      props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
      props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
      producer = new KafkaProducer<>(props);
    }
    return producer;
  }

  private synchronized void closeProducer() {
    if (producer != null) {
      try {
        producer.close(Duration.ofSeconds(2));
      } catch (RuntimeException e) {
        LOG.debug("closing the outbox producer failed", e);
      }
      producer = null;
    }
  }

  private static byte[] bytes(String value) {
    return value.getBytes(StandardCharsets.UTF_8);
  }

  private record Row(
      long seq,
      String id,
      String topic,
      String key,
      String type,
      String payload,
      String requestId) {}
}
