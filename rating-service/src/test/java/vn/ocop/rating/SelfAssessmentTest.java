package vn.ocop.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.ocop.rating.support.Api.DAK_LAK;
import static vn.ocop.rating.support.Problems.fieldProblem;
import static vn.ocop.rating.support.Problems.problem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.rating.support.Api;
import vn.ocop.rating.support.Dossiers;
import vn.ocop.rating.support.Fixtures;
import vn.ocop.rating.support.Registry;
import vn.ocop.rating.support.SheetAnswers;
import vn.ocop.rating.support.Tables;

/**
 * The subject's self-assessment (tự đánh giá) on the council's own sheet: scored by the service,
 * gated like a council result, editable only while the dossier is, and scoped to the subject.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "rating"))
class SelfAssessmentTest {
  private static final String PATH = Dossiers.DOSSIERS + "/{id}/self-assessment";

  @Test
  void theSubjectScoresItsOwnProductOnTheSheetAndSeesTheStarItClaims() {
    Registry.Product product = Dossiers.productInCommune(DAK_LAK, "24201");
    String subject = Dossiers.subject(product);
    String id = Dossiers.open(subject, Fixtures.openCycle(DAK_LAK), product, "NEW");

    Map<String, String> answers = SheetAnswers.forTotal(Fixtures.PRODUCT_SET, 84);
    Api.as(subject)
        .body(Map.of("answers", answers))
        .put(PATH, id)
        .then()
        .statusCode(200)
        .body("total", comparesEqualTo(new java.math.BigDecimal("84")))
        .body("bandStarClass", equalTo(4))
        .body("starClass", equalTo(4))
        .body("productSet", equalTo(13))
        .body("answers", org.hamcrest.Matchers.hasSize(answers.size()));
    assertThat(
            Tables.count(
                "select sum(points) from self_assessment_answer where dossier_id = ?::uuid",
                List.of(id)))
        .isEqualTo(84);

    // Replaced whole while the dossier is a draft: a high total missing a 4★ minimum is 3★.
    SheetAnswers.Missed missed = SheetAnswers.missingMinimumOf(Fixtures.PRODUCT_SET, 4);
    Api.as(subject)
        .body(Map.of("answers", missed.answers()))
        .put(PATH, id)
        .then()
        .statusCode(200)
        .body("bandStarClass", equalTo(5))
        .body("starClass", equalTo(3))
        .body("missedMinimums.criterion", hasItem(missed.criterionCode()));
    assertThat(
            Tables.count(
                "select count(*) from self_assessment where dossier_id = ?::uuid", List.of(id)))
        .isEqualTo(1);
    // Written with native SQL, audited explicitly: a creation, then a replacement, by the subject.
    assertThat(
            Tables.count(
                "select count(*) from audit_entry where record_type = 'SelfAssessment'"
                    + " and record_id = ? and action = 'CREATE' and (after ->> 'starClass') = '4'",
                List.of(id)))
        .isEqualTo(1);
    assertThat(
            Tables.count(
                "select count(*) from audit_entry where record_type = 'SelfAssessment'"
                    + " and record_id = ? and action = 'UPDATE' and (after ->> 'starClass') = '3'"
                    + " and actor = ?",
                List.of(id, "member." + product.subjectId().toString().substring(0, 8))))
        .isEqualTo(1);

    // The province office reads it; after submission nobody changes it.
    Api.as(Api.officer(DAK_LAK))
        .get(PATH, id)
        .then()
        .statusCode(200)
        .body("starClass", equalTo(3))
        .body("assessedBy", equalTo("member." + product.subjectId().toString().substring(0, 8)));
    Api.as(subject).post(Dossiers.DOSSIERS + "/{id}/submission", id).then().statusCode(200);
    problem(
        Api.as(subject).body(Map.of("answers", answers)).put(PATH, id),
        409,
        "DOSSIER_NOT_EDITABLE");
    Api.as(subject).get(PATH, id).then().statusCode(200).body("starClass", equalTo(3));
  }

  @Test
  void answersThatDoNotFitTheSheetAndForeignCallersWriteNothing() {
    Registry.Product product = Dossiers.productInCommune(DAK_LAK, "24201");
    String subject = Dossiers.subject(product);
    String id = Dossiers.open(subject, Fixtures.openCycle(DAK_LAK), product, "NEW");
    long before = Tables.count("self_assessment");

    Map<String, String> wrong = new LinkedHashMap<>(SheetAnswers.best(Fixtures.PRODUCT_SET));
    wrong.put("A1a", "A1b-1");
    wrong.remove("B4a");
    wrong.put("Z9z", "Z9z-1");
    var response = Api.as(subject).body(Map.of("answers", wrong)).put(PATH, id);
    fieldProblem(response, 422, "INVALID_SHEET_ANSWER", "answers.A1a", "unknownOption");
    fieldProblem(response, 422, "INVALID_SHEET_ANSWER", "answers.B4a", "missing");
    fieldProblem(response, 422, "INVALID_SHEET_ANSWER", "answers.Z9z", "unknownCriterion");

    problem(
        Api.as(subject).contentType("application/json").body("{\"answers\":").put(PATH, id),
        400,
        "MALFORMED_REQUEST");
    fieldProblem(
        Api.as(subject).body(Map.of("note", "no answers")).put(PATH, id),
        400,
        "VALIDATION_FAILED",
        "answers",
        "NotNull");

    Registry.Product other = Dossiers.productInCommune(DAK_LAK, "24201");
    problem(
        Api.as(Dossiers.subject(other))
            .body(Map.of("answers", SheetAnswers.best(Fixtures.PRODUCT_SET)))
            .put(PATH, id),
        404,
        "NOT_FOUND");
    problem(
        Api.as(Api.nationalOfficer())
            .body(Map.of("answers", SheetAnswers.best(Fixtures.PRODUCT_SET)))
            .put(PATH, id),
        403,
        "FORBIDDEN");
    problem(Api.as(Api.officer(Api.HA_TINH)).get(PATH, id), 404, "NOT_FOUND");
    assertThat(Tables.count("self_assessment")).isEqualTo(before);
  }
}
