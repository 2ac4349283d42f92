package vn.ocop.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.ocop.rating.support.Problems.fieldProblem;
import static vn.ocop.rating.support.Problems.problem;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.rating.support.Api;
import vn.ocop.rating.support.Fixtures;
import vn.ocop.rating.support.SheetAnswers;
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
  void anOptionNotOnTheSheetIsRefusedNamingTheCriterion() {
    Map<String, String> answers = best();
    answers.put("A1a", "A1b-2");
    fieldProblem(submit(answers), 422, "INVALID_SHEET_ANSWER", "answers.A1a", "unknownOption");
    answers.put("A1a", "A1a-9");
    fieldProblem(submit(answers), 422, "INVALID_SHEET_ANSWER", "answers.A1a", "unknownOption")
        .body("errors", hasSize(1));
  }

  @Test
  void anUnknownOrMissingCriterionIsRefused() {
    Map<String, String> unknown = best();
    unknown.put("Z9", "Z9-1");
    fieldProblem(submit(unknown), 422, "INVALID_SHEET_ANSWER", "answers.Z9", "unknownCriterion");
    Map<String, String> missing = best();
    missing.remove("C7a");
    fieldProblem(submit(missing), 422, "INVALID_SHEET_ANSWER", "answers.C7a", "missing");
    // "None applies" is a 0-point option to tick where the sheet has one.
    Map<String, String> none = best();
    none.put("A1b", null);
    fieldProblem(submit(none), 422, "INVALID_SHEET_ANSWER", "answers.A1b", "noneNotAllowed");
  }

  @Test
  void aSheetOfAnotherProductSetIsRefused() {
    Map<String, Object> body = new HashMap<>();
    body.put("productSet", 1);
    body.put("answers", SheetAnswers.best(1));
    fieldProblem(
            Api.as(chair).body(body).put(MINE, scoring.dossierId()),
            422,
            "UNPROCESSABLE",
            "productSet",
            "sameAsDossier")
        .body("detail", containsString("13"));
  }

  @Test
  void missingOrMalformedAnswersAreRefused() {
    fieldProblem(
        Api.as(chair).body("{\"productSet\":13}").put(MINE, scoring.dossierId()),
        400,
        "VALIDATION_FAILED",
        "answers",
        "NotNull");
    Map<String, Object> set27 = new HashMap<>();
    set27.put("productSet", 27);
    set27.put("answers", best());
    fieldProblem(
        Api.as(chair).body(set27).put(MINE, scoring.dossierId()),
        400,
        "VALIDATION_FAILED",
        "productSet",
        "Max");
    problem(
        Api.as(chair).body("{\"answers\":[\"A1a-3\"]}").put(MINE, scoring.dossierId()),
        400,
        "MALFORMED_REQUEST");
    fieldProblem(
        Api.as(chair).body("{\"answers\":").put(MINE, scoring.dossierId()),
        400,
        "MALFORMED_REQUEST",
        "body",
        "syntax");
  }

  @Test
  void aSecondSheetInTheSameRoundIsRefused() {
    submit(SheetAnswers.forTotal(Fixtures.PRODUCT_SET, 80)).then().statusCode(200);
    before = Tables.snapshot();
    problem(submit(best()), 409, "SCORE_SHEET_ALREADY_SUBMITTED")
        .body("detail", containsString("never changed"));
    assertThat(
            Tables.query(
                "select total from score_sheet where dossier_id = ?::uuid",
                List.of(scoring.dossierId())))
        .singleElement()
        .satisfies(row -> assertThat((BigDecimal) row.get("total")).isEqualByComparingTo("80"));
  }

  @Test
  void aMemberWithAConflictOfInterestCannotScore() {
    Map<String, Object> conflict = new HashMap<>();
    conflict.put("declaration", "CONFLICT");
    conflict.put("kind", "RELATIVE");
    conflict.put("note", "Vợ tôi là thành viên hợp tác xã");
    String sessionId =
        Tables.query(
                "select session_id from dossier where id = ?::uuid", List.of(scoring.dossierId()))
            .get(0)
            .get("session_id")
            .toString();
    Api.as(chair)
        .body(conflict)
        .post(
            "/api/rating/v1/sessions/{s}/dossiers/{d}/declarations", sessionId, scoring.dossierId())
        .then()
        .statusCode(201);
    before = Tables.snapshot();
    problem(submit(best()), 404, "NOT_FOUND");
  }

  @Test
  void aCouncilMemberWhoDoesNotSitOnTheCouncilCannotScore() {
    problem(
        Api.as(Api.member("daklak.outsider", DAK_LAK))
            .body(Fixtures.sheet(best()))
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
        Api.as(Api.officer(DAK_LAK)).body(Fixtures.sheet(best())).put(MINE, scoring.dossierId()),
        403,
        "FORBIDDEN");
  }

  @Test
  void aDossierWithoutCouncilCannotBeScored() {
    String cycleId = Fixtures.openCycle(DAK_LAK);
    String dossierId = Fixtures.submitDossier(DAK_LAK, cycleId, scoring.product().productId());
    before = Tables.snapshot();
    problem(Api.as(chair).body(Fixtures.sheet(best())).put(MINE, dossierId), 404, "NOT_FOUND");
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

  private Response submit(Map<String, String> answers) {
    return Api.as(chair).body(Fixtures.sheet(answers)).put(MINE, scoring.dossierId());
  }

  private static Map<String, String> best() {
    return new HashMap<>(SheetAnswers.best(Fixtures.PRODUCT_SET));
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
