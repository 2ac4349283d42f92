package vn.ocop.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.ocop.rating.support.Problems.fieldProblem;
import static vn.ocop.rating.support.Problems.problem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.rating.support.Api;
import vn.ocop.rating.support.Fixtures;
import vn.ocop.rating.support.Tables;

/** Bad score sheets and recognition decisions: 4xx problem+json, nothing written. */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "rating"))
class ScoringAndRecognitionInputTest {
  static final String MINE = "/api/rating/v1/dossiers/{id}/score-sheets/mine";
  static final String RECOGNITION = "/api/rating/v1/dossiers/{id}/recognition";
  static final String DAK_LAK = Api.DAK_LAK;

  Fixtures.Scoring scoring;
  String chair;
  Map<String, Long> before;

  @BeforeEach
  void aDossierInEvaluation() {
    scoring = Fixtures.dossierInEvaluation(DAK_LAK);
    chair = Api.member(scoring.members().get(0), DAK_LAK);
    before = Tables.snapshot();
  }

  @AfterEach
  void nothingWasWritten() {
    assertThat(Tables.snapshot()).isEqualTo(before);
  }

  @Test
  void aScoreAboveHundredIsRefused() {
    fieldProblem(
        Api.as(chair).body("{\"total\":101}").put(MINE, scoring.dossierId()),
        400,
        "VALIDATION_FAILED",
        "total",
        "DecimalMax");
  }

  @Test
  void aNegativeScoreIsRefused() {
    fieldProblem(
        Api.as(chair).body("{\"total\":-1}").put(MINE, scoring.dossierId()),
        400,
        "VALIDATION_FAILED",
        "total",
        "DecimalMin");
  }

  @Test
  void aScoreWithMoreThanTwoDecimalsIsRefused() {
    fieldProblem(
        Api.as(chair).body("{\"total\":82.555}").put(MINE, scoring.dossierId()),
        400,
        "VALIDATION_FAILED",
        "total",
        "Digits");
  }

  @Test
  void aMissingOrNonNumericScoreIsRefused() {
    fieldProblem(
        Api.as(chair).body("{}").put(MINE, scoring.dossierId()),
        400,
        "VALIDATION_FAILED",
        "total",
        "NotNull");
    fieldProblem(
        Api.as(chair).body("{\"total\":\"high\"}").put(MINE, scoring.dossierId()),
        400,
        "MALFORMED_REQUEST",
        "total",
        "type");
    fieldProblem(
        Api.as(chair).body("{\"total\":").put(MINE, scoring.dossierId()),
        400,
        "MALFORMED_REQUEST",
        "body",
        "syntax");
  }

  @Test
  void aCouncilMemberWhoDoesNotSitOnTheCouncilCannotScore() {
    problem(
        Api.as(Api.member("daklak.outsider", DAK_LAK))
            .body("{\"total\":80}")
            .put(MINE, scoring.dossierId()),
        404,
        "NOT_FOUND");
    problem(
        Api.as(Api.member("daklak.outsider", DAK_LAK))
            .get("/api/rating/v1/dossiers/{id}", scoring.dossierId()),
        404,
        "NOT_FOUND");
  }

  @Test
  void officersDoNotScore() {
    problem(
        Api.as(Api.officer(DAK_LAK)).body("{\"total\":80}").put(MINE, scoring.dossierId()),
        403,
        "FORBIDDEN");
  }

  @Test
  void aDossierWithoutCouncilCannotBeScored() {
    String cycleId = Fixtures.openCycle(DAK_LAK);
    String dossierId = Fixtures.submitDossier(DAK_LAK, cycleId, scoring.product().productId());
    before = Tables.snapshot();
    problem(Api.as(chair).body("{\"total\":80}").put(MINE, dossierId), 404, "NOT_FOUND");
  }

  @Test
  void aDecisionBeforeTheEvaluationIsRefused() {
    problem(
        Api.as(Api.officer(DAK_LAK)).body(decision(today())).post(RECOGNITION, scoring.dossierId()),
        409,
        "DOSSIER_NOT_EVALUATED");
  }

