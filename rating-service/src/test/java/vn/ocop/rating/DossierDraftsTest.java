package vn.ocop.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.ocop.rating.support.Dossiers.DOSSIERS;
import static vn.ocop.rating.support.Problems.fieldProblem;
import static vn.ocop.rating.support.Problems.problem;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.devstack.TestKafka;
import vn.ocop.rating.support.Api;
import vn.ocop.rating.support.Dossiers;
import vn.ocop.rating.support.Fixtures;
import vn.ocop.rating.support.Registry;
import vn.ocop.rating.support.Tables;

/** Drafts by subjects, the three kinds against certificates, submission, return and history. */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "rating"))
class DossierDraftsTest {
  static final String DAK_LAK = Api.DAK_LAK;

  @Test
  void aSubjectDraftsSubmitsIsReturnedWithAReasonAndResubmits() {
    Registry.Product product = Dossiers.productInCommune(DAK_LAK, "24100");
    String cycleId = Fixtures.openCycle(DAK_LAK);
    String subject = Dossiers.subject(product);
    String id = Dossiers.open(subject, cycleId, product, "NEW");
    Api.as(subject)
        .get(DOSSIERS + "/{id}", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("DRAFT"))
        .body("editable", equalTo(true))
        .body("communeCode", equalTo("24100"))
        .body("submittedAt", nullValue());
    assertThat(outboxRows(id)).isZero();

    Api.as(subject)
        .body(Map.of("coverNote", "Hồ sơ lần đầu", "contactName", "Nguyễn Thị Hoa"))
        .put(DOSSIERS + "/{id}/cover", id)
        .then()
        .statusCode(200)
        .body("contactName", equalTo("Nguyễn Thị Hoa"));
    Api.as(subject)
        .post(DOSSIERS + "/{id}/submission", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("SUBMITTED"))
        .body("editable", equalTo(false));

    JsonNode event = TestKafka.json(outboxPayloads(id).get(0));
    assertThat(event.at("/type").asText()).isEqualTo("vn.ocop.dossier.submitted.v1");
    assertThat(event.at("/data/dossierId").asText()).isEqualTo(id);
    assertThat(event.at("/data/cycleId").asText()).isEqualTo(cycleId);
    assertThat(event.at("/data/productId").asText()).isEqualTo(product.productId().toString());
    assertThat(event.at("/data/subjectId").asText()).isEqualTo(product.subjectId().toString());
    assertThat(event.at("/data/provinceCode").asText()).isEqualTo(DAK_LAK);
    assertThat(event.at("/data/kind").asText()).isEqualTo("NEW");
    assertThat(event.at("/data/evaluationLevel").asText()).isEqualTo("PROVINCE");
    assertThat(event.at("/data/productSet").asInt()).isEqualTo(13);
    assertThat(event.at("/data/submittedOn").asText()).isNotBlank();

    // Submitted: the subject can no longer change it, and nothing is written by trying.
    long historyBefore = historyRows(id);
    problem(
        Api.as(subject).body(Map.of("coverNote", "x")).put(DOSSIERS + "/{id}/cover", id),
        409,
        "DOSSIER_NOT_EDITABLE");
    problem(Api.as(subject).post(DOSSIERS + "/{id}/submission", id), 409, "DOSSIER_NOT_EDITABLE");
    // Only the office returns dossiers, and always with a reason.
    problem(
        Api.as(subject).body(Map.of("reason", "x")).post(DOSSIERS + "/{id}/return", id),
        403,
        "FORBIDDEN");
    fieldProblem(
        Api.as(Api.officer(DAK_LAK)).body("{}").post(DOSSIERS + "/{id}/return", id),
        400,
        "VALIDATION_FAILED",
        "reason",
        "NotBlank");
    assertThat(historyRows(id)).isEqualTo(historyBefore);
    assertThat(outboxRows(id)).isEqualTo(1);

    Api.as(Api.officer(DAK_LAK))
        .body(Map.of("reason", "Thiếu phiếu kiểm nghiệm"))
        .post(DOSSIERS + "/{id}/return", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("RETURNED"))
        .body("returnedReason", equalTo("Thiếu phiếu kiểm nghiệm"));
    Dossiers.upload(subject, id, "phiếu kiểm nghiệm".getBytes(), "Phiếu kiểm nghiệm", "A1a");
    Api.as(subject)
        .post(DOSSIERS + "/{id}/submission", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("SUBMITTED"))
        .body("returnedReason", nullValue());
    assertThat(outboxRows(id)).isEqualTo(2);

    Api.as(subject)
        .get(DOSSIERS + "/{id}/history", id)
        .then()
        .statusCode(200)
        .body("to", contains("DRAFT", "SUBMITTED", "RETURNED", "SUBMITTED"))
        .body("from", contains(null, "DRAFT", "SUBMITTED", "RETURNED"))
        .body("[2].reason", equalTo("Thiếu phiếu kiểm nghiệm"))
        .body("[2].actor", equalTo("officer." + DAK_LAK))
        .body("[0].actor", notNullValue());
  }

