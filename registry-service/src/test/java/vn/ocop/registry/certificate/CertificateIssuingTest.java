package vn.ocop.registry.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.ocop.registry.support.Fixtures.BUON_MA_THUOT;
import static vn.ocop.registry.support.Fixtures.DAK_LAK;
import static vn.ocop.registry.support.Fixtures.OFFICER_01;
import static vn.ocop.registry.support.Fixtures.OFFICER_66;
import static vn.ocop.registry.support.Fixtures.as;
import static vn.ocop.registry.support.Fixtures.productOf;
import static vn.ocop.registry.support.Fixtures.subjectInDakLak;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.ocop.contracts.CloudEvent;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.contracts.rating.RecognitionDecided;
import vn.ocop.devstack.Await;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.devstack.TestKafka;
import vn.ocop.devstack.TestTokens;
import vn.ocop.registry.support.Db;

/** Certificates issued from recognition decisions that the rating service publishes. */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "registry"))
class CertificateIssuingTest {
  private static final String DLQ = "ocop.dlq.registry-service";
  private static final LocalDate DECIDED_ON = LocalDate.of(2025, 9, 15);

  @Test
  void certificateIsIssuedFromARecognitionDecisionForThirtySixMonths() {
    UUID subject = subjectInDakLak();
    UUID product = productOf(OFFICER_66, subject);
    RecognitionDecided decision = decision(product, subject, 4, 36);

    publish(UUID.randomUUID(), decision);

    Map<String, Object> certificate = awaitCertificateOf(product);
    assertThat(certificate)
        .containsEntry("decisionId", decision.decisionId().toString())
        .containsEntry("productId", product.toString())
        .containsEntry("subjectId", subject.toString())
        .containsEntry("provinceCode", DAK_LAK)
        .containsEntry("communeCode", BUON_MA_THUOT)
        .containsEntry("productSet", 13)
        .containsEntry("productGroup", 1)
        .containsEntry("starClass", 4)
        .containsEntry("decisionNumber", "1234/QĐ-UBND")
        .containsEntry("decisionDate", "2025-09-15")
        .containsEntry("issuingBody", "Ủy ban nhân dân tỉnh Đắk Lắk")
        .containsEntry("issuingLevel", "PROVINCE")
        .containsEntry("validFrom", "2025-09-15")
        .containsEntry("validTo", "2028-09-15")
        .containsEntry("status", "ISSUED");
    assertThat(new BigDecimal(certificate.get("score").toString())).isEqualByComparingTo("78.50");
    assertThat((String) certificate.get("publicCode")).matches("[a-z2-7]{26}");
    String id = (String) certificate.get("id");
    assertThat(
            Db.count(
                "select count(*) from certificate_status_history where certificate_id = ?::uuid"
                    + " and old_status is null and new_status = 'ISSUED'",
                id))
        .isEqualTo(1);

    as(OFFICER_66)
        .get("/api/registry/v1/certificates/" + id)
        .then()
        .statusCode(200)
        .body("validTo", equalTo("2028-09-15"));

    ConsumerRecord<String, String> issued =
        TestKafka.awaitRecord(Topics.REGISTRY_CERTIFICATE, r -> id.equals(r.key()));
    JsonNode event = TestKafka.json(issued.value());
    assertThat(event.path("type").asText()).isEqualTo(EventTypes.CERTIFICATE_ISSUED);
    assertThat(event.path("source").asText()).isEqualTo("/ocop/registry-service");
    assertThat(event.path("subject").asText()).isEqualTo(id);
    JsonNode data = event.path("data");
    assertThat(data.path("certificateId").asText()).isEqualTo(id);
    assertThat(data.path("decisionId").asText()).isEqualTo(decision.decisionId().toString());
    assertThat(data.path("productId").asText()).isEqualTo(product.toString());
    assertThat(data.path("starClass").asInt()).isEqualTo(4);
    assertThat(data.path("validFrom").asText()).isEqualTo("2025-09-15");
    assertThat(data.path("validTo").asText()).isEqualTo("2028-09-15");
    assertThat(data.path("oldStatus").isNull()).isTrue();
    assertThat(data.path("status").asText()).isEqualTo("ISSUED");
  }

