package vn.ocop.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static vn.ocop.rating.support.Problems.problem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.rating.support.Api;
import vn.ocop.rating.support.Fixtures;
import vn.ocop.rating.support.SheetAnswers;
import vn.ocop.rating.support.Tables;

/** Members score blind: nobody sees another member's sheet, and nobody sees a partial average. */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "rating"))
class BlindScoringTest {
  static final String DAK_LAK = Api.DAK_LAK;
  static final String DOSSIER = "/api/rating/v1/dossiers/{id}";
  static final String MINE = "/api/rating/v1/dossiers/{id}/score-sheets/mine";

  @Test
  void aMemberWhoHasNotScoredSeesNoOtherScoreAndNoAverage() {
    Fixtures.Scoring scoring = Fixtures.dossierInEvaluation(DAK_LAK);
    String chair = Api.member(scoring.members().get(0), DAK_LAK);
    String member1 = Api.member(scoring.members().get(1), DAK_LAK);
    problem(Api.as(chair).get(MINE, scoring.dossierId()), 404, "NOT_FOUND");
    Map<String, String> answers = SheetAnswers.forTotal(Fixtures.PRODUCT_SET, 91);
    Api.as(chair)
        .body(Fixtures.sheet(answers))
        .put(MINE, scoring.dossierId())
        .then()
        .statusCode(200)
        .body("dossierStatus", equalTo("IN_EVALUATION"));

    String seenByMember1 =
        Api.as(member1)
            .get(DOSSIER, scoring.dossierId())
            .then()
            .statusCode(200)
            .body("status", equalTo("IN_EVALUATION"))
            .body("result", nullValue())
            .extract()
            .asString();
    assertThat(seenByMember1)
        .doesNotContain("91.00")
        .doesNotContain("averageScore")
        .doesNotContain(scoring.members().get(0));
    problem(Api.as(member1).get(MINE, scoring.dossierId()), 404, "NOT_FOUND");

    // The chair sees their own sheet, option by option, still no result.
    Api.as(chair)
        .get(MINE, scoring.dossierId())
        .then()
        .statusCode(200)
        .body("member", equalTo(scoring.members().get(0)))
        .body("total", comparesEqualTo(new BigDecimal("91")))
        .body("answers", hasSize(answers.size()))
        .body("answers.find { it.criterion == 'A1a' }.option", equalTo(answers.get("A1a")));
    Api.as(chair).get(DOSSIER, scoring.dossierId()).then().body("result", nullValue());
  }

  @Test
  void officersSeeTheResultOnlyAfterEveryMemberScored() {
    Fixtures.Scoring scoring = Fixtures.dossierInEvaluation(DAK_LAK);
    String officer = Api.officer(DAK_LAK);
    List<Integer> totals = List.of(52, 60);
    for (int i = 0; i < totals.size(); i++) {
      Api.as(Api.member(scoring.members().get(i), DAK_LAK))
          .body(Fixtures.sheet(SheetAnswers.forTotal(Fixtures.PRODUCT_SET, totals.get(i))))
          .put(MINE, scoring.dossierId())
          .then()
          .statusCode(200)
          .body("dossierStatus", equalTo("IN_EVALUATION"));
      String seenByOfficer =
          Api.as(officer)
              .get(DOSSIER, scoring.dossierId())
              .then()
              .statusCode(200)
              .body("result", nullValue())
              .extract()
              .asString();
      assertThat(seenByOfficer).doesNotContain("52.00").doesNotContain("60.00");
    }
    Api.as(Api.member(scoring.members().get(2), DAK_LAK))
        .body(Fixtures.sheet(SheetAnswers.forTotal(Fixtures.PRODUCT_SET, 55)))
        .put(MINE, scoring.dossierId())
        .then()
        .statusCode(200)
        .body("dossierStatus", equalTo("EVALUATED"));
    // (52 + 60 + 55) / 3 = 55.67 → 3★; median 55, spread 8
    Api.as(officer)
        .get(DOSSIER, scoring.dossierId())
        .then()
        .body("status", equalTo("EVALUATED"))
        .body("result.averageScore", comparesEqualTo(new BigDecimal("55.67")))
        .body("result.medianScore", comparesEqualTo(new BigDecimal("55")))
        .body("result.scoreSpread", comparesEqualTo(new BigDecimal("8")))
        .body("result.bandStarClass", equalTo(3))
        .body("result.starClass", equalTo(3))
        .body("result.scoreSheets", equalTo(3));
  }

  @Test
  void aSubmittedSheetIsNeverChanged() {
    Fixtures.Scoring scoring = Fixtures.dossierInEvaluation(DAK_LAK);
    String chair = Api.member(scoring.members().get(0), DAK_LAK);
    Api.as(chair)
        .body(Fixtures.sheet(SheetAnswers.forTotal(Fixtures.PRODUCT_SET, 60)))
        .put(MINE, scoring.dossierId())
        .then()
        .statusCode(200);
    Map<String, Long> before = Tables.snapshot();
    problem(
        Api.as(chair)
            .body(Fixtures.sheet(SheetAnswers.forTotal(Fixtures.PRODUCT_SET, 72)))
            .put(MINE, scoring.dossierId()),
        409,
        "SCORE_SHEET_ALREADY_SUBMITTED");
    assertThat(Tables.snapshot()).isEqualTo(before);
    assertThat(
            Tables.query(
                "select total from score_sheet where dossier_id = ?::uuid",
                List.of(scoring.dossierId())))
        .singleElement()
        .satisfies(row -> assertThat((BigDecimal) row.get("total")).isEqualByComparingTo("60"));

    Fixtures.Scoring others =
        new Fixtures.Scoring(
            scoring.cycleId(),
            scoring.councilId(),
            scoring.dossierId(),
            scoring.product(),
            scoring.members().subList(1, 3));
    assertThat(Fixtures.scoreAll(others, DAK_LAK, "62", "65")).isEqualTo("EVALUATED");
    before = Tables.snapshot();
    problem(
        Api.as(chair)
            .body(Fixtures.sheet(SheetAnswers.best(Fixtures.PRODUCT_SET)))
            .put(MINE, scoring.dossierId()),
        409,
        "DOSSIER_NOT_IN_EVALUATION");
    assertThat(Tables.snapshot()).isEqualTo(before);
    Api.as(chair)
        .get(MINE, scoring.dossierId())
        .then()
        .body("total", comparesEqualTo(new BigDecimal("60")))
        .body("dossierStatus", equalTo("EVALUATED"));
  }
}