  @Test
  void theOfficeStillEntersAPaperDossierSubmittedAtOnce() {
    Registry.Product product = Registry.registerProduct(DAK_LAK, "Tiêu Chư Sê");
    String cycleId = Fixtures.openCycle(DAK_LAK);
    String id = Fixtures.submitDossier(DAK_LAK, cycleId, product.productId());
    Api.as(Api.officer(DAK_LAK))
        .get(DOSSIERS + "/{id}/history", id)
        .then()
        .body("to", contains("DRAFT", "SUBMITTED"));
    assertThat(outboxRows(id)).isEqualTo(1);
  }

  @Test
  void aDraftCanBeWithdrawnAndThenNothingMoreHappens() {
    Registry.Product product = Dossiers.productInCommune(DAK_LAK, "24101");
    String subject = Dossiers.subject(product);
    String id = Dossiers.open(subject, Fixtures.openCycle(DAK_LAK), product, "NEW");
    Api.as(subject)
        .body(Map.of("reason", "Hoàn thiện bao bì"))
        .post(DOSSIERS + "/{id}/withdrawal", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("WITHDRAWN"));
    problem(Api.as(subject).post(DOSSIERS + "/{id}/submission", id), 409, "DOSSIER_NOT_EDITABLE");
    problem(
        Api.as(subject).body("{}").post(DOSSIERS + "/{id}/withdrawal", id),
        409,
        "DOSSIER_NOT_WITHDRAWABLE");
    assertThat(outboxRows(id)).isZero();
  }

  @Test
  void eachKindIsCheckedAgainstTheCertificatesTheRegistryAnnounced() {
    String cycleId = Fixtures.openCycle(DAK_LAK);
    LocalDate today = LocalDate.now();
    Map<String, Long> before;

    Registry.Product certified = Dossiers.productInCommune(DAK_LAK, "24102");
    UUID certificate = Dossiers.issueCertificate(certified, 4, "ISSUED", today.plusYears(2));
    before = Tables.snapshot();
    problem(open(cycleId, certified, "NEW"), 409, "PRODUCT_ALREADY_CERTIFIED");
    problem(open(cycleId, certified, "RE_EVALUATION"), 409, "NOT_DUE_FOR_RE_EVALUATION");
    assertThat(Tables.snapshot()).isEqualTo(before);
    // Upgradable: 4★ in force.
    open(cycleId, certified, "UPGRADE")
        .then()
        .statusCode(201)
        .body("certificateId", equalTo(certificate.toString()))
        .body("currentStarClass", equalTo(4))
        .body("startedEmpty", equalTo(true))
        .body("previousDossierId", nullValue());

    Registry.Product fiveStars = Dossiers.productInCommune(DAK_LAK, "24102");
    Dossiers.issueCertificate(fiveStars, 5, "ISSUED", today.plusYears(2));
    before = Tables.snapshot();
    problem(open(cycleId, fiveStars, "UPGRADE"), 409, "NOT_UPGRADABLE");
    assertThat(Tables.snapshot()).isEqualTo(before);

    Registry.Product uncertified = Dossiers.productInCommune(DAK_LAK, "24102");
    problem(open(cycleId, uncertified, "RE_EVALUATION"), 409, "NOT_DUE_FOR_RE_EVALUATION");
    problem(open(cycleId, uncertified, "UPGRADE"), 409, "NOT_UPGRADABLE");

    // Expiring within 180 days: due for re-evaluation, not NEW.
    Registry.Product expiring = Dossiers.productInCommune(DAK_LAK, "24102");
    UUID expiringCertificate =
        Dossiers.issueCertificate(expiring, 3, "EXPIRING", today.plusDays(100));
    problem(open(cycleId, expiring, "NEW"), 409, "PRODUCT_ALREADY_CERTIFIED");
    open(cycleId, expiring, "RE_EVALUATION")
        .then()
        .statusCode(201)
        .body("kind", equalTo("RE_EVALUATION"))
        .body("certificateId", equalTo(expiringCertificate.toString()))
        .body("currentStarClass", equalTo(3));

    // A revoked certificate no longer certifies: the product starts again as NEW.
    Registry.Product revoked = Dossiers.productInCommune(DAK_LAK, "24102");
    UUID revokedCertificate = Dossiers.issueCertificate(revoked, 3, "ISSUED", today.plusYears(1));
    problem(open(cycleId, revoked, "NEW"), 409, "PRODUCT_ALREADY_CERTIFIED");
    Dossiers.changeCertificateStatus(revoked, revokedCertificate, 3, today.plusYears(1), "REVOKED");
    open(cycleId, revoked, "NEW").then().statusCode(201).body("certificateId", nullValue());
  }

