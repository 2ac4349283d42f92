package vn.ocop.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.ocop.contracts.Topics;

/**
 * The walking skeleton's thin flow, through the gateway only: a province officer registers a
 * cooperative and its coffee, opens a cycle, a council of three scores the dossier, the officer
 * records the recognition decision, the registry issues the certificate and the plan counts it.
 */
class DecisionFlowTest {

  @Test
  void aRecognisedCoffeeBecomesACertificateAndCountsInTheProvincePlan() {
    int year = Api.today().getYear();
    int countedBefore = Ocop.productsRated3StarsOrMore(year);

    String subjectId = Ocop.registerCooperative("HTX Nông nghiệp Cà phê Ea Tu");
    String productId = Ocop.registerCoffee(subjectId, "Cà phê bột nguyên chất Ea Tu");
    String cycleId = Ocop.openCycle(1);
    String councilId =
        Ocop.createCouncil("Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Đắk Lắk");
    String dossierId = Ocop.createDossier(cycleId, productId);
    Ocop.assignCouncil(dossierId, councilId);

    // Blind scoring: a member who has not submitted sees neither the others' sheets nor an average.
    Ocop.score(Ocop.COUNCIL.get(0), dossierId, "83");
    Response seenByMember2 =
        Api.as(Ocop.COUNCIL.get(1)).get("/api/rating/v1/dossiers/" + dossierId);
    seenByMember2.then().statusCode(200);
    assertThat(seenByMember2.<Object>path("result")).isNull();
    assertThat(seenByMember2.asString()).doesNotContain("83.0");

    Ocop.score(Ocop.COUNCIL.get(1), dossierId, "78");
    Ocop.score(Ocop.COUNCIL.get(2), dossierId, "80");
    Response evaluated = Api.as(Ocop.OFFICER).get("/api/rating/v1/dossiers/" + dossierId);
    assertThat(evaluated.<String>path("status")).isEqualTo("EVALUATED");
    // (83 + 78 + 80) / 3 = 80.333… → 80.33, in the 4★ band [70, 90).
    assertThat(evaluated.<BigDecimal>path("result.averageScore"))
        .isEqualByComparingTo(new BigDecimal("80.33"));
    assertThat(evaluated.<Integer>path("result.starClass")).isEqualTo(4);

    LocalDate decisionDate = Api.today();
    String requestId = "e2e-decision-" + UUID.randomUUID();
    Response decision = Ocop.recognise(dossierId, "1234/QĐ-UBND", decisionDate, requestId);
    decision.then().statusCode(201);
    assertThat(decision.header("X-Request-Id")).isEqualTo(requestId);
    assertThat(decision.<String>path("decisionNumber")).isEqualTo("1234/QĐ-UBND");
    assertThat(decision.<Integer>path("starClass")).isEqualTo(4);
    assertThat(decision.<String>path("issuingLevel")).isEqualTo("PROVINCE");
    String decisionId = decision.path("id");

    List<Map<String, Object>> certificates =
        Api.await(
            "the certificate of product " + productId,
            () -> Ocop.certificates(productId),
            list -> !list.isEmpty(),
            Duration.ofSeconds(30));
    assertThat(certificates).hasSize(1);
    Map<String, Object> certificate = certificates.get(0);
    assertThat(certificate)
        .containsEntry("productId", productId)
        .containsEntry("subjectId", subjectId)
        .containsEntry("decisionId", decisionId)
        .containsEntry("decisionNumber", "1234/QĐ-UBND")
        .containsEntry("decisionDate", decisionDate.toString())
        .containsEntry("starClass", 4)
        .containsEntry("status", "ISSUED")
        .containsEntry("provinceCode", Ocop.DAK_LAK)
        .containsEntry("validFrom", decisionDate.toString())
        .containsEntry("validTo", decisionDate.plusMonths(36).toString());
    assertThat((String) certificate.get("publicCode")).hasSizeGreaterThanOrEqualTo(20);

    int counted =
        Api.await(
            "plan-service to count the certificate",
            () -> Ocop.productsRated3StarsOrMore(year),
            n -> n > countedBefore,
            Duration.ofSeconds(30));
    assertThat(counted).isEqualTo(countedBefore + 1);

    // The request id of the decision travels with its effects: into the rating service's event,
    // and, through the registry's consumer, into the certificate event it caused.
    String certificateId = (String) certificate.get("id");
    ConsumerRecord<String, String> decided =
        EventLog.all(Topics.RATING_RECOGNITION).stream()
            .filter(r -> decisionId.equals(r.key()))
            .findFirst()
            .orElseThrow();
    assertThat(EventLog.header(decided, "x-request-id")).isEqualTo(requestId);
    assertThat(EventLog.header(decided, "content-type")).startsWith("application/cloudevents+json");
    ConsumerRecord<String, String> issued =
        EventLog.all(Topics.REGISTRY_CERTIFICATE).stream()
            .filter(r -> certificateId.equals(r.key()))
            .findFirst()
            .orElseThrow();
    assertThat(EventLog.header(issued, "x-request-id")).isEqualTo(requestId);
    assertThat(issued.value())
        .contains("\"type\":\"vn.ocop.certificate.issued.v1\"")
        .contains("\"decisionId\":\"" + decisionId + "\"");

    // A second decision for the same dossier is refused, and nothing more is issued.
    Ocop.recognise(dossierId, "1235/QĐ-UBND", decisionDate).then().statusCode(409);
    assertThat(Ocop.certificates(productId)).hasSize(1);
  }
}
