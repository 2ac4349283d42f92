package vn.ocop.plan.actual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import vn.ocop.contracts.registry.CertificateIssued;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.plan.support.Api;
import vn.ocop.plan.support.Await;
import vn.ocop.plan.support.CertificateEvents;
import vn.ocop.plan.support.DeadLetters;
import vn.ocop.plan.support.Tables;

/**
 * Actuals from certificate events on the real broker: what counts, in which year and province, and
 * that no delivery accident changes a number. Each test owns a province and year, so the tests do
 * not see each other's facts.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "plan"))
class CertificateFactsTest {
  static final String STAR3_PLUS = "PRODUCTS_3STAR_PLUS";
  static final String STAR3 = "PRODUCTS_3STAR";
  static final String STAR4 = "PRODUCTS_4STAR";
  static final String STAR5 = "PRODUCTS_5STAR";

  @Test
  void certificatesCountByStarClassInTheYearOfTheirDecisionAndOnlyInTheirProvince() {
    List<String> events =
        List.of(
            CertificateEvents.publish(
                CertificateEvents.certificate("66", 3, LocalDate.of(2026, 3, 10))),
            CertificateEvents.publish(
                CertificateEvents.certificate("66", 4, LocalDate.of(2026, 11, 20))),
            CertificateEvents.publish(
                CertificateEvents.certificate("66", 4, LocalDate.of(2026, 1, 1))),
            // Decided on the last day of 2025: counts in 2025, not in 2026.
            CertificateEvents.publish(
                CertificateEvents.certificate("66", 4, LocalDate.of(2025, 12, 31))),
            // Another province: never in Đắk Lắk's numbers.
            CertificateEvents.publish(
                CertificateEvents.certificate("01", 3, LocalDate.of(2026, 6, 1))));

    awaitApplied(events);

    assertThat(values("66", 2026))
        .containsExactly(entry(STAR3_PLUS, 3), entry(STAR3, 1), entry(STAR4, 2), entry(STAR5, 0));
    assertThat(values("66", 2025))
        .containsExactly(entry(STAR3_PLUS, 1), entry(STAR3, 0), entry(STAR4, 1), entry(STAR5, 0));
    assertThat(values("01", 2026))
        .containsExactly(entry(STAR3_PLUS, 1), entry(STAR3, 1), entry(STAR4, 0), entry(STAR5, 0));
  }

  @Test
  void aProductReRatedInTheSameYearCountsOnceAmongProductsOfThreeStarsOrMore() {
    UUID product = UUID.randomUUID();
    List<String> events =
        List.of(
            CertificateEvents.publish(
                CertificateEvents.certificate(
                    UUID.randomUUID(), product, "66", 3, LocalDate.of(2038, 2, 1))),
            CertificateEvents.publish(
                CertificateEvents.certificate(
                    UUID.randomUUID(), product, "66", 4, LocalDate.of(2038, 9, 1))));

    awaitApplied(events);

    assertThat(values("66", 2038))
        .containsExactly(entry(STAR3_PLUS, 1), entry(STAR3, 1), entry(STAR4, 1), entry(STAR5, 0));
  }

  @Test
  void aRedeliveredEventIsCountedOnce() {
    CertificateIssued certificate =
        CertificateEvents.certificate("40", 3, LocalDate.of(2031, 5, 5));
    String eventId = UUID.randomUUID().toString();
    String key = certificate.certificateId().toString();
    String value = CertificateEvents.envelope(eventId, certificate);
    RecordMetadata first = CertificateEvents.send(key, value);
    awaitApplied(List.of(eventId));
    assertThat(Api.value("40", 2031, STAR3_PLUS)).isEqualTo(1);

    // The same record again, then a marker behind it on the same partition: once the marker is
    // applied, the redelivery has been seen.
    CertificateEvents.sendTo(first.partition(), key, value);
    CertificateIssued marker = CertificateEvents.certificate("40", 4, LocalDate.of(2031, 6, 1));
    String markerId = UUID.randomUUID().toString();
    CertificateEvents.sendTo(
        first.partition(),
        marker.certificateId().toString(),
        CertificateEvents.envelope(markerId, marker));
    awaitApplied(List.of(markerId));

    assertThat(values("40", 2031))
        .containsExactly(entry(STAR3_PLUS, 2), entry(STAR3, 1), entry(STAR4, 1), entry(STAR5, 0));
    assertThat(
            Tables.count(
                "select count(*) from certificate_fact where certificate_id = ?",
                certificate.certificateId()))
        .isEqualTo(1);
    assertThat(Tables.count("select count(*) from consumed_event where event_id = ?", eventId))
        .isEqualTo(1);
  }

  @Test
  void aSecondEventForTheSameCertificateChangesNothing() {
    CertificateIssued certificate =
        CertificateEvents.certificate("40", 4, LocalDate.of(2032, 4, 4));
    String firstId = CertificateEvents.publish(certificate);
    awaitApplied(List.of(firstId));

    // The same certificate published again under a new event id, even with a different star
    // class: the first fact stands.
    CertificateIssued again =
        CertificateEvents.certificate(
            certificate.certificateId(),
            certificate.productId(),
            "40",
            3,
            certificate.decisionDate());
    String secondId = CertificateEvents.publish(again);
    awaitApplied(List.of(secondId));

    assertThat(values("40", 2032))
        .containsExactly(entry(STAR3_PLUS, 1), entry(STAR3, 0), entry(STAR4, 1), entry(STAR5, 0));
    assertThat(
            Tables.count(
                "select count(*) from certificate_fact where certificate_id = ?",
                certificate.certificateId()))
        .isEqualTo(1);
  }

  @Test
  void aPoisonMessageGoesToTheDeadLetterTopicAndDoesNotBlockLaterEvents() {
    String key = UUID.randomUUID().toString();
    String poison = "this is not JSON { " + key;
    RecordMetadata poisoned = CertificateEvents.send(key, poison);

    // A valid event behind the poison on the same partition.
    CertificateIssued certificate =
        CertificateEvents.certificate("42", 5, LocalDate.of(2033, 7, 7));
    String eventId = UUID.randomUUID().toString();
    CertificateEvents.sendTo(
        poisoned.partition(),
        certificate.certificateId().toString(),
        CertificateEvents.envelope(eventId, certificate));
    awaitApplied(List.of(eventId));

    assertThat(values("42", 2033))
        .containsExactly(entry(STAR3_PLUS, 1), entry(STAR3, 0), entry(STAR4, 0), entry(STAR5, 1));
    ConsumerRecord<String, String> deadLetter = DeadLetters.awaitValue(poison);
    assertThat(deadLetter.key()).isEqualTo(key);
    assertThat(DeadLetters.header(deadLetter, "dead-letter-reason")).contains("unreadable event");
  }

  @Test
  void aCertificateEventWithoutItsDecisionDateIsDeadLetteredAndWritesNothing() {
    CertificateIssued complete = CertificateEvents.certificate("42", 3, LocalDate.of(2034, 1, 1));
    CertificateIssued incomplete =
        new CertificateIssued(
            complete.certificateId(),
            complete.decisionId(),
            complete.productId(),
            complete.subjectId(),
            complete.provinceCode(),
            null,
            1,
            1,
            3,
            complete.score(),
            complete.decisionNumber(),
            null,
            complete.issuingBody(),
            complete.issuingLevel(),
            null,
            null,
            "NEW",
            null,
            "ISSUED",
            null,
            null,
            null,
            null);
    String eventId = UUID.randomUUID().toString();
    String value = CertificateEvents.envelope(eventId, incomplete);
    CertificateEvents.send(complete.certificateId().toString(), value);

    ConsumerRecord<String, String> deadLetter = DeadLetters.awaitValue(value);

    assertThat(DeadLetters.header(deadLetter, "dead-letter-reason")).contains("decisionDate");
    assertThat(Tables.consumed(eventId)).isFalse();
    assertThat(
            Tables.count(
                "select count(*) from certificate_fact where certificate_id = ?",
                complete.certificateId()))
        .isZero();
  }

  @Test
  void aCertificateOfAnUnknownProvinceIsDeadLetteredAndWritesNothing() {
    CertificateIssued certificate =
        CertificateEvents.certificate("99", 3, LocalDate.of(2034, 2, 2));
    String eventId = UUID.randomUUID().toString();
    String value = CertificateEvents.envelope(eventId, certificate);
    CertificateEvents.send(certificate.certificateId().toString(), value);

    ConsumerRecord<String, String> deadLetter = DeadLetters.awaitValue(value);

    assertThat(DeadLetters.header(deadLetter, "dead-letter-reason"))
        .contains("unknown province code '99'");
    assertThat(Tables.consumed(eventId)).isFalse();
    assertThat(
            Tables.count(
                "select count(*) from certificate_fact where certificate_id = ?",
                certificate.certificateId()))
        .isZero();
  }

  @Test
  void aCertificateCarryingAPreMergerProvinceCodeCountsInTheProvinceThatSucceededIt() {
    // Phú Yên (54) became part of Đắk Lắk (66) on 1 July 2025.
    CertificateIssued certificate =
        CertificateEvents.certificate("54", 4, LocalDate.of(2035, 3, 3));
    awaitApplied(List.of(CertificateEvents.publish(certificate)));

    assertThat(Api.value("66", 2035, STAR4)).isEqualTo(1);
    assertThat(
            Tables.count(
                "select count(*) from certificate_fact where certificate_id = ?"
                    + " and province_code = '66' and reported_province_code = '54'",
                certificate.certificateId()))
        .isEqualTo(1);
  }

  private static void awaitApplied(List<String> eventIds) {
    Await.until(
        () -> eventIds.stream().filter(Tables::consumed).count(),
        applied -> applied == eventIds.size(),
        "events " + eventIds + " to be applied");
  }

  /** The four star-class indicators' values, in catalogue order. */
  private static Map<String, Integer> values(String provinceCode, int year) {
    JsonPath actuals = Api.actuals(provinceCode, year);
    List<Map<String, Object>> indicators = actuals.getList("indicators");
    List<String> counted = List.of(STAR3_PLUS, STAR3, STAR4, STAR5);
    return indicators.stream()
        .filter(indicator -> counted.contains(indicator.get("code")))
        .collect(
            Collectors.toMap(
                indicator -> (String) indicator.get("code"),
                indicator -> ((Number) indicator.get("value")).intValue(),
                (a, b) -> a,
                LinkedHashMap::new));
  }
}