  @Test
  void aSubjectOpensDossiersOnlyForItsOwnProducts() {
    Registry.Product own = Dossiers.productInCommune(DAK_LAK, "24103");
    Registry.Product other = Dossiers.productInCommune(DAK_LAK, "24103");
    String cycleId = Fixtures.openCycle(DAK_LAK);
    Map<String, Long> before = Tables.snapshot();
    problem(
        Api.as(Dossiers.subject(own))
            .body(
                Map.of(
                    "cycleId", cycleId, "productId", other.productId().toString(), "kind", "NEW"))
            .post(DOSSIERS),
        404,
        "NOT_FOUND");
    problem(
        Api.as(Api.member("someone", DAK_LAK))
            .body(
                Map.of("cycleId", cycleId, "productId", own.productId().toString(), "kind", "NEW"))
            .post(DOSSIERS),
        403,
        "FORBIDDEN");
    assertThat(Tables.snapshot()).isEqualTo(before);
  }

  @Test
  void eachPartySeesOnlyItsOwnDossiers() {
    Registry.Product mine = Dossiers.productInCommune(DAK_LAK, "24104");
    Registry.Product theirs = Dossiers.productInCommune(DAK_LAK, "24105");
    String cycleId = Fixtures.openCycle(DAK_LAK);
    String mineId = Dossiers.open(Dossiers.subject(mine), cycleId, mine, "NEW");
    String theirsId = Dossiers.open(Dossiers.subject(theirs), cycleId, theirs, "NEW");

    problem(Api.as(Dossiers.subject(mine)).get(DOSSIERS + "/{id}", theirsId), 404, "NOT_FOUND");
    problem(
        Api.as(Dossiers.subject(mine)).body("{}").put(DOSSIERS + "/{id}/cover", theirsId),
        404,
        "NOT_FOUND");
    problem(
        Api.as(Dossiers.subject(mine)).post(DOSSIERS + "/{id}/submission", theirsId),
        404,
        "NOT_FOUND");
    problem(Api.as(Api.officer(Api.HA_TINH)).get(DOSSIERS + "/{id}", mineId), 404, "NOT_FOUND");
    problem(
        Api.as(Dossiers.communeOfficer(DAK_LAK, "24105")).get(DOSSIERS + "/{id}", mineId),
        404,
        "NOT_FOUND");
    problem(
        Api.as(Dossiers.communeOfficer(Api.HA_TINH, "24104")).get(DOSSIERS + "/{id}", mineId),
        404,
        "NOT_FOUND");
    problem(
        Api.as(Api.member("not.on.a.council", DAK_LAK)).get(DOSSIERS + "/{id}", mineId),
        404,
        "NOT_FOUND");
    Api.as(Dossiers.communeOfficer(DAK_LAK, "24104"))
        .get(DOSSIERS + "/{id}", mineId)
        .then()
        .statusCode(200);

    Api.as(Dossiers.subject(mine))
        .queryParam("cycleId", cycleId)
        .get(DOSSIERS)
        .then()
        .statusCode(200)
        .body("items.id", contains(mineId));
    Api.as(Dossiers.communeOfficer(DAK_LAK, "24105"))
        .queryParam("cycleId", cycleId)
        .get(DOSSIERS)
        .then()
        .statusCode(200)
        .body("items.id", contains(theirsId));
    Api.as(Api.officer(DAK_LAK))
        .queryParam("cycleId", cycleId)
        .get(DOSSIERS)
        .then()
        .body("items", hasSize(2));
  }

  private static io.restassured.response.Response open(
      String cycleId, Registry.Product product, String kind) {
    return Api.as(Dossiers.subject(product))
        .body(Map.of("cycleId", cycleId, "productId", product.productId().toString(), "kind", kind))
        .post(DOSSIERS);
  }

  static long outboxRows(String dossierId) {
    return Tables.count(
        "select count(*) from outbox_event where event_type = ? and message_key = ?",
        List.of("vn.ocop.dossier.submitted.v1", dossierId));
  }

  static List<String> outboxPayloads(String dossierId) {
    return Tables.query(
            "select payload from outbox_event where event_type = ? and message_key = ? order by seq",
            List.of("vn.ocop.dossier.submitted.v1", dossierId))
        .stream()
        .map(row -> (String) row.get("payload"))
        .toList();
  }

  static long historyRows(String dossierId) {
    return Tables.count(
        "select count(*) from dossier_history where dossier_id = ?",
        List.of(UUID.fromString(dossierId)));
  }
}
