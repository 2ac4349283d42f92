package vn.ocop.plan.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.ocop.contracts.CloudEvent;

/**
 * Plays the registry and rating services in tests: writes CloudEvents into the real topics with a
 * plain producer, as their outbox relays would, with the event time under the test's control.
 */
public final class Events {
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .findAndAddModules()
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();
  private static final String MARKER = "vn.ocop.test.marker.v1";
  private static KafkaProducer<String, String> producer;

  private Events() {}

  /** An event about to be sent: its id, and where it goes. */
  public record Sent(String eventId, String value, RecordMetadata metadata) {}

  /** The structured-mode CloudEvent JSON. */
  public static String envelope(String eventId, String type, OffsetDateTime time, Object data) {
    CloudEvent<Object> event =
        new CloudEvent<>(
            CloudEvent.SPEC_VERSION,
            eventId,
            "/ocop/test",
            type,
            UUID.randomUUID().toString(),
            time,
            CloudEvent.JSON,
            data);
    try {
      return JSON.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Publishes a new event now; returns its id. */
  public static String publish(String topic, Object key, String type, Object data) {
    return publish(topic, key, type, OffsetDateTime.now(ZoneOffset.UTC), data);
  }

  /** Publishes a new event with the given time; returns its id. */
  public static String publish(
      String topic, Object key, String type, OffsetDateTime time, Object data) {
    String id = UUID.randomUUID().toString();
    send(topic, key.toString(), envelope(id, type, time, data));
    return id;
  }

  public static RecordMetadata send(String topic, String key, String value) {
    return send(new ProducerRecord<>(topic, key, value));
  }

  /** Sends to one partition, to order a record after another one. */
  public static RecordMetadata sendTo(String topic, int partition, String key, String value) {
    return send(new ProducerRecord<>(topic, partition, key, value));
  }

  /**
   * Waits until the consumer applied everything published to the topic so far: a marker of a type
   * it skips goes to every partition, and once all markers are consumed, so is every record before
   * them.
   */
  public static void drain(String topic, String consumer) {
    List<String> markers = new ArrayList<>();
    for (int partition = 0; partition < partitions(topic); partition++) {
      String id = "marker-" + UUID.randomUUID();
      sendTo(
          topic,
          partition,
          id,
          envelope(id, MARKER, OffsetDateTime.now(ZoneOffset.UTC), Map.of("marker", true)));
      markers.add(id);
    }
    Await.until(
        () -> markers.stream().filter(id -> Tables.consumed(consumer, id)).count(),
        consumed -> consumed == markers.size(),
        "markers " + markers + " on " + topic);
  }

  private static int partitions(String topic) {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, CertificateEvents.bootstrapServers());
    try (AdminClient admin = AdminClient.create(props)) {
      return admin
          .describeTopics(List.of(topic))
          .allTopicNames()
          .get(30, TimeUnit.SECONDS)
          .get(topic)
          .partitions()
          .size();
    } catch (Exception e) {
      throw new IllegalStateException("cannot describe " + topic, e);
    }
  }

  private static RecordMetadata send(ProducerRecord<String, String> record) {
    record
        .headers()
        .add(
            "content-type",
            "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
    try {
      return producer().send(record).get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("could not publish to Kafka", e);
    }
  }

  private static synchronized KafkaProducer<String, String> producer() {
    if (producer == null) {
      Properties props = new Properties();
      props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, CertificateEvents.bootstrapServers());
      props.put(ProducerConfig.ACKS_CONFIG, "all");
      props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
      props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
      producer = new KafkaProducer<>(props);
    }
    return producer;
  }
}
