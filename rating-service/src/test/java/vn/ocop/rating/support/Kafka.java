package vn.ocop.rating.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/** Plain Kafka clients against the devstack broker: what another service would send and read. */
public final class Kafka {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .findAndRegisterModules()
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  private static KafkaProducer<String, String> producer;

  private Kafka() {}

  static String bootstrapServers() {
    return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
  }

  /** Sends one record and waits for the broker's acknowledgement. */
  public static synchronized void send(String topic, String key, String value) {
    if (producer == null) {
      Properties props = new Properties();
      props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
      props.put(ProducerConfig.ACKS_CONFIG, "all");
      props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
      props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
      producer = new KafkaProducer<>(props);
    }
    try {
      ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
      // The header the outbox relay writes: the consumer must read such records as plain strings.
      record
          .headers()
          .add(
              "content-type",
              "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
      producer.send(record).get(30, TimeUnit.SECONDS);
    } catch (InterruptedException | ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot send to " + topic, e);
    }
  }

  /**
   * Reads a topic from the start with a fresh consumer group until a record matches, failing after
   * 30 s.
   */
  public static ConsumerRecord<String, String> awaitRecord(
      String topic, Predicate<ConsumerRecord<String, String>> match) {
    List<ConsumerRecord<String, String>> found = awaitRecords(topic, match, 1);
    return found.get(0);
  }

  /** All matching records seen until {@code count} of them arrived, failing after 30 s. */
  public static List<ConsumerRecord<String, String>> awaitRecords(
      String topic, Predicate<ConsumerRecord<String, String>> match, int count) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "rating-test-" + UUID.randomUUID());
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
      consumer.subscribe(List.of(topic));
      List<ConsumerRecord<String, String>> matches = new java.util.ArrayList<>();
      long deadline = System.nanoTime() + Await.DEFAULT.toNanos();
      while (System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
          if (match.test(record)) {
            matches.add(record);
          }
        }
        if (matches.size() >= count) {
          return matches;
        }
      }
      throw new AssertionError(
          "gave up after 30 s waiting for "
              + count
              + " matching records on "
              + topic
              + "; saw "
              + matches.size());
    }
  }

  public static JsonNode json(String value) {
    try {
      return JSON.readTree(value);
    } catch (Exception e) {
      throw new IllegalStateException("not JSON: " + value, e);
    }
  }

  public static String toJson(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
