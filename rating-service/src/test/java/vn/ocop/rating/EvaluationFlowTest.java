package vn.ocop.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.devstack.TestKafka;
import vn.ocop.rating.support.Api;
import vn.ocop.rating.support.Fixtures;
import vn.ocop.rating.support.Registry;
import vn.ocop.rating.support.Sessions;
import vn.ocop.rating.support.SheetAnswers;
import vn.ocop.rating.support.Tables;

/**
 * The walking skeleton inside the service: registry events in, a cycle, a council, a dossier, three
 * blind score sheets, the result, a recognition decision, and the decision out on Kafka.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "rating"))
class EvaluationFlowTest {
  static final String DAK_LAK = Api.DAK_LAK;

  @Test
  void aProductRegisteredInTheRegistryIsEvaluatedRecognisedAndAnnounced() {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    String officer = Api.officer(DAK_LAK);

    // The registry announces a subject and its product; the read model picks them up.
    Registry.Product product =
        Registry.registerProduct(DAK_LAK, "Cà phê bột nguyên chất Buôn Ma Thuột");

    // The province opens a cycle round under the rule set in force today.
    Map<String, Object> slot = Fixtures.nextSlot();
    JsonPath cycle =
        Api.as(officer)
            .body(
                Map.of(
                    "year",
                    slot.get("year"),
                    "round",
                    slot.get("round"),
                    "provinceCode",
                    "66",
                    "startAtStep",
                    "EVALUATION"))
            .post("/api/rating/v1/cycles")
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/rating/v1/cycles/"))
            .body("provinceCode", equalTo(DAK_LAK))
            .body("year", equalTo(slot.get("year")))
            .body("round", equalTo(slot.get("round")))
            .body("ruleSetVersion", equalTo("QD148-2023+QD1489-2025"))
            .body("status", equalTo("OPEN"))
            .body("step", equalTo("EVALUATION"))
            .body("openedOn", equalTo(today.toString()))
            .extract()
            .jsonPath();
    String cycleId = cycle.getString("id");
    Api.as(officer)
        .get("/api/rating/v1/cycles/{id}", cycleId)
        .then()
        .statusCode(200)
        .body("id", equalTo(cycleId));
    JsonNode cycleOpened =
        TestKafka.json(
            TestKafka.awaitRecord(Topics.RATING_CYCLE, record -> cycleId.equals(record.key()))
                .value());
    assertThat(cycleOpened.get("type").asText()).isEqualTo(EventTypes.CYCLE_OPENED);
    assertThat(cycleOpened.at("/data/ruleSetVersion").asText()).isEqualTo("QD148-2023+QD1489-2025");
    assertThat(cycleOpened.at("/data/status").asText()).isEqualTo("OPEN");
    assertThat(cycleOpened.at("/data/openedOn").asText()).isEqualTo(today.toString());

    // The province constitutes its council.
    String council =
        "{\"name\":\"Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Đắk Lắk 2026\","
            + "\"level\":\"PROVINCE\",\"provinceCode\":\"66\",\"members\":["
            + "{\"username\":\"daklak.chair\",\"role\":\"CHAIR\"},"
            + "{\"username\":\"daklak.member1\",\"role\":\"MEMBER\"},"
            + "{\"username\":\"daklak.member2\",\"role\":\"MEMBER\"}]}";
    String councilId =
        Api.as(officer)
            .body(council)
            .post("/api/rating/v1/councils")
            .then()
            .statusCode(201)
            .body("level", equalTo("PROVINCE"))
            .body("provinceCode", equalTo(DAK_LAK))
            .body("members", hasSize(3))
            .body("members[0].username", equalTo("daklak.chair"))
            .body("members[0].role", equalTo("CHAIR"))
            .body("members[2].username", equalTo("daklak.member2"))
            .extract()
            .path("id");

    // The product's dossier is submitted to the cycle and handed to the council.
    String dossierId =
        Api.as(officer)
            .body(
                Map.of(
                    "cycleId",
                    cycleId,
                    "productId",
                    product.productId().toString(),
                    "kind",
                    "NEW",
                    "submit",
                    true))
            .post("/api/rating/v1/dossiers")
            .then()
            .statusCode(201)
            .body("cycleId", equalTo(cycleId))
            .body("productId", equalTo(product.productId().toString()))
            .body("productName", equalTo("Cà phê bột nguyên chất Buôn Ma Thuột"))
            .body("subjectId", equalTo(product.subjectId().toString()))
            .body("provinceCode", equalTo(DAK_LAK))
            .body("kind", equalTo("NEW"))
            .body("status", equalTo("SUBMITTED"))
            .body("ruleSetVersion", equalTo("QD148-2023+QD1489-2025"))
            .body("councilId", nullValue())
            .body("result", nullValue())
            .extract()
            .path("id");
    Sessions.beforeOpenSession(DAK_LAK, dossierId, councilId);
    Api.as(officer)
        .get("/api/rating/v1/dossiers/{id}", dossierId)
        .then()
        .statusCode(200)
        .body("status", equalTo("IN_EVALUATION"))
        .body("councilId", equalTo(councilId));

    // Three members score; the third sheet completes the evaluation.
    List<String> members = List.of("daklak.chair", "daklak.member1", "daklak.member2");
    List<String> totals = List.of("83", "78", "80");
    for (int i = 0; i < 3; i++) {
      Api.as(Api.member(members.get(i), DAK_LAK))
          .body(
              Fixtures.sheet(
                  SheetAnswers.forTotal(Fixtures.PRODUCT_SET, new BigDecimal(totals.get(i)))))
          .put("/api/rating/v1/dossiers/{id}/score-sheets/mine", dossierId)
          .then()
          .statusCode(200)
          .body("member", equalTo(members.get(i)))
          .body("total", comparesEqualTo(new BigDecimal(totals.get(i))))
          .body("dossierStatus", equalTo(i < 2 ? "IN_EVALUATION" : "EVALUATED"));
    }
    Api.as(officer)
        .get("/api/rating/v1/dossiers/{id}", dossierId)
        .then()
        .statusCode(200)
        .body("status", equalTo("EVALUATED"))
        .body("result.averageScore", comparesEqualTo(new BigDecimal("80.33")))
        .body("result.medianScore", comparesEqualTo(new BigDecimal("80")))
        .body("result.scoreSpread", comparesEqualTo(new BigDecimal("5")))
        .body("result.bandStarClass", equalTo(4))
        .body("result.starClass", equalTo(4))
        .body("result.scoreSheets", equalTo(3))
        .body("result.evaluatedOn", equalTo(today.toString()));
    JsonNode evaluated =
        TestKafka.json(
            TestKafka.awaitRecord(
                    Topics.RATING_EVALUATION, record -> dossierId.equals(record.key()))
                .value());
    assertThat(evaluated.get("type").asText()).isEqualTo(EventTypes.EVALUATION_COMPLETED);
    JsonNode result = evaluated.get("data");
    assertThat(result.get("dossierId").asText()).isEqualTo(dossierId);
    assertThat(result.get("cycleId").asText()).isEqualTo(cycleId);
    assertThat(result.get("productId").asText()).isEqualTo(product.productId().toString());
    assertThat(result.get("provinceCode").asText()).isEqualTo(DAK_LAK);
    assertThat(result.get("dossierKind").asText()).isEqualTo("NEW");
    assertThat(result.get("averageScore").decimalValue()).isEqualByComparingTo("80.33");
    assertThat(result.get("medianScore").decimalValue()).isEqualByComparingTo("80");
    assertThat(result.get("scoreSpread").decimalValue()).isEqualByComparingTo("5");
    assertThat(result.get("bandStarClass").asInt()).isEqualTo(4);
    assertThat(result.get("starClass").asInt()).isEqualTo(4);
    assertThat(result.get("scoringRound").asInt()).isEqualTo(1);
    assertThat(result.get("scoreSheets").asInt()).isEqualTo(3);
    assertThat(result.get("ruleSetVersion").asText()).isEqualTo("QD148-2023+QD1489-2025");
    assertThat(result.get("oldStatus").asText()).isEqualTo("IN_EVALUATION");
    assertThat(result.get("status").asText()).isEqualTo("EVALUATED");

    // The provincial People's Committee recognises the 4★ result.
    JsonPath decision =
        Api.as(officer)
            .body(
                Map.of(
                    "decisionNumber", "1234/QĐ-UBND",
                    "decisionDate", today.toString(),
                    "issuingBody", "UBND tỉnh Đắk Lắk"))
            .post("/api/rating/v1/dossiers/{id}/recognition", dossierId)
            .then()
            .statusCode(201)
            .body("id", notNullValue())
            .body("dossierId", equalTo(dossierId))
            .body("productId", equalTo(product.productId().toString()))
            .body("decisionNumber", equalTo("1234/QĐ-UBND"))
            .body("decisionDate", equalTo(today.toString()))
            .body("issuingBody", equalTo("UBND tỉnh Đắk Lắk"))
            .body("issuingLevel", equalTo("PROVINCE"))
            .body("starClass", equalTo(4))
            .body("score", comparesEqualTo(new BigDecimal("80.33")))
            .body("validityMonths", equalTo(36))
            .extract()
            .jsonPath();
    String decisionId = decision.getString("id");
    Api.as(officer)
        .get("/api/rating/v1/dossiers/{id}", dossierId)
        .then()
        .statusCode(200)
        .body("status", equalTo("RECOGNISED"));
    Api.as(officer)
        .get("/api/rating/v1/dossiers/{id}/recognition", dossierId)
        .then()
        .statusCode(200)
        .body("id", equalTo(decisionId))
        .body("starClass", equalTo(4));

    // The decision reaches Kafka, keyed by its id, with every field filled.
    ConsumerRecord<String, String> record =
        TestKafka.awaitRecord(Topics.RATING_RECOGNITION, r -> decisionId.equals(r.key()));
    JsonNode event = TestKafka.json(record.value());
    assertThat(event.get("specversion").asText()).isEqualTo("1.0");
    assertThat(UUID.fromString(event.get("id").asText())).isNotNull();
    assertThat(event.get("source").asText()).isEqualTo("/ocop/rating-service");
    assertThat(event.get("type").asText()).isEqualTo(EventTypes.RECOGNITION_DECIDED);
    assertThat(event.get("subject").asText()).isEqualTo(decisionId);
    assertThat(event.get("datacontenttype").asText()).isEqualTo("application/json");
    assertThat(event.get("time").asText()).isNotBlank();
    JsonNode data = event.get("data");
    assertThat(data.get("decisionId").asText()).isEqualTo(decisionId);
    assertThat(data.get("dossierId").asText()).isEqualTo(dossierId);
    assertThat(data.get("productId").asText()).isEqualTo(product.productId().toString());
    assertThat(data.get("subjectId").asText()).isEqualTo(product.subjectId().toString());
    assertThat(data.get("provinceCode").asText()).isEqualTo(DAK_LAK);
    assertThat(data.get("decisionNumber").asText()).isEqualTo("1234/QĐ-UBND");
    assertThat(data.get("decisionDate").asText()).isEqualTo(today.toString());
    assertThat(data.get("issuingBody").asText()).isEqualTo("UBND tỉnh Đắk Lắk");
    assertThat(data.get("issuingLevel").asText()).isEqualTo("PROVINCE");
    assertThat(data.get("starClass").asInt()).isEqualTo(4);
    assertThat(data.get("score").decimalValue()).isEqualByComparingTo("80.33");
    assertThat(data.get("dossierKind").asText()).isEqualTo("NEW");
    assertThat(data.get("ruleSetVersion").asText()).isEqualTo("QD148-2023+QD1489-2025");
    assertThat(data.get("validityMonths").asInt()).isEqualTo(36);
    assertThat(data.size()).isEqualTo(14);
    for (var field : data.properties()) {
      assertThat(field.getValue().isNull()).as(field.getKey()).isFalse();
    }
  }

  @Test
  void aSecondDecisionForTheSameDossierIsRefused() {
    Fixtures.Scoring scoring = Fixtures.dossierInEvaluation(DAK_LAK);
    Fixtures.scoreAll(scoring, DAK_LAK, "75", "75", "75");
    String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
    Map<String, String> body =
        Map.of("decisionNumber", "77/QĐ-UBND", "decisionDate", today, "issuingBody", "UBND tỉnh");
    Api.as(Api.officer(DAK_LAK))
        .body(body)
        .post("/api/rating/v1/dossiers/{id}/recognition", scoring.dossierId())
        .then()
        .statusCode(201);
    long decisions = Tables.count("recognition_decision");
    Api.as(Api.officer(DAK_LAK))
        .body(body)
        .post("/api/rating/v1/dossiers/{id}/recognition", scoring.dossierId())
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("code", equalTo("DECISION_EXISTS"));
    assertThat(Tables.count("recognition_decision")).isEqualTo(decisions);
  }
}
