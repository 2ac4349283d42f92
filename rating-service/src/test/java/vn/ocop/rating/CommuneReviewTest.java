package vn.ocop.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.ocop.rating.support.Dossiers.DOSSIERS;
import static vn.ocop.rating.support.Problems.fieldProblem;
import static vn.ocop.rating.support.Problems.problem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.rating.support.Api;
import vn.ocop.rating.support.Dossiers;
import vn.ocop.rating.support.Fixtures;
import vn.ocop.rating.support.Registry;
import vn.ocop.rating.support.Tables;

/** The commune's pre-review of submitted dossiers under Decision 1489. */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "rating"))
class CommuneReviewTest {
  static final String DAK_LAK = Api.DAK_LAK;

  static String review(String opinion, String reason, String minutes) {
    return "{\"minutesNumber\":\""
        + minutes
        + "\",\"minutesDate\":\"2026-01-15\",\"findings\":["
        + "{\"criterionCode\":\"A1a\",\"finding\":\"Nguyên liệu tại xã\",\"satisfied\":true},"
        + "{\"criterionCode\":\"A4\",\"finding\":\"Lao động địa phương 12 người\","
        + "\"satisfied\":false}],\"chairmanOpinion\":\""
        + opinion
        + "\""
        + (reason == null ? "" : ",\"reason\":\"" + reason + "\"")
        + "}";
  }

  @Test
  void theCommuneReviewsASubmittedDossierAndALaterReviewSupersedesIt() {
    Registry.Product product = Dossiers.productInCommune(DAK_LAK, "24300");
    String subject = Dossiers.subject(product);
    String id = Dossiers.open(subject, Fixtures.openCycle(DAK_LAK), product, "NEW");
    String commune = Dossiers.communeOfficer(DAK_LAK, "24300");
    String path = DOSSIERS + "/{id}/commune-review";
    problem(
        Api.as(commune).body(review("FORWARD", null, "1/BB")).post(path, id),
        409,
        "DOSSIER_NOT_SUBMITTED");
    Api.as(subject).post(DOSSIERS + "/{id}/submission", id).then().statusCode(200);

    Map<String, Long> before = counts();
    fieldProblem(
        Api.as(commune).body(review("NOT_FORWARD", null, "1/BB")).post(path, id),
        400,
        "VALIDATION_FAILED",
        "reason",
        "RequiredWhenNotForward");
    fieldProblem(
        Api.as(commune).body(review("FORWARD", null, "1/BB").replace("A4", "Z9")).post(path, id),
        400,
        "VALIDATION_FAILED",
        "findings[1].criterionCode",
        "Pattern");
    problem(
        Api.as(Dossiers.communeOfficer(DAK_LAK, "24399"))
            .body(review("FORWARD", null, "1/BB"))
            .post(path, id),
        404,
        "NOT_FOUND");
    problem(Api.as(subject).body(review("FORWARD", null, "1/BB")).post(path, id), 403, "FORBIDDEN");
    problem(
        Api.as(Api.officer(DAK_LAK)).body(review("FORWARD", null, "1/BB")).post(path, id),
        403,
        "FORBIDDEN");
    assertThat(counts()).isEqualTo(before);
    problem(Api.as(subject).get(path, id), 404, "NOT_FOUND");

    Api.as(commune)
        .body(review("NOT_FORWARD", "Chưa chứng minh nguồn gốc nguyên liệu", "7/BB-UBND"))
        .post(path, id)
        .then()
        .statusCode(201)
        .body("revision", equalTo(1))
        .body("chairmanOpinion", equalTo("NOT_FORWARD"))
        .body("findings.criterionCode", contains("A1a", "A4"))
        .body("findings.satisfied", contains(true, false));
    Api.as(commune)
        .body(review("FORWARD", null, "9/BB-UBND"))
        .post(path, id)
        .then()
        .statusCode(201)
        .body("revision", equalTo(2));

    Api.as(Api.officer(DAK_LAK))
        .get(path, id)
        .then()
        .statusCode(200)
        .body("revision", equalTo(2))
        .body("minutesNumber", equalTo("9/BB-UBND"))
        .body("supersededAt", nullValue());
    Api.as(subject)
        .get(path + "/history", id)
        .then()
        .statusCode(200)
        .body("minutesNumber", contains("7/BB-UBND", "9/BB-UBND"))
        .body("[0].supersededAt", notNullValue())
        .body("[0].reason", equalTo("Chưa chứng minh nguồn gốc nguyên liệu"));
    assertThat(
            Tables.count(
                "select count(*) from commune_review where dossier_id = ?::uuid and superseded_at is null",
                List.of(id)))
        .isEqualTo(1);
  }

  private static Map<String, Long> counts() {
    return Map.of(
        "commune_review", Tables.count("commune_review"),
        "commune_review_finding", Tables.count("commune_review_finding"));
  }

  @Test
  void theProvinceCouncilTakesADossierOnlyOnceItsCommuneForwardedIt() {
    Registry.Product product = Dossiers.productInCommune(DAK_LAK, "24301");
    String subject = Dossiers.subject(product);
    String id = Dossiers.open(subject, Fixtures.openCycle(DAK_LAK), product, "NEW");
    Api.as(subject).post(DOSSIERS + "/{id}/submission", id).then().statusCode(200);
    String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
    String council =
        Fixtures.constituteCouncil(DAK_LAK, java.util.List.of("chair." + tag, "member." + tag));
    String session = vn.ocop.rating.support.Sessions.plan(DAK_LAK, council);
    String sessionDossiers = vn.ocop.rating.support.Sessions.SESSIONS + "/{id}/dossiers";

    problem(
        Api.as(Api.officer(DAK_LAK))
            .body(java.util.Map.of("dossierId", id))
            .post(sessionDossiers, session),
        409,
        "COMMUNE_REVIEW_REQUIRED");
    String commune = Dossiers.communeOfficer(DAK_LAK, "24301");
    String path = DOSSIERS + "/{id}/commune-review";
    Api.as(commune)
        .body(review("NOT_FORWARD", "Chưa chứng minh nguồn gốc", "3/BB"))
        .post(path, id)
        .then()
        .statusCode(201);
    problem(
        Api.as(Api.officer(DAK_LAK))
            .body(java.util.Map.of("dossierId", id))
            .post(sessionDossiers, session),
        409,
        "COMMUNE_REVIEW_REQUIRED");
    Api.as(commune).body(review("FORWARD", null, "4/BB")).post(path, id).then().statusCode(201);
    vn.ocop.rating.support.Sessions.assign(DAK_LAK, session, id);
    Api.as(Api.officer(DAK_LAK))
        .get(DOSSIERS + "/{id}", id)
        .then()
        .statusCode(200)
        .body("status", org.hamcrest.Matchers.equalTo("IN_EVALUATION"));
  }
}
