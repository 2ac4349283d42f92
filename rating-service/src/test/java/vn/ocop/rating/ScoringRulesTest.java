package vn.ocop.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.ocop.rating.support.Problems.problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.contracts.EventTypes;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.rating.criteria.EvaluationSheet;
import vn.ocop.rating.support.Api;
import vn.ocop.rating.support.Boards;
import vn.ocop.rating.support.Fixtures;
import vn.ocop.rating.support.SheetAnswers;
import vn.ocop.rating.support.Tables;

/**
 * The scoring rules over the API with real sheets: totals computed from the options ticked, the
 * mean/median/spread and band, the spread rule's re-scoring round, the mandatory-criteria gate, and
 * who counts towards the result (attendance, conflicts, quorum, closing a round).
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "rating"))
class ScoringRulesTest {
  static final String DAK_LAK = Api.DAK_LAK;
  static final String DOSSIER = "/api/rating/v1/dossiers/{id}";
  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theResultIsTheMeanMedianSpreadAndBandOfTheTotalsComputedFromTheOptionsTicked() {
    Fixtures.Scoring scoring = Fixtures.dossierInEvaluation(DAK_LAK);
    Map<String, Map<String, String>> answersOf = new LinkedHashMap<>();
    int[] totals = {81, 78, 86};
    for (int i = 0; i < 3; i++) {
      String member = scoring.members().get(i);
      Map<String, String> answers = SheetAnswers.forTotal(Fixtures.PRODUCT_SET, totals[i]);
      answersOf.put(member, answers);
      Api.as(Api.member(member, DAK_LAK))
          .body(Fixtures.sheet(answers))
          .put(Boards.MINE, scoring.dossierId())
          .then()
          .statusCode(200)
          .body("total", comparesEqualTo(new BigDecimal(totals[i])))
          .body("productSet", equalTo(13))
          .body("criteriaVersion", equalTo("QD148-2023"))
          .body("scoringRound", equalTo(1))
          .body("dossierStatus", equalTo(i < 2 ? "IN_EVALUATION" : "EVALUATED"));
    }

    // (81 + 78 + 86) / 3 = 81.666… → 81.67, median 81, spread 86 − 78 = 8, band 70–90 → 4★.
    Map<String, Object> dossier = dossierRow(scoring.dossierId());
    assertThat(dossier.get("status")).isEqualTo("EVALUATED");
    assertThat((BigDecimal) dossier.get("average_score")).isEqualByComparingTo("81.67");
    assertThat((BigDecimal) dossier.get("median_score")).isEqualByComparingTo("81");
    assertThat((BigDecimal) dossier.get("score_spread")).isEqualByComparingTo("8");
    assertThat(dossier.get("band_star_class")).isEqualTo(4);
    assertThat(dossier.get("star_class")).isEqualTo(4);
    assertThat(dossier.get("score_sheet_count")).isEqualTo(3);
    Api.as(Api.officer(DAK_LAK))
        .get(DOSSIER, scoring.dossierId())
        .then()
        .body("result.averageScore", comparesEqualTo(new BigDecimal("81.67")))
        .body("result.medianScore", comparesEqualTo(new BigDecimal("81")))
        .body("result.scoreSpread", comparesEqualTo(new BigDecimal("8")))
        .body("result.bandStarClass", equalTo(4))
        .body("result.starClass", equalTo(4));

    EvaluationSheet sheet = SheetAnswers.sheet(Fixtures.PRODUCT_SET);
    for (Map.Entry<String, Map<String, String>> member : answersOf.entrySet()) {
      Map<String, Object> row =
          Tables.query(
                  "select id, total, part_a, part_b, part_c, scoring_round, product_set,"
                      + " criteria_version from score_sheet where dossier_id = ?::uuid"
                      + " and member_username = ?",
                  List.of(scoring.dossierId(), member.getKey()))
              .get(0);
      List<Map<String, Object>> answerRows =
          Tables.query(
              "select criterion_code, option_code, points from score_sheet_answer"
                  + " where sheet_id = ?",
              List.of(row.get("id")));
      Map<String, String> options = new HashMap<>();
      BigDecimal sum = BigDecimal.ZERO;
      for (Map<String, Object> answer : answerRows) {
        String code = (String) answer.get("criterion_code");
        String option = (String) answer.get("option_code");
        options.put(code, option);
        BigDecimal expected =
            option == null
                ? BigDecimal.ZERO
                : sheet.criterion(code).orElseThrow().option(option).orElseThrow().points();
        assertThat((BigDecimal) answer.get("points")).as(code).isEqualByComparingTo(expected);
        sum = sum.add((BigDecimal) answer.get("points"));
      }
      assertThat(options).isEqualTo(member.getValue());
      BigDecimal total = (BigDecimal) row.get("total");
      assertThat(total).isEqualByComparingTo(sum);
      assertThat(
              ((BigDecimal) row.get("part_a"))
                  .add((BigDecimal) row.get("part_b"))
                  .add((BigDecimal) row.get("part_c")))
          .isEqualByComparingTo(total);
      assertThat(row.get("scoring_round")).isEqualTo(1);
      assertThat(row.get("product_set")).isEqualTo(13);
      assertThat(row.get("criteria_version")).isEqualTo("QD148-2023");
    }
    assertThat(outcomes(scoring.dossierId()))
        .singleElement()
        .satisfies(
            outcome -> {
              assertThat(outcome.get("outcome")).isEqualTo("RESULT");
              assertThat(outcome.get("sheets")).isEqualTo(3);
              assertThat((BigDecimal) outcome.get("lowest_total")).isEqualByComparingTo("78");
              assertThat((BigDecimal) outcome.get("highest_total")).isEqualByComparingTo("86");
              assertThat((BigDecimal) outcome.get("max_spread")).isEqualByComparingTo("10");
              assertThat(outcome.get("decided_by")).isEqualTo(scoring.members().get(2));
            });
    JsonNode event = evaluationCompleted(scoring.dossierId());
    assertThat(event.get("averageScore").decimalValue()).isEqualByComparingTo("81.67");
    assertThat(event.get("medianScore").decimalValue()).isEqualByComparingTo("81");
    assertThat(event.get("scoreSpread").decimalValue()).isEqualByComparingTo("8");
    assertThat(event.get("bandStarClass").asInt()).isEqualTo(4);
    assertThat(event.get("starClass").asInt()).isEqualTo(4);
    assertThat(event.get("scoreSheets").asInt()).isEqualTo(3);
    assertThat(event.get("scoringRound").asInt()).isEqualTo(1);
  }

  @Test
  void totalsSpreadWiderThanTenPointsAreScoredAgainInASecondRound() {
    Fixtures.Scoring scoring = Fixtures.dossierInEvaluation(DAK_LAK);
    assertThat(Fixtures.scoreAll(scoring, DAK_LAK, "70", "85")).isEqualTo("IN_EVALUATION");
    Api.as(Api.member(scoring.members().get(2), DAK_LAK))
        .body(Fixtures.sheet(SheetAnswers.forTotal(Fixtures.PRODUCT_SET, 90)))
        .put(Boards.MINE, scoring.dossierId())
        .then()
        .statusCode(200)
        .body("scoringRound", equalTo(1))
        .body("dossierStatus", equalTo("IN_EVALUATION"))
        .body("dossierScoringRound", equalTo(2));

    Map<String, Object> dossier = dossierRow(scoring.dossierId());
    assertThat(dossier.get("status")).isEqualTo("IN_EVALUATION");
    assertThat(dossier.get("scoring_round")).isEqualTo(2);
    assertThat(dossier.get("average_score")).isNull();
    assertThat(evaluationsPublished(scoring.dossierId())).isZero();
    assertThat(outcomes(scoring.dossierId()))
        .singleElement()
        .satisfies(
            outcome -> {
              assertThat(outcome.get("scoring_round")).isEqualTo(1);
              assertThat(outcome.get("outcome")).isEqualTo("RESCORE_REQUIRED");
              assertThat((BigDecimal) outcome.get("spread")).isEqualByComparingTo("20");
              assertThat((BigDecimal) outcome.get("max_spread")).isEqualByComparingTo("10");
            });
    Api.as(Api.officer(DAK_LAK))
        .get(DOSSIER, scoring.dossierId())
        .then()
        .body("status", equalTo("IN_EVALUATION"))
        .body("result", nullValue());
    // A member's own sheet stays the round-1 sheet until they score again.
    Api.as(Api.member(scoring.members().get(0), DAK_LAK))
        .get(Boards.MINE, scoring.dossierId())
        .then()
        .statusCode(200)
        .body("scoringRound", equalTo(1))
        .body("total", comparesEqualTo(new BigDecimal("70")))
        .body("dossierScoringRound", equalTo(2));

    assertThat(Fixtures.scoreAll(scoring, DAK_LAK, "80", "84", "82")).isEqualTo("EVALUATED");

    assertThat(
            Tables.query(
                "select scoring_round, total from score_sheet where dossier_id = ?::uuid"
                    + " order by scoring_round, total",
                List.of(scoring.dossierId())))
        .extracting(
            row -> row.get("scoring_round") + "/" + ((BigDecimal) row.get("total")).intValue())
        .containsExactly("1/70", "1/85", "1/90", "2/80", "2/82", "2/84");
    dossier = dossierRow(scoring.dossierId());
    assertThat(dossier.get("status")).isEqualTo("EVALUATED");
    assertThat((BigDecimal) dossier.get("average_score")).isEqualByComparingTo("82");
    assertThat(dossier.get("score_sheet_count")).isEqualTo(3);
    assertThat(outcomes(scoring.dossierId()))
        .extracting(row -> row.get("scoring_round") + "/" + row.get("outcome"))
        .containsExactly("1/RESCORE_REQUIRED", "2/RESULT");
    JsonNode event = evaluationCompleted(scoring.dossierId());
    assertThat(event.get("scoringRound").asInt()).isEqualTo(2);
    assertThat(event.get("averageScore").decimalValue()).isEqualByComparingTo("82");
    assertThat(event.get("scoreSpread").decimalValue()).isEqualByComparingTo("4");
    assertThat(event.get("scoreSheets").asInt()).isEqualTo(3);
  }

  @Test
  void aMissedFourStarMinimumLowersTheStarClassBelowTheBand() {
    Fixtures.Scoring scoring = Fixtures.dossierInEvaluation(DAK_LAK);
    SheetAnswers.Missed missed = SheetAnswers.missingMinimumOf(Fixtures.PRODUCT_SET, 4);
    EvaluationSheet sheet = SheetAnswers.sheet(Fixtures.PRODUCT_SET);
    BigDecimal total = sheet.score(missed.answers()).total();
    int band = total.compareTo(new BigDecimal("90")) >= 0 ? 5 : 4;
    assertThat(total).isGreaterThanOrEqualTo(new BigDecimal("70"));
    for (String member : scoring.members()) {
      Api.as(Api.member(member, DAK_LAK))
          .body(Fixtures.sheet(missed.answers()))
          .put(Boards.MINE, scoring.dossierId())
          .then()
          .statusCode(200)
          .body("total", comparesEqualTo(total));
    }

    Map<String, Object> dossier = dossierRow(scoring.dossierId());
    assertThat(dossier.get("status")).isEqualTo("EVALUATED");
    assertThat((BigDecimal) dossier.get("average_score")).isEqualByComparingTo(total);
    assertThat(dossier.get("band_star_class")).isEqualTo(band);
    assertThat(dossier.get("star_class")).isEqualTo(3);
    Api.as(Api.officer(DAK_LAK))
        .get(DOSSIER, scoring.dossierId())
        .then()
        .body("result.bandStarClass", equalTo(band))
        .body("result.starClass", equalTo(3));
    JsonNode event = evaluationCompleted(scoring.dossierId());
    assertThat(event.get("bandStarClass").asInt()).isEqualTo(band);
    assertThat(event.get("starClass").asInt()).isEqualTo(3);
    BigDecimal minimum =
        sheet.criterion(missed.criterionCode()).orElseThrow().minimumPointsFor(4).orElseThrow();
    assertThat(
            Tables.query(
                "select a.points from score_sheet_answer a join score_sheet s on s.id = a.sheet_id"
                    + " where s.dossier_id = ?::uuid and a.criterion_code = ?",
                List.of(scoring.dossierId(), missed.criterionCode())))
        .hasSize(3)
        .allSatisfy(row -> assertThat((BigDecimal) row.get("points")).isLessThan(minimum));
  }

  @Test
  void aMemberAbsentFromTheSessionIsNotAwaitedAndDoesNotScore() {
    Boards.Board board = Boards.planned(DAK_LAK, 4);
    String absent = board.scoring().get(3);
    List<String> present =
        List.of(board.chair(), board.scoring().get(1), board.scoring().get(2), board.secretary());
    board.declareNone(present);
    board.open(present);
    board.score(board.chair(), 80).then().statusCode(200);
    board.score(board.scoring().get(1), 76).then().statusCode(200);

    board.declareNone(List.of(absent));
    Map<String, Long> before = Tables.snapshot();
    problem(board.score(absent, 90), 409, "NOT_A_SCORING_MEMBER");
    assertThat(Tables.snapshot()).isEqualTo(before);

    // 3 of 4 scoring members = 75%, the chair among them: every eligible member scored.
    board
        .score(board.scoring().get(2), 84)
        .then()
        .statusCode(200)
        .body("dossierStatus", equalTo("EVALUATED"));
    Map<String, Object> dossier = dossierRow(board.dossierId());
    assertThat((BigDecimal) dossier.get("average_score")).isEqualByComparingTo("80");
    assertThat(dossier.get("score_sheet_count")).isEqualTo(3);
    assertThat(evaluationsPublished(board.dossierId())).isEqualTo(1);
  }

  @Test
  void aMemberWithAConflictIsNotAwaitedAndCannotScore() {
    Boards.Board board = Boards.planned(DAK_LAK, 4);
    String conflicted = board.scoring().get(3);
    board.declareNone(
        List.of(board.chair(), board.scoring().get(1), board.scoring().get(2), board.secretary()));
    board.declareConflict(conflicted);
    board.open(board.everyone());

    board.score(board.chair(), 88).then().statusCode(200);
    Map<String, Long> before = Tables.snapshot();
    problem(board.score(conflicted, 95), 404, "NOT_FOUND");
    assertThat(Tables.snapshot()).isEqualTo(before);
    board.score(board.scoring().get(1), 84).then().body("dossierStatus", equalTo("IN_EVALUATION"));
    board
        .score(board.scoring().get(2), 80)
        .then()
        .statusCode(200)
        .body("dossierStatus", equalTo("EVALUATED"));
    Map<String, Object> dossier = dossierRow(board.dossierId());
    assertThat((BigDecimal) dossier.get("average_score")).isEqualByComparingTo("84");
    assertThat(dossier.get("score_sheet_count")).isEqualTo(3);
    assertThat(
            Tables.count(
                "select count(*) from score_sheet where dossier_id = ?::uuid and member_username = ?",
                List.of(board.dossierId(), conflicted)))
        .isZero();
  }

  @Test
  void theChairClosesARoundWithAQuorumOfSheetsAndNotWithFewer() {
    Boards.Board board = Boards.open(DAK_LAK, 4);
    String plain = board.scoring().get(3);
    board.score(board.chair(), 80).then().statusCode(200);
    board.score(board.scoring().get(1), 82).then().statusCode(200);

    Map<String, Long> before = Tables.snapshot();
    problem(board.score(board.secretary(), 80), 409, "NOT_A_SCORING_MEMBER");
    problem(board.close(Api.member(board.chair(), DAK_LAK)), 409, "QUORUM_NOT_MET")
        .body("detail", org.hamcrest.Matchers.containsString("2 of 4"));
    problem(board.close(Api.member(board.secretary(), DAK_LAK)), 409, "QUORUM_NOT_MET");
    problem(board.close(Api.member(plain, DAK_LAK)), 403, "NOT_CHAIR_OR_SECRETARY");
    problem(board.close(Api.officer(Api.HA_TINH)), 404, "NOT_FOUND");
    assertThat(Tables.snapshot()).isEqualTo(before);
    assertThat(outcomes(board.dossierId())).isEmpty();
    assertThat(dossierRow(board.dossierId()).get("status")).isEqualTo("IN_EVALUATION");

    board
        .score(board.scoring().get(2), 84)
        .then()
        .statusCode(200)
        .body("dossierStatus", equalTo("IN_EVALUATION"));
    problem(board.close(Api.member(plain, DAK_LAK)), 403, "NOT_CHAIR_OR_SECRETARY");
    board
        .close(Api.member(board.chair(), DAK_LAK))
        .then()
        .statusCode(200)
        .body("judgement", equalTo("EVALUATED"))
        .body("status", equalTo("EVALUATED"))
        .body("averageScore", comparesEqualTo(new BigDecimal("82")))
        .body("starClass", equalTo(4));
    assertThat(outcomes(board.dossierId()))
        .singleElement()
        .satisfies(
            outcome -> {
              assertThat(outcome.get("outcome")).isEqualTo("RESULT");
              assertThat(outcome.get("sheets")).isEqualTo(3);
              assertThat(outcome.get("decided_by")).isEqualTo(board.chair());
            });
    assertThat(dossierRow(board.dossierId()).get("score_sheet_count")).isEqualTo(3);
    assertThat(evaluationCompleted(board.dossierId()).get("scoreSheets").asInt()).isEqualTo(3);

    before = Tables.snapshot();
    problem(board.score(plain, 80), 409, "DOSSIER_NOT_IN_EVALUATION");
    problem(board.close(Api.member(board.chair(), DAK_LAK)), 409, "DOSSIER_NOT_IN_EVALUATION");
    assertThat(Tables.snapshot()).isEqualTo(before);
  }

  @Test
  void nobodyScoresBeforeTheSessionOpens() {
    Boards.Board board = Boards.planned(DAK_LAK, 3);
    board.declareNone(board.everyone());
    Map<String, Long> before = Tables.snapshot();
    problem(board.score(board.chair(), 80), 409, "SESSION_NOT_OPEN");
    problem(board.close(Api.officer(DAK_LAK)), 409, "SESSION_NOT_OPEN");
    assertThat(Tables.snapshot()).isEqualTo(before);

    board.open(board.everyone());
    board
        .score(board.chair(), 80)
        .then()
        .statusCode(200)
        .body("total", comparesEqualTo(new BigDecimal("80")));
  }

  // --- helpers ---

  private static Map<String, Object> dossierRow(String dossierId) {
    return Tables.query(
            "select status, average_score, median_score, score_spread, band_star_class,"
                + " star_class, score_sheet_count, scoring_round from dossier where id = ?::uuid",
            List.of(dossierId))
        .get(0);
  }

  private static List<Map<String, Object>> outcomes(String dossierId) {
    return Tables.query(
        "select scoring_round, outcome, sheets, lowest_total, highest_total, spread, max_spread,"
            + " decided_by from scoring_round_outcome where dossier_id = ?::uuid"
            + " order by scoring_round",
        List.of(dossierId));
  }

  private static long evaluationsPublished(String dossierId) {
    return Tables.count(
        "select count(*) from outbox_event where event_type = ? and message_key = ?",
        List.of(EventTypes.EVALUATION_COMPLETED, dossierId));
  }

  /** The data of the dossier's only EvaluationCompleted outbox row. */
  private static JsonNode evaluationCompleted(String dossierId) {
    List<Map<String, Object>> rows =
        Tables.query(
            "select payload from outbox_event where event_type = ? and message_key = ?",
            List.of(EventTypes.EVALUATION_COMPLETED, dossierId));
    assertThat(rows).hasSize(1);
    try {
      return JSON.readTree((String) rows.get(0).get("payload")).get("data");
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
