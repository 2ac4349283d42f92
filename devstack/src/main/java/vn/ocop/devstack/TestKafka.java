package vn.ocop.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Plain Kafka clients on the devstack broker of the test JVM, for the services' tests: what another
 * service sends and reads. Records are sent with the headers the outbox relay writes.
 */
public final class TestKafka {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .findAndRegisterModules()
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  private static KafkaProducer<String, String> producer;

  private TestKafka() {}

  private static String bootstrapServers() {
    return DevStack.shared().kafka().bootstrapServers();
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
    } catch (Exception e) {
      throw new IllegalStateException("cannot send to " + topic, e);
    }
  }

  /** Reads a topic from the start until a record matches, failing after 30 s. */
  public static ConsumerRecord<String, String> awaitRecord(
      String topic, Predicate<ConsumerRecord<String, String>> match) {
    return awaitRecords(topic, match, 1, Duration.ZERO).get(0);
  }

  /** Reads a topic from the start until {@code count} records matched, failing after 30 s. */
  public static List<ConsumerRecord<String, String>> awaitRecords(
      String topic, Predicate<ConsumerRecord<String, String>> match, int count) {
    return awaitRecords(topic, match, count, Duration.ZERO);
  }

  /**
   * Reads a topic from the start until {@code count} records matched (failing after 30 s), then
   * keeps reading for {@code linger} so that a surplus record would be seen too.
   */
  public static List<ConsumerRecord<String, String>> awaitRecords(
      String topic, Predicate<ConsumerRecord<String, String>> match, int count, Duration linger) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
      consumer.subscribe(List.of(topic));
      List<ConsumerRecord<String, String>> matches = new ArrayList<>();
      long deadline = System.nanoTime() + Await.DEFAULT.toNanos();
      long lingerUntil = Long.MAX_VALUE;
      while (System.nanoTime() < Math.min(deadline, lingerUntil)) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
          if (match.test(record)) {
            matches.add(record);
          }
        }
        if (matches.size() >= count && lingerUntil == Long.MAX_VALUE) {
          lingerUntil = System.nanoTime() + linger.toNanos();
        }
      }
      if (matches.size() < count) {
        throw new AssertionError(
            "gave up after 30 s waiting for "
                + count
                + " matching records on "
                + topic
                + "; saw "
                + matches.size());
      }
      return matches;
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
