package vn.ocop.plan.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.ocop.contracts.CloudEvent;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.contracts.registry.CertificateIssued;

/**
 * Plays the registry in tests: writes certificate-issued CloudEvents into the real Kafka topic with
 * a plain producer, as the registry's outbox relay would.
 */
public final class CertificateEvents {
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .findAndAddModules()
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();
  private static KafkaProducer<String, String> producer;

  private CertificateEvents() {}

  /** A certificate of a new product, decided on the given date. */
  public static CertificateIssued certificate(String provinceCode, int stars, LocalDate decided) {
    return certificate(UUID.randomUUID(), UUID.randomUUID(), provinceCode, stars, decided);
  }

  public static CertificateIssued certificate(
      UUID certificateId, UUID productId, String provinceCode, int stars, LocalDate decided) {
    return new CertificateIssued(
        certificateId,
        UUID.randomUUID(),
        productId,
        UUID.randomUUID(),
        provinceCode,
        null,
        1,
        1,
        stars,
        BigDecimal.valueOf(50 + stars * 8L),
        "123/QĐ-UBND",
        decided,
        "UBND tỉnh",
        stars == 5 ? "CENTRAL" : "PROVINCE",
        decided,
        decided.plusMonths(36).minusDays(1),
        "NEW",
        null,
        "ISSUED",
        null,
        null,
        null,
        null);
  }

  /** The structured-mode CloudEvent JSON of a certificate with the given event id. */
  public static String envelope(String eventId, CertificateIssued certificate) {
    return envelope(eventId, EventTypes.CERTIFICATE_ISSUED, certificate);
  }

  public static String envelope(String eventId, String type, Object data) {
    CloudEvent<Object> event =
        new CloudEvent<>(
            CloudEvent.SPEC_VERSION,
            eventId,
            "/ocop/registry-service",
            type,
            UUID.randomUUID().toString(),
            OffsetDateTime.now(ZoneOffset.UTC),
            CloudEvent.JSON,
            data);
    try {
      return JSON.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Publishes a new event for the certificate; returns the event id. */
  public static String publish(CertificateIssued certificate) {
    String id = UUID.randomUUID().toString();
    send(certificate.certificateId().toString(), envelope(id, certificate));
    return id;
  }

  /** Sends a raw value, keyed like the registry keys it; returns where it landed. */
  public static RecordMetadata send(String key, String value) {
    return send(new ProducerRecord<>(Topics.REGISTRY_CERTIFICATE, key, value));
  }

  /** Sends to one partition, to order a record after another one in a test. */
  public static RecordMetadata sendTo(int partition, String key, String value) {
    return send(new ProducerRecord<>(Topics.REGISTRY_CERTIFICATE, partition, key, value));
  }

  private static RecordMetadata send(ProducerRecord<String, String> record) {
    // The header the outbox relay writes: the consumer must read such records as plain strings.
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
      props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
      props.put(ProducerConfig.ACKS_CONFIG, "all");
      props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
      props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
      producer = new KafkaProducer<>(props);
    }
    return producer;
  }

  static String bootstrapServers() {
    return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
  }
}
