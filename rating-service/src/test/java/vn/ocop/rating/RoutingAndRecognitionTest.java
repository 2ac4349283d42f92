package vn.ocop.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.contracts.EventTypes;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.devstack.TestKafka;
import vn.ocop.rating.support.Api;
import vn.ocop.rating.support.Central;
import vn.ocop.rating.support.Fixtures;
import vn.ocop.rating.support.Problems;
import vn.ocop.rating.support.Sessions;
import vn.ocop.rating.support.Tables;

/**
 * Levels and routing: a province result of 90 or more goes to the centre, whose result comes back;
 * decisions công nhận and không công nhận by the competent level, on the outbox.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "rating"))
class RoutingAndRecognitionTest {
  static final String DOSSIERS = "/api/rating/v1/dossiers";
  static final String DECISIONS = "/api/rating/v1/recognition-decisions";
  static final String DAK_LAK = Api.DAK_LAK;

  @Test
  void aProvinceResultOf92GoesToTheCentreWhoseFiveStarsSettleBothDossiers() {
    Fixtures.Scoring province = evaluatedAtProvince("92", "93", "94");
    String lowerId = province.dossierId();

    String upperId =
        forward(lowerId, Api.officer(DAK_LAK))
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/rating/v1/dossiers/"))
            .body("status", equalTo("FORWARDED"))
            .body("fromLevel", equalTo("PROVINCE"))
            .body("toLevel", equalTo("CENTRAL"))
            .body("threshold", equalTo(90))
            .body("averageScore", comparesEqualTo(new BigDecimal("93.00")))
            .body("nominatedDossier.status", equalTo("SUBMITTED"))
            .body("nominatedDossier.evaluationLevel", equalTo("CENTRAL"))
            .body("nominatedDossier.parentDossierId", equalTo(lowerId))
            .extract()
            .path("nominatedDossier.dossierId");

    Map<String, Object> upper = dossierRow(upperId);
    Map<String, Object> lower = dossierRow(lowerId);
    assertThat(upper.get("evaluation_level")).isEqualTo("CENTRAL");
    assertThat(upper.get("status")).isEqualTo("SUBMITTED");
    assertThat(upper.get("parent_dossier_id").toString()).isEqualTo(lowerId);
    assertThat(upper.get("submitted_by")).isEqualTo("officer." + DAK_LAK);
    for (String same :
        List.of(
            "cycle_id",
            "product_id",
            "subject_id",
            "province_code",
            "kind",
            "rule_set_version",
            "product_set",
            "commune_code")) {
      assertThat(upper.get(same)).as(same).isEqualTo(lower.get(same));
    }
    assertThat(upper.get("average_score")).isNull();
    assertThat(lower.get("status")).isEqualTo("FORWARDED");

    JsonNode nominated = outboxPayload(EventTypes.DOSSIER_NOMINATED, lowerId);
    assertThat(nominated.get("nominatedDossierId").asText()).isEqualTo(upperId);
    assertThat(nominated.get("fromLevel").asText()).isEqualTo("PROVINCE");
    assertThat(nominated.get("toLevel").asText()).isEqualTo("CENTRAL");
    assertThat(nominated.get("averageScore").decimalValue()).isEqualByComparingTo("93");
    assertThat(nominated.get("starClass").asInt()).isEqualTo(5);
    JsonNode submitted = outboxPayload(EventTypes.DOSSIER_SUBMITTED, upperId);
    assertThat(submitted.get("evaluationLevel").asText()).isEqualTo("CENTRAL");
    assertThat(submitted.get("productSet").asInt()).isEqualTo(Fixtures.PRODUCT_SET);
    assertThat(submitted.get("kind").asText()).isEqualTo("NEW");

    // Forwarding twice opens nothing more.
    Map<String, Long> before = snapshot();
    Problems.problem(forward(lowerId, Api.officer(DAK_LAK)), 409, "DOSSIER_ALREADY_FORWARDED");
    assertThat(snapshot()).isEqualTo(before);

    // The province reads its product's central dossier; another province does not see it.
    Api.as(Api.officer(DAK_LAK))
        .get(DOSSIERS + "/{id}", upperId)
        .then()
        .statusCode(200)
        .body("status", equalTo("SUBMITTED"));
    Problems.problem(
        Api.as(Api.officer(Api.HA_TINH)).get(DOSSIERS + "/{id}", upperId), 404, "NOT_FOUND");

    Fixtures.Scoring central = scoreAtCentre(province, upperId, "92", "93", "94");
    assertThat(dossierRow(upperId).get("star_class")).isEqualTo(5);

    // Only national accounts act on a CENTRAL dossier; the province cannot decide for the centre.
    before = snapshot();
    Problems.problem(
        decide(upperId, Api.officer(DAK_LAK), recognised("Bộ NN&MT")), 403, "FORBIDDEN");
    Problems.problem(forward(upperId, Api.officer(DAK_LAK)), 403, "FORBIDDEN");
    Problems.problem(
        decide(lowerId, Api.officer(DAK_LAK), recognised("UBND tỉnh Đắk Lắk")),
        409,
        "LEVEL_NOT_COMPETENT");
    assertThat(snapshot()).isEqualTo(before);

    String decisionId =
        decide(upperId, Api.nationalOfficer(), recognised("Bộ Nông nghiệp và Môi trường"))
            .then()
            .statusCode(201)
            .body("outcome", equalTo("RECOGNISED"))
            .body("issuingLevel", equalTo("CENTRAL"))
            .body("evaluationLevel", equalTo("CENTRAL"))
            .body("starClass", equalTo(5))
            .body("score", comparesEqualTo(new BigDecimal("93.00")))
            .body("dossierId", equalTo(upperId))
            .extract()
            .path("id");

    assertThat(dossierRow(upperId).get("status")).isEqualTo("RECOGNISED");
    assertThat(dossierRow(lowerId).get("status")).isEqualTo("RECOGNISED");
    assertThat(decisionsOfProduct(province)).isEqualTo(1);
    List<Map<String, Object>> decided = outboxOfProduct(EventTypes.RECOGNITION_DECIDED, province);
    assertThat(decided).hasSize(1);
    JsonNode event = data(decided.get(0));
    assertThat(event.get("decisionId").asText()).isEqualTo(decisionId);
    assertThat(event.get("issuingLevel").asText()).isEqualTo("CENTRAL");
    assertThat(event.get("starClass").asInt()).isEqualTo(5);
    assertThat(event.get("dossierKind").asText()).isEqualTo("NEW");

    Api.as(Api.officer(DAK_LAK))
        .get(DOSSIERS + "/{id}/chain", lowerId)
        .then()
        .statusCode(200)
        .body("levels", hasSize(2))
        .body("levels[0].evaluationLevel", equalTo("PROVINCE"))
        .body("levels[0].status", equalTo("RECOGNISED"))
        .body("levels[0].result.averageScore", comparesEqualTo(new BigDecimal("93.00")))
        .body("levels[0].decision", nullValue())
        .body("levels[0].history.kind", equalTo(List.of("FORWARDED", "OUTCOME_FROM_OTHER_LEVEL")))
        .body("levels[0].history[1].decisionId", equalTo(decisionId))
        .body("levels[1].evaluationLevel", equalTo("CENTRAL"))
        .body("levels[1].decision.outcome", equalTo("RECOGNISED"))
        .body("levels[1].decision.issuingLevel", equalTo("CENTRAL"))
        .body("levels[1].result.starClass", equalTo(5));

    // Settled upstairs: no second decision at the province.
    Problems.problem(
        decide(lowerId, Api.officer(DAK_LAK), recognised("UBND tỉnh Đắk Lắk")),
        409,
        "DOSSIER_NOT_EVALUATED");
    assertThat(central.members()).hasSize(3);
  }

  @Test
  void aCentralFourStarComesBackToTheProvinceWhichRecognisesItWithTheCentresScore() {
    Fixtures.Scoring province = evaluatedAtProvince("92", "93", "94");
    String lowerId = province.dossierId();
    String upperId = forwarded(lowerId);

    Map<String, Long> before = snapshot();
    Problems.problem(
            decide(lowerId, Api.officer(DAK_LAK), recognised("UBND tỉnh Đắk Lắk")),
            409,
            "AWAITING_UPPER_LEVEL")
        .body("detail", containsString("SUBMITTED"));
    assertThat(snapshot()).isEqualTo(before);

    scoreAtCentre(province, upperId, "86", "86", "86");
    assertThat(dossierRow(upperId).get("star_class")).isEqualTo(4);

    before = snapshot();
    Problems.problem(
            decide(upperId, Api.nationalOfficer(), recognised("Bộ Nông nghiệp và Môi trường")),
            409,
            "LEVEL_NOT_COMPETENT")
        .body("detail", containsString("PROVINCE"));
    Problems.problem(
        decide(upperId, Api.nationalOfficer(), refused("Dưới 5 sao")), 409, "LEVEL_NOT_COMPETENT");
    assertThat(snapshot()).isEqualTo(before);

    String decisionId =
        decide(lowerId, Api.officer(DAK_LAK), recognised("UBND tỉnh Đắk Lắk"))
            .then()
            .statusCode(201)
            .body("outcome", equalTo("RECOGNISED"))
            .body("dossierId", equalTo(lowerId))
            .body("issuingLevel", equalTo("PROVINCE"))
            .body("evaluationLevel", equalTo("CENTRAL"))
            .body("resultDossierId", equalTo(upperId))
            .body("starClass", equalTo(4))
            .body("score", comparesEqualTo(new BigDecimal("86.00")))
            .extract()
            .path("id");

    assertThat(dossierRow(lowerId).get("status")).isEqualTo("RECOGNISED");
    assertThat(dossierRow(upperId).get("status")).isEqualTo("NOT_RECOGNISED");
    Map<String, Object> row =
        Tables.query("select * from recognition_decision where id = ?::uuid", List.of(decisionId))
            .get(0);
    assertThat(row.get("star_class")).isEqualTo(4);
    assertThat((BigDecimal) row.get("score")).isEqualByComparingTo("86");
    assertThat(row.get("evaluation_level")).isEqualTo("CENTRAL");
    assertThat(row.get("issuing_level")).isEqualTo("PROVINCE");
    assertThat(decisionsOfProduct(province)).isEqualTo(1);

    List<Map<String, Object>> decided = outboxOfProduct(EventTypes.RECOGNITION_DECIDED, province);
    assertThat(decided).hasSize(1);
    JsonNode event = data(decided.get(0));
    assertThat(event.get("dossierId").asText()).isEqualTo(lowerId);
    assertThat(event.get("issuingLevel").asText()).isEqualTo("PROVINCE");
    assertThat(event.get("starClass").asInt()).isEqualTo(4);
    assertThat(event.get("score").decimalValue()).isEqualByComparingTo("86");
    assertThat(outboxOfProduct(EventTypes.RECOGNITION_REFUSED, province)).isEmpty();

    Api.as(Api.nationalOfficer())
        .get(DOSSIERS + "/{id}/chain", upperId)
        .then()
        .statusCode(200)
        .body("levels[1].status", equalTo("NOT_RECOGNISED"))
        .body("levels[1].decision", nullValue())
        .body("levels[1].history.kind", hasItem("REFERRED_BACK"))
        .body("levels[0].decision.evaluationLevel", equalTo("CENTRAL"));
  }

  @Test
  void aDecisionNotToRecogniseStatesItsReasonAndIsAnnouncedWithTheKind() {
    Fixtures.Scoring scoring = evaluatedAtProvince("75", "75", "75");
    String reason = "Không đáp ứng tiêu chí bắt buộc của sản phẩm OCOP 4 sao";
    String decisionId =
        decide(scoring.dossierId(), Api.officer(DAK_LAK), refused(reason))
            .then()
            .statusCode(201)
            .body("outcome", equalTo("NOT_RECOGNISED"))
            .body("reason", equalTo(reason))
            .body("issuingLevel", equalTo("PROVINCE"))
            .body("starClass", equalTo(4))
            .extract()
            .path("id");

    assertThat(dossierRow(scoring.dossierId()).get("status")).isEqualTo("NOT_RECOGNISED");
    List<Map<String, Object>> refusedEvents =
        outboxOfProduct(EventTypes.RECOGNITION_REFUSED, scoring);
    assertThat(refusedEvents).hasSize(1);
    assertThat(refusedEvents.get(0).get("topic")).isEqualTo("ocop.rating.recognition.v1");
    assertThat(refusedEvents.get(0).get("message_key")).isEqualTo(decisionId);
    JsonNode event = data(refusedEvents.get(0));
    assertThat(event.get("dossierKind").asText()).isEqualTo("NEW");
    assertThat(event.get("reason").asText()).isEqualTo(reason);
    assertThat(event.get("score").decimalValue()).isEqualByComparingTo("75");
    assertThat(outboxOfProduct(EventTypes.RECOGNITION_DECIDED, scoring)).isEmpty();

    Api.as(Api.officer(DAK_LAK))
        .queryParam("outcome", "NOT_RECOGNISED")
        .queryParam("provinceCode", DAK_LAK)
        .queryParam("pageSize", 200)
        .get(DECISIONS)
        .then()
        .statusCode(200)
        .body("items.id", hasItem(decisionId))
        .body("items.outcome", not(hasItem("RECOGNISED")));
    Api.as(Api.officer(DAK_LAK))
        .queryParam("outcome", "RECOGNISED")
        .queryParam("pageSize", 200)
        .get(DECISIONS)
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem(decisionId)));
    Api.as(Api.nationalOfficer())
        .queryParam("provinceCode", DAK_LAK)
        .queryParam("level", "PROVINCE")
        .queryParam("from", today().toString())
        .queryParam("to", today().toString())
        .queryParam("pageSize", 200)
        .get(DECISIONS)
        .then()
        .statusCode(200)
        .body("items.id", hasItem(decisionId));
    Api.as(Api.officer(Api.HA_TINH))
        .queryParam("pageSize", 200)
        .get(DECISIONS)
        .then()
        .statusCode(200)
        .body("items.provinceCode", not(hasItem(DAK_LAK)));
    Problems.problem(
        Api.as(Api.officer(Api.HA_TINH)).queryParam("provinceCode", DAK_LAK).get(DECISIONS),
        404,
        "NOT_FOUND");
    Problems.fieldProblem(
        Api.as(Api.nationalOfficer())
            .queryParam("from", today().toString())
            .queryParam("to", today().minusDays(1).toString())
            .get(DECISIONS),
        400,
        "VALIDATION_FAILED",
        "to",
        "notBeforeFrom");
    Problems.problem(Api.as(Api.member("someone", DAK_LAK)).get(DECISIONS), 403, "FORBIDDEN");
  }

  @Test
  void aTwoStarResultCanOnlyBeRefused() {
    Fixtures.Scoring scoring = evaluatedAtProvince("40", "40", "40");
    Map<String, Long> before = snapshot();
    Problems.problem(
        decide(scoring.dossierId(), Api.officer(DAK_LAK), recognised("UBND tỉnh Đắk Lắk")),
        409,
        "NOT_RECOGNISABLE");
    assertThat(snapshot()).isEqualTo(before);
    decide(scoring.dossierId(), Api.officer(DAK_LAK), refused("Chỉ đạt 2 sao"))
        .then()
        .statusCode(201)
        .body("outcome", equalTo("NOT_RECOGNISED"))
        .body("starClass", equalTo(2));
  }

  @Test
  void aResultBelowTheThresholdIsNotForwardedAndNothingIsWritten() {
    Fixtures.Scoring scoring = evaluatedAtProvince("85", "86", "87");
    Map<String, Long> before = snapshot();
    Problems.problem(forward(scoring.dossierId(), Api.officer(DAK_LAK)), 409, "NOT_FORWARDABLE")
        .body("detail", containsString("threshold of 90"));
    assertThat(snapshot()).isEqualTo(before);
    assertThat(dossierRow(scoring.dossierId()).get("status")).isEqualTo("EVALUATED");
  }

  @Test
  void onlyEvaluatedDossiersOfTheCallersProvinceAreForwarded() {
    Fixtures.Scoring scoring = Fixtures.dossierInEvaluation(DAK_LAK);
    Map<String, Long> before = snapshot();
    Problems.problem(
        forward(scoring.dossierId(), Api.officer(DAK_LAK)), 409, "DOSSIER_NOT_EVALUATED");
    Problems.problem(forward(scoring.dossierId(), Api.officer(Api.HA_TINH)), 404, "NOT_FOUND");
    Problems.problem(
        forward(scoring.dossierId(), Api.member(scoring.members().get(0), DAK_LAK)),
        403,
        "FORBIDDEN");
    Problems.problem(
        Api.as(Api.officer(Api.HA_TINH)).get(DOSSIERS + "/{id}/chain", scoring.dossierId()),
        404,
        "NOT_FOUND");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void badDecisionsAreRefusedAndWriteNothing() {
    Fixtures.Scoring scoring = evaluatedAtProvince("75", "75", "75");
    String id = scoring.dossierId();
    Map<String, Long> before = snapshot();

    Map<String, Object> noReason = refused("x");
    noReason.remove("reason");
    Problems.fieldProblem(
        decide(id, Api.officer(DAK_LAK), noReason),
        400,
        "VALIDATION_FAILED",
        "reason",
        "requiredWhenNotRecognised");
    Problems.fieldProblem(
        decide(id, Api.officer(DAK_LAK), refused("   ")),
        400,
        "VALIDATION_FAILED",
        "reason",
        "requiredWhenNotRecognised");
    Map<String, Object> reasonForRecognised = recognised("UBND tỉnh Đắk Lắk");
    reasonForRecognised.put("reason", "Đạt");
    Problems.fieldProblem(
        decide(id, Api.officer(DAK_LAK), reasonForRecognised),
        400,
        "VALIDATION_FAILED",
        "reason",
        "onlyWhenNotRecognised");
    Map<String, Object> future = refused("Không đạt");
    future.put("decisionDate", today().plusDays(1).toString());
    Problems.fieldProblem(
        decide(id, Api.officer(DAK_LAK), future),
        400,
        "VALIDATION_FAILED",
        "decisionDate",
        "PastOrPresent");
    Map<String, Object> early = recognised("UBND tỉnh Đắk Lắk");
    early.put("decisionDate", today().minusDays(1).toString());
    Problems.fieldProblem(
        decide(id, Api.officer(DAK_LAK), early),
        400,
        "VALIDATION_FAILED",
        "decisionDate",
        "notBeforeEvaluation");
    Map<String, Object> unknownOutcome = recognised("UBND tỉnh Đắk Lắk");
    unknownOutcome.put("outcome", "MAYBE");
    assertThat(decide(id, Api.officer(DAK_LAK), unknownOutcome).statusCode()).isEqualTo(400);

    assertThat(snapshot()).isEqualTo(before);
    assertThat(dossierRow(id).get("status")).isEqualTo("EVALUATED");
  }

  @Test
  void underDecision148ADistrictResultOf75GoesToTheProvince() {
    Fixtures.Scoring scoring = evaluatedAtProvince("75", "75", "75");
    // District councils cannot be constituted after July 2025: the result is moved to the district
    // level of the pre-2025 rule set directly, as the data of an old cycle would be.
    Sessions.execute(
        "update dossier set rule_set_version = 'QD148-2023', evaluation_level = 'DISTRICT'"
            + " where id = ?::uuid",
        scoring.dossierId());

    String provinceDossier =
        forward(scoring.dossierId(), Api.officer(DAK_LAK))
            .then()
            .statusCode(201)
            .body("fromLevel", equalTo("DISTRICT"))
            .body("toLevel", equalTo("PROVINCE"))
            .body("threshold", equalTo(70))
            .extract()
            .path("nominatedDossier.dossierId");
    Map<String, Object> row = dossierRow(provinceDossier);
    assertThat(row.get("evaluation_level")).isEqualTo("PROVINCE");
    assertThat(row.get("rule_set_version")).isEqualTo("QD148-2023");
    assertThat(row.get("status")).isEqualTo("SUBMITTED");
    assertThat(
            outboxPayload(EventTypes.DOSSIER_NOMINATED, scoring.dossierId())
                .get("toLevel")
                .asText())
        .isEqualTo("PROVINCE");
  }

  // ---- helpers ----

  private static Fixtures.Scoring evaluatedAtProvince(String... totals) {
    Fixtures.Scoring scoring = Fixtures.dossierInEvaluation(DAK_LAK);
    assertThat(Fixtures.scoreAll(scoring, DAK_LAK, totals)).isEqualTo("EVALUATED");
    return scoring;
  }

  private static String forwarded(String dossierId) {
    return forward(dossierId, Api.officer(DAK_LAK))
        .then()
        .statusCode(201)
        .extract()
        .path("nominatedDossier.dossierId");
  }

  private static Fixtures.Scoring scoreAtCentre(
      Fixtures.Scoring province, String upperId, String... totals) {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    List<String> members = List.of("tw.chair." + tag, "tw.member1." + tag, "tw.member2." + tag);
    String councilId = Central.constituteCouncil(members);
    Central.beforeOpenSession(upperId, councilId, members);
    Fixtures.Scoring central =
        new Fixtures.Scoring(province.cycleId(), councilId, upperId, province.product(), members);
    assertThat(Fixtures.scoreAll(central, DAK_LAK, totals)).isEqualTo("EVALUATED");
    return central;
  }

  private static Response forward(String dossierId, String token) {
    return Api.as(token).post(DOSSIERS + "/{id}/forward", dossierId);
  }

  private static Response decide(String dossierId, String token, Map<String, Object> body) {
    return Api.as(token).body(body).post(DOSSIERS + "/{id}/recognition", dossierId);
  }

  private static Map<String, Object> recognised(String issuingBody) {
    Map<String, Object> body = new HashMap<>();
    body.put("decisionNumber", "QĐ-" + UUID.randomUUID().toString().substring(0, 6));
    body.put("decisionDate", today().toString());
    body.put("issuingBody", issuingBody);
    return body;
  }

  private static Map<String, Object> refused(String reason) {
    Map<String, Object> body = recognised("UBND tỉnh Đắk Lắk");
    body.put("outcome", "NOT_RECOGNISED");
    body.put("reason", reason);
    return body;
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
  }

  private static Map<String, Object> dossierRow(String id) {
    return Tables.query("select * from dossier where id = ?::uuid", List.of(id)).get(0);
  }

  private static Map<String, Long> snapshot() {
    Map<String, Long> counts = new HashMap<>(Tables.snapshot());
    counts.put("dossier_routing_event", Tables.count("dossier_routing_event"));
    return counts;
  }

  private static JsonNode outboxPayload(String type, String key) {
    List<Map<String, Object>> rows =
        Tables.query(
            "select payload from outbox_event where event_type = ? and message_key = ?",
            List.of(type, key));
    assertThat(rows).as(type + " for " + key).hasSize(1);
    return data(rows.get(0));
  }

  private static List<Map<String, Object>> outboxOfProduct(String type, Fixtures.Scoring scoring) {
    return Tables.query(
        "select topic, message_key, payload from outbox_event where event_type = ? and payload"
            + " like ?",
        List.of(type, "%" + scoring.product().productId() + "%"));
  }

  private static long decisionsOfProduct(Fixtures.Scoring scoring) {
    return Tables.count(
        "select count(*) from recognition_decision where product_id = ?",
        List.of(scoring.product().productId()));
  }

  /** The event's payload: the data of its CloudEvents envelope. */
  private static JsonNode data(Map<String, Object> outboxRow) {
    return TestKafka.json((String) outboxRow.get("payload")).get("data");
  }
}
