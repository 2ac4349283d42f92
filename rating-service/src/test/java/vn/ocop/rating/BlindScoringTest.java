package vn.ocop.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.rating.support.Api;
import vn.ocop.rating.support.Fixtures;
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
    Api.as(chair).body("{\"total\":91.37}").put(MINE, scoring.dossierId()).then().statusCode(200);

    String seenByMember1 =
        Api.as(member1)
            .get(DOSSIER, scoring.dossierId())
            .then()
            .statusCode(200)
            .body("status", equalTo("IN_EVALUATION"))
            .body("result", nullValue())
            .extract()
            .asString();
    assertThat(seenByMember1).doesNotContain("91.37").doesNotContain("averageScore");
    Api.as(member1).get(MINE, scoring.dossierId()).then().statusCode(404);

    // The chair sees their own sheet, still no result.
    Api.as(chair)
        .get(MINE, scoring.dossierId())
        .then()
        .statusCode(200)
        .body("member", equalTo(scoring.members().get(0)))
        .body("total", comparesEqualTo(new BigDecimal("91.37")));
    Api.as(chair).get(DOSSIER, scoring.dossierId()).then().body("result", nullValue());
  }

  @Test
  void officersSeeTheResultOnlyAfterEveryMemberScored() {
    Fixtures.Scoring scoring = Fixtures.dossierInEvaluation(DAK_LAK);
    String officer = Api.officer(DAK_LAK);
    List<String> totals = List.of("40.5", "61.25");
    for (int i = 0; i < totals.size(); i++) {
      Api.as(Api.member(scoring.members().get(i), DAK_LAK))
          .body("{\"total\":" + totals.get(i) + "}")
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
      assertThat(seenByOfficer).doesNotContain("40.5").doesNotContain("61.25");
    }
    Api.as(Api.member(scoring.members().get(2), DAK_LAK))
        .body("{\"total\":58}")
        .put(MINE, scoring.dossierId())
        .then()
        .statusCode(200)
        .body("dossierStatus", equalTo("EVALUATED"));
    // (40.5 + 61.25 + 58) / 3 = 53.25 → 3★
    Api.as(officer)
        .get(DOSSIER, scoring.dossierId())
        .then()
        .body("status", equalTo("EVALUATED"))
        .body("result.averageScore", comparesEqualTo(new BigDecimal("53.25")))
        .body("result.starClass", equalTo(3))
        .body("result.scoreSheets", equalTo(3));
  }

  @Test
  void aMemberMayReplaceTheirSheetUntilTheResultIsKnown() {
    Fixtures.Scoring scoring = Fixtures.dossierInEvaluation(DAK_LAK);
    String chair = Api.member(scoring.members().get(0), DAK_LAK);
    Api.as(chair).body("{\"total\":60}").put(MINE, scoring.dossierId()).then().statusCode(200);
    Api.as(chair)
        .body("{\"total\":72.25}")
        .put(MINE, scoring.dossierId())
        .then()
        .statusCode(200)
        .body("total", comparesEqualTo(new BigDecimal("72.25")));
    assertThat(
            Tables.query(
                "select total from score_sheet where dossier_id = ?::uuid",
                List.of(scoring.dossierId())))
        .singleElement()
        .satisfies(row -> assertThat((BigDecimal) row.get("total")).isEqualByComparingTo("72.25"));

    Fixtures.scoreAll(scoring, DAK_LAK, "72.25", "70", "70");
    long sheets = Tables.count("score_sheet");
    Api.as(chair)
        .body("{\"total\":99}")
        .put(MINE, scoring.dossierId())
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("code", equalTo("DOSSIER_NOT_IN_EVALUATION"));
    assertThat(Tables.count("score_sheet")).isEqualTo(sheets);
    Api.as(chair)
        .get(MINE, scoring.dossierId())
        .then()
        .body("total", comparesEqualTo(new BigDecimal("72.25")));
  }
}
