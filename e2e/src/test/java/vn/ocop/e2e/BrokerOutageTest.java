package vn.ocop.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import vn.ocop.contracts.Topics;
import vn.ocop.devstack.EmbeddedKafkaBroker;

/**
 * Nothing lost, nothing doubled: decisions recorded while the broker is down wait in the rating
 * service's outbox; once the broker is back every certificate appears exactly once and the plan
 * count is exact. Redelivering every event afterwards changes nothing.
 */
class BrokerOutageTest {
  private static final int DECISIONS = 6;
  private static final String[][] SCORES = {
    {"72", "75", "71"}, {"55", "60", "58"}, {"88", "86", "89"},
    {"51", "50", "52"}, {"70", "70", "70"}, {"65", "69", "67"}
  };

  @Test
  void decisionsRecordedWhileTheBrokerIsDownBecomeExactlyOneCertificateEach() throws Exception {
    int year = Api.today().getYear();
    String cycleId = Ocop.openCycle(2);
    String councilId = Ocop.createCouncil("Hội đồng OCOP tỉnh Đắk Lắk, đợt 2");
    List<String> products = new ArrayList<>();
    List<String> dossiers = new ArrayList<>();
    for (int i = 0; i < DECISIONS; i++) {
      String subjectId = Ocop.registerCooperative("HTX Cà phê Ea H'leo số " + (i + 1));
      String productId = Ocop.registerCoffee(subjectId, "Cà phê nhân xanh Ea H'leo " + (i + 1));
      String dossierId = Ocop.createDossier(cycleId, productId);
      Ocop.assignCouncil(dossierId, councilId);
      Ocop.evaluate(dossierId, SCORES[i]);
      products.add(productId);
      dossiers.add(dossierId);
    }
    int countedBefore = Ocop.productsRated3StarsOrMore(year);

    EmbeddedKafkaBroker kafka = Suite.get().stack().kafka();
    kafka.kill();
    try {
      LocalDate date = Api.today();
      for (int i = 0; i < DECISIONS; i++) {
        Ocop.recognise(dossiers.get(i), (2000 + i) + "/QĐ-UBND", date).then().statusCode(201);
      }
      Thread.sleep(3_000);
      for (String productId : products) {
        assertThat(Ocop.certificates(productId)).as("no certificate while Kafka is down").isEmpty();
      }
    } finally {
      kafka.start();
    }

    for (String productId : products) {
      List<Map<String, Object>> certificates =
          Api.await(
              "the certificate of " + productId,
              () -> Ocop.certificates(productId),
              list -> !list.isEmpty(),
              Duration.ofSeconds(120));
      assertThat(certificates).hasSize(1);
    }
    int counted =
        Api.await(
            "plan-service to count " + DECISIONS + " certificates",
            () -> Ocop.productsRated3StarsOrMore(year),
            n -> n >= countedBefore + DECISIONS,
            Duration.ofSeconds(60));
    assertThat(counted).isEqualTo(countedBefore + DECISIONS);

    int redelivered = redeliver(kafka, Topics.RATING_RECOGNITION, Topics.REGISTRY_CERTIFICATE);
    assertThat(redelivered).isGreaterThanOrEqualTo(2 * DECISIONS);
    awaitConsumed(kafka, "registry-service", Topics.RATING_RECOGNITION);
    awaitConsumed(kafka, "plan-service", Topics.REGISTRY_CERTIFICATE);
    for (String productId : products) {
      assertThat(Ocop.certificates(productId)).hasSize(1);
    }
    assertThat(Ocop.productsRated3StarsOrMore(year)).isEqualTo(counted);
  }

  /** Copies every record of the topics onto their ends again: same key, value and headers. */
  private static int redeliver(EmbeddedKafkaBroker kafka, String... topics) {
    Properties producerProps = new Properties();
    producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    producerProps.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    producerProps.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
    int copied = 0;
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps)) {
      for (String topic : topics) {
        for (ConsumerRecord<String, String> record : EventLog.all(topic)) {
          producer.send(
              new ProducerRecord<>(topic, null, record.key(), record.value(), record.headers()));
          copied++;
        }
      }
      producer.flush();
    }
    return copied;
  }

  /** Waits until the consumer group has committed up to the end of the topic. */
  private static void awaitConsumed(EmbeddedKafkaBroker kafka, String group, String topic) {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    Properties consumerProps = new Properties();
    consumerProps.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    consumerProps.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    consumerProps.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    try (Admin admin = Admin.create(props);
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProps)) {
      Set<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .collect(Collectors.toSet());
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      Api.await(
          group + " to consume " + topic + " to its end " + end,
          () -> {
            try {
              Map<TopicPartition, OffsetAndMetadata> committed =
                  admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
              Map<TopicPartition, Long> positions = new HashMap<>();
              committed.forEach((tp, om) -> positions.put(tp, om == null ? 0 : om.offset()));
              return positions;
            } catch (Exception e) {
              return Map.<TopicPartition, Long>of();
            }
          },
          positions ->
              end.entrySet().stream()
                  .allMatch(e -> positions.getOrDefault(e.getKey(), 0L) >= e.getValue()),
          Duration.ofSeconds(60));
    }
  }
}