  @Test
  void certificateIsIssuedOnceWhenTheDecisionIsRedeliveredOrAnnouncedAgain() {
    UUID subject = subjectInDakLak();
    UUID product = productOf(OFFICER_66, subject);
    RecognitionDecided decision = decision(product, subject, 3, 36);
    UUID firstEvent = UUID.randomUUID();
    UUID secondEvent = UUID.randomUUID();

    publish(firstEvent, decision);
    publish(firstEvent, decision);
    // Same key, same partition: once the second event id is recorded, the redelivery before it
    // has been handled too.
    publish(secondEvent, decision);
    Await.untilTrue(
        "both events consumed",
        () ->
            Db.count(
                    "select count(*) from consumed_event where consumer = ? and event_id in (?, ?)",
                    CertificateIssuer.CONSUMER,
                    firstEvent.toString(),
                    secondEvent.toString())
                == 2);

    assertThat(
            Db.count(
                "select count(*) from certificate where decision_id = ?::uuid",
                decision.decisionId().toString()))
        .isEqualTo(1);
    String id = (String) awaitCertificateOf(product).get("id");
    assertThat(
            Db.count(
                "select count(*) from certificate_status_history where certificate_id = ?::uuid",
                id))
        .isEqualTo(1);
    List<ConsumerRecord<String, String>> announced =
        TestKafka.awaitRecords(
            Topics.REGISTRY_CERTIFICATE,
            r ->
                TestKafka.json(r.value())
                    .path("data")
                    .path("productId")
                    .asText()
                    .equals(product.toString()),
            1,
            Duration.ofSeconds(2));
    assertThat(announced).hasSize(1);
  }

  @Test
  void certificateIsVisibleToItsProvinceAndSubjectOnly() {
    UUID subject = subjectInDakLak();
    UUID product = productOf(OFFICER_66, subject);
    publish(UUID.randomUUID(), decision(product, subject, 5, 36));
    String id = (String) awaitCertificateOf(product).get("id");

    as(OFFICER_01)
        .get("/api/registry/v1/certificates/" + id)
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("code", equalTo("NOT_FOUND"));
    as(TestTokens.subjectMember("member", DAK_LAK, subject))
        .get("/api/registry/v1/certificates/" + id)
        .then()
        .statusCode(200)
        .body("starClass", equalTo(5));
    as(TestTokens.subjectMember("other", DAK_LAK, UUID.randomUUID()))
        .get("/api/registry/v1/certificates/" + id)
        .then()
        .statusCode(404);
    as(OFFICER_01)
        .queryParam("productId", product.toString())
        .get("/api/registry/v1/certificates")
        .then()
        .statusCode(200)
        .body("pager.total", equalTo(0));
  }

  @Test
  void decisionBelowThreeStarsIsDeadLetteredWithoutACertificate() {
    UUID subject = subjectInDakLak();
    UUID product = productOf(OFFICER_66, subject);
    RecognitionDecided decision = decision(product, subject, 2, 36);

    publish(UUID.randomUUID(), decision);

    TestKafka.awaitRecord(DLQ, r -> r.value().contains(decision.decisionId().toString()));
    assertThat(
            Db.count(
                "select count(*) from certificate where product_id = ?::uuid", product.toString()))
        .isZero();
  }

  @Test
  void decisionForAnUnknownProductIsRetriedThenDeadLettered() {
    UUID unknownProduct = UUID.randomUUID();
    RecognitionDecided decision = decision(unknownProduct, UUID.randomUUID(), 3, 36);
    UUID eventId = UUID.randomUUID();

    publish(eventId, decision);

    TestKafka.awaitRecord(DLQ, r -> r.value().contains(decision.decisionId().toString()));
    assertThat(
            Db.count(
                "select count(*) from certificate where decision_id = ?::uuid",
                decision.decisionId().toString()))
        .isZero();
    assertThat(
            Db.count("select count(*) from consumed_event where event_id = ?", eventId.toString()))
        .as("a failed effect leaves the event unconsumed, so a replay can still apply it")
        .isZero();
  }

  private static RecognitionDecided decision(
      UUID product, UUID subject, int stars, int validityMonths) {
    return new RecognitionDecided(
        UUID.randomUUID(),
        UUID.randomUUID(),
        product,
        subject,
        DAK_LAK,
        "1234/QĐ-UBND",
        DECIDED_ON,
        "Ủy ban nhân dân tỉnh Đắk Lắk",
        "PROVINCE",
        stars,
        new BigDecimal("78.50"),
        "NEW",
        "148/2023",
        validityMonths);
  }

  private static void publish(UUID eventId, RecognitionDecided decision) {
    CloudEvent<RecognitionDecided> event =
        new CloudEvent<>(
            CloudEvent.SPEC_VERSION,
            eventId.toString(),
            "/ocop/rating-service",
            EventTypes.RECOGNITION_DECIDED,
            decision.decisionId().toString(),
            OffsetDateTime.now(ZoneOffset.UTC),
            CloudEvent.JSON,
            decision);
    TestKafka.send(
        Topics.RATING_RECOGNITION, decision.decisionId().toString(), TestKafka.toJson(event));
  }

  private static Map<String, Object> awaitCertificateOf(UUID product) {
    return Await.until(
        "a certificate of product " + product,
        () -> {
          List<Map<String, Object>> items =
              as(OFFICER_66)
                  .queryParam("productId", product.toString())
                  .get("/api/registry/v1/certificates")
                  .then()
                  .statusCode(200)
                  .extract()
                  .jsonPath()
                  .getList("items");
          return items.isEmpty() ? Optional.empty() : Optional.of(items.get(0));
        });
  }
}