  @Test
  void aTwoStarResultCannotBeRecognised() {
    Fixtures.scoreAll(scoring, DAK_LAK, "40", "45", "35");
    before = Tables.snapshot();
    problem(
            Api.as(Api.officer(DAK_LAK))
                .body(decision(today()))
                .post(RECOGNITION, scoring.dossierId()),
            409,
            "NOT_RECOGNISABLE")
        .body("detail", containsString("2★"));
    assertDossierStillEvaluated();
  }

  @Test
  void aFiveStarResultIsForTheCentreNotTheProvince() {
    Fixtures.scoreAll(scoring, DAK_LAK, "95", "92", "90");
    before = Tables.snapshot();
    problem(
            Api.as(Api.officer(DAK_LAK))
                .body(decision(today()))
                .post(RECOGNITION, scoring.dossierId()),
            409,
            "LEVEL_NOT_COMPETENT")
        .body("detail", containsString("CENTRAL"))
        .body("detail", containsString("centre"));
    assertDossierStillEvaluated();
  }

  @Test
  void aDecisionDatedInTheFutureOrBeforeTheEvaluationIsRefused() {
    Fixtures.scoreAll(scoring, DAK_LAK, "75", "80", "85");
    before = Tables.snapshot();
    fieldProblem(
        Api.as(Api.officer(DAK_LAK))
            .body(decision(today().plusDays(1)))
            .post(RECOGNITION, scoring.dossierId()),
        400,
        "VALIDATION_FAILED",
        "decisionDate",
        "PastOrPresent");
    fieldProblem(
        Api.as(Api.officer(DAK_LAK))
            .body(decision(today().minusDays(1)))
            .post(RECOGNITION, scoring.dossierId()),
        400,
        "VALIDATION_FAILED",
        "decisionDate",
        "notBeforeEvaluation");
    assertDossierStillEvaluated();
  }

  @Test
  void aDecisionWithMissingOrMalformedFieldsIsRefused() {
    Fixtures.scoreAll(scoring, DAK_LAK, "75", "80", "85");
    before = Tables.snapshot();
    var missing = Api.as(Api.officer(DAK_LAK)).body("{}").post(RECOGNITION, scoring.dossierId());
    fieldProblem(missing, 400, "VALIDATION_FAILED", "decisionNumber", "NotBlank");
    fieldProblem(missing, 400, "VALIDATION_FAILED", "decisionDate", "NotNull");
    fieldProblem(missing, 400, "VALIDATION_FAILED", "issuingBody", "NotBlank");
    fieldProblem(
        Api.as(Api.officer(DAK_LAK))
            .body(
                "{\"decisionNumber\":\"1/QĐ-UBND\",\"decisionDate\":\"20/11/2026\","
                    + "\"issuingBody\":\"UBND tỉnh Đắk Lắk\"}")
            .post(RECOGNITION, scoring.dossierId()),
        400,
        "MALFORMED_REQUEST",
        "decisionDate",
        "type");
    assertDossierStillEvaluated();
  }

  @Test
  void anOfficerOfAnotherProvinceCannotRecogniseTheDossier() {
    Fixtures.scoreAll(scoring, DAK_LAK, "75", "80", "85");
    before = Tables.snapshot();
    problem(
        Api.as(Api.officer(Api.HA_TINH))
            .body(decision(today()))
            .post(RECOGNITION, scoring.dossierId()),
        404,
        "NOT_FOUND");
    problem(
        Api.as(Api.officer(Api.HA_TINH)).get(RECOGNITION, scoring.dossierId()), 404, "NOT_FOUND");
    assertDossierStillEvaluated();
  }

  private void assertDossierStillEvaluated() {
    Api.as(Api.officer(DAK_LAK))
        .get("/api/rating/v1/dossiers/{id}", scoring.dossierId())
        .then()
        .body("status", equalTo("EVALUATED"));
    problem(Api.as(Api.officer(DAK_LAK)).get(RECOGNITION, scoring.dossierId()), 404, "NOT_FOUND");
    assertThat(
            Tables.count(
                "select count(*) from recognition_decision where dossier_id = ?::uuid",
                List.of(scoring.dossierId())))
        .isZero();
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
  }

  private static Map<String, String> decision(LocalDate date) {
    return Map.of(
        "decisionNumber",
        "1234/QĐ-UBND",
        "decisionDate",
        date.toString(),
        "issuingBody",
        "UBND tỉnh Đắk Lắk");
  }
}
