package vn.ocop.registry.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.ocop.registry.support.CertificateFixtures.certificate;
import static vn.ocop.registry.support.CertificateFixtures.events;
import static vn.ocop.registry.support.CertificateFixtures.history;
import static vn.ocop.registry.support.CertificateFixtures.historyRows;
import static vn.ocop.registry.support.CertificateFixtures.status;
import static vn.ocop.registry.support.CertificateFixtures.today;
import static vn.ocop.registry.support.CertificateFixtures.version;
import static vn.ocop.registry.support.Fixtures.ADMIN;
import static vn.ocop.registry.support.Fixtures.DAK_LAK;
import static vn.ocop.registry.support.Fixtures.NATIONAL;
import static vn.ocop.registry.support.Fixtures.OFFICER_01;
import static vn.ocop.registry.support.Fixtures.OFFICER_66;
import static vn.ocop.registry.support.Fixtures.as;
import static vn.ocop.registry.support.Fixtures.productOf;
import static vn.ocop.registry.support.Fixtures.subjectInDakLak;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.devstack.TestKafka;
import vn.ocop.devstack.TestTokens;

/** Officers' decisions on certificates: suspension, revocation, reinstatement, and the history. */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "registry"))
class CertificateLifecycleTest {
  private static final String BASE = "/api/registry/v1/certificates/";

  /** Valid for years yet: ISSUED, and ISSUED again when reinstated. */
  private static final LocalDate FAR = today().plusYears(2);

  @Test
  void anOfficerSuspendsThenReinstatesWithEachDecisionInTheHistoryAndOnKafka() {
    UUID subject = subjectInDakLak();
    UUID id = certificate(productOf(OFFICER_66, subject), FAR, "ISSUED");
    LocalDate decided = today().minusDays(3);

    String etag = as(OFFICER_66).get(BASE + id).then().statusCode(200).extract().header("ETag");
    assertThat(etag).isEqualTo("\"0\"");

    as(OFFICER_66)
        .body(decision("Vi phạm quy định về an toàn thực phẩm", "215/QĐ-UBND", decided, 0L))
        .post(BASE + id + "/suspension")
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("status", equalTo("SUSPENDED"))
        .body("statusReason", equalTo("Vi phạm quy định về an toàn thực phẩm"))
        .body("statusDecisionNumber", equalTo("215/QĐ-UBND"))
        .body("statusDecisionDate", equalTo(decided.toString()))
        .body("version", equalTo(1))
        .body("currentProvinceCode", equalTo(DAK_LAK))
        .body("origin", equalTo("IMPORT"));

    List<Map<String, Object>> rows = history(id);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1))
        .containsEntry("old_status", "ISSUED")
        .containsEntry("new_status", "SUSPENDED")
        .containsEntry("reason", "Vi phạm quy định về an toàn thực phẩm")
        .containsEntry("decision_number", "215/QĐ-UBND")
        .containsEntry("decision_date", decided)
        .containsEntry("changed_by", "officer.daklak");
    JsonNode suspended = awaitStatusChange(id, "SUSPENDED");
    assertThat(suspended.path("oldStatus").asText()).isEqualTo("ISSUED");
    assertThat(suspended.path("productId").asText()).isNotBlank();
    assertThat(suspended.path("subjectId").asText()).isEqualTo(subject.toString());
    assertThat(suspended.path("currentProvinceCode").asText()).isEqualTo(DAK_LAK);
    assertThat(suspended.path("decisionNumber").asText()).isEqualTo("215/QĐ-UBND");
    assertThat(suspended.path("decisionDate").asText()).isEqualTo(decided.toString());
    assertThat(suspended.path("reason").asText()).contains("an toàn thực phẩm");
    assertThat(suspended.path("changedBy").asText()).isEqualTo("officer.daklak");

    // The version may also come as If-Match.
    as(OFFICER_66)
        .header("If-Match", "\"1\"")
        .body(decision("Kết quả hậu kiểm đạt yêu cầu", "230/QĐ-UBND", today(), null))
        .post(BASE + id + "/reinstatement")
        .then()
        .statusCode(200)
        .header("ETag", "\"2\"")
        .body("status", equalTo("ISSUED"))
        .body("statusDecisionNumber", equalTo("230/QĐ-UBND"));
    assertThat(awaitStatusChange(id, "ISSUED").path("oldStatus").asText()).isEqualTo("SUSPENDED");

    as(TestTokens.subjectMember("member", DAK_LAK, subject))
        .get(BASE + id + "/history")
        .then()
        .statusCode(200)
        .body("certificateId", equalTo(id.toString()))
        .body("items.newStatus", equalTo(List.of("ISSUED", "SUSPENDED", "ISSUED")))
        .body("items[1].decisionNumber", equalTo("215/QĐ-UBND"))
        .body("items[2].oldStatus", equalTo("SUSPENDED"));
  }

  @Test
  void aRevokedCertificateIsReinstatedToTheStatusItsDatesGive() {
    UUID product = productOf(OFFICER_66, subjectInDakLak());
    // Within 180 days of its end: back to EXPIRING, not ISSUED.
    LocalDate soon = today().plusDays(100);
    UUID expiring = certificate(product, soon, "EXPIRING");
    revoke(OFFICER_66, expiring, 0).statusCode(200).body("status", equalTo("REVOKED"));
    reinstate(OFFICER_66, expiring, 1).statusCode(200).body("status", equalTo("EXPIRING"));
    assertThat(CertificateStatus.byDate(soon, today())).isEqualTo(CertificateStatus.EXPIRING);

    // Expired certificates not re-evaluated are revoked in bulk (thu hồi); an annulment finds
    // them expired.
    UUID expired =
        certificate(productOf(OFFICER_66, subjectInDakLak()), today().minusDays(10), "EXPIRED");
    revoke(OFFICER_66, expired, 0).statusCode(200).body("status", equalTo("REVOKED"));
    reinstate(OFFICER_66, expired, 1).statusCode(200).body("status", equalTo("EXPIRED"));
    assertThat(history(expired))
        .extracting(row -> row.get("new_status"))
        .containsExactly("EXPIRED", "REVOKED", "EXPIRED");
  }

  @Test
  void anIllegalTransitionIsAConflictNamingBothStatesAndWritesNothing() {
    UUID id = certificate(productOf(OFFICER_66, subjectInDakLak()), FAR, "ISSUED");
    revoke(OFFICER_66, id, 0).statusCode(200);

    assertNothingWritten(
        id,
        () ->
            suspend(OFFICER_66, id, 1)
                .statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("CERTIFICATE_TRANSITION_NOT_ALLOWED"))
                .body("detail", allOf(containsString("REVOKED"), containsString("SUSPENDED"))));
    assertNothingWritten(
        id,
        () ->
            revoke(OFFICER_66, id, 1)
                .statusCode(409)
                .body("detail", containsString("REVOKED to REVOKED")));

    UUID issued = certificate(productOf(OFFICER_66, subjectInDakLak()), FAR, "ISSUED");
    assertNothingWritten(
        issued,
        () ->
            reinstate(OFFICER_66, issued, 0)
                .statusCode(409)
                .body("code", equalTo("CERTIFICATE_TRANSITION_NOT_ALLOWED"))
                .body("detail", containsString("from ISSUED to ISSUED")));
  }

  @Test
  void anOfficerOfAnotherProvinceFindsNoSuchCertificate() {
    UUID id = certificate(productOf(OFFICER_66, subjectInDakLak()), FAR, "ISSUED");

    assertNothingWritten(
        id,
        () ->
            suspend(OFFICER_01, id, 0)
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND")));
    as(OFFICER_01).get(BASE + id + "/history").then().statusCode(404);
    assertNothingWritten(
        UUID.randomUUID(), () -> suspend(NATIONAL, UUID.randomUUID(), 0).statusCode(404));
  }

  @Test
  void aCertificateOfTheCentreIsDecidedOnByNationalOfficersOnly() {
    UUID id = certificate(productOf(OFFICER_66, subjectInDakLak()), FAR, "ISSUED", "CENTRAL", 5);

    assertNothingWritten(
        id,
        () ->
            revoke(OFFICER_66, id, 0)
                .statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("CERTIFICATE_CENTRAL_LEVEL")));
    revoke(NATIONAL, id, 0).statusCode(200).body("status", equalTo("REVOKED"));
    reinstate(ADMIN, id, 1).statusCode(200).body("status", equalTo("ISSUED"));
    assertThat(history(id))
        .extracting(row -> row.get("changed_by"))
        .containsExactly("test", "national.officer", "admin");
  }

  @Test
  void aDecisionOnAStaleVersionIsAConflict() {
    UUID id = certificate(productOf(OFFICER_66, subjectInDakLak()), FAR, "ISSUED");
    suspend(OFFICER_66, id, 0).statusCode(200);

    // A colleague read version 0 before the suspension and now revokes.
    assertNothingWritten(
        id,
        () ->
            revoke(OFFICER_66, id, 0)
                .statusCode(409)
                .body("code", equalTo("CERTIFICATE_VERSION_CONFLICT"))
                .body("detail", containsString("version 1")));
    assertNothingWritten(
        id,
        () ->
            as(OFFICER_66)
                .header("If-Match", "\"0\"")
                .body(decision("Lý do", "1/QĐ", today(), null))
                .post(BASE + id + "/revocation")
                .then()
                .statusCode(409)
                .body("code", equalTo("CERTIFICATE_VERSION_CONFLICT")));
    assertNothingWritten(
        id,
        () ->
            as(OFFICER_66)
                .body(decision("Lý do", "1/QĐ", today(), null))
                .post(BASE + id + "/revocation")
                .then()
                .statusCode(428)
                .contentType("application/problem+json")
                .body("code", equalTo("CERTIFICATE_VERSION_REQUIRED"))
                .body("errors[0].field", equalTo("version")));
  }

  @Test
  void aDecisionDateInTheFutureOrBeforeTheCertificateIsUnprocessable() {
    UUID id = certificate(productOf(OFFICER_66, subjectInDakLak()), FAR, "ISSUED");
    LocalDate certificateDecided = FAR.minusMonths(36);

    assertNothingWritten(
        id,
        () ->
            as(OFFICER_66)
                .body(decision("Lý do", "1/QĐ", today().plusDays(1), 0L))
                .post(BASE + id + "/suspension")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("decisionDate"))
                .body("errors[0].rule", equalTo("NotInFuture")));
    assertNothingWritten(
        id,
        () ->
            as(OFFICER_66)
                .body(decision("Lý do", "1/QĐ", certificateDecided.minusDays(1), 0L))
                .post(BASE + id + "/suspension")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("decisionDate"))
                .body("errors[0].rule", equalTo("NotBeforeCertificateDecision")));
    assertNothingWritten(
        id,
        () ->
            as(OFFICER_66)
                .body("{\"reason\":\" \",\"decisionNumber\":\"1/QĐ\",\"version\":0}")
                .post(BASE + id + "/suspension")
                .then()
                .statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("reason"))
                .body("errors[0].rule", equalTo("NotBlank")));
    assertNothingWritten(
        id,
        () ->
            as(OFFICER_66)
                .body("{\"reason\":\"Lý do\",\"version\":0}")
                .post(BASE + id + "/suspension")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("decisionNumber")));
  }

  @Test
  void rolesThatDoNotDecideAreForbidden() {
    UUID subject = subjectInDakLak();
    UUID id = certificate(productOf(OFFICER_66, subject), FAR, "ISSUED");
    for (String token :
        List.of(
            TestTokens.subjectMember("member", DAK_LAK, subject),
            TestTokens.councilMember("council", DAK_LAK),
            TestTokens.token("commune", Set.of("commune-officer"), Map.of("province", DAK_LAK)))) {
      assertNothingWritten(
          id,
          () ->
              suspend(token, id, 0)
                  .statusCode(403)
                  .contentType("application/problem+json")
                  .body("code", equalTo("FORBIDDEN")));
    }
    assertNothingWritten(
        id,
        () ->
            io.restassured.RestAssured.given()
                .contentType("application/json")
                .body(decision("Lý do", "1/QĐ", today(), 0L))
                .post(BASE + id + "/suspension")
                .then()
                .statusCode(401));
  }

  private static String decision(
      String reason, String decisionNumber, LocalDate decisionDate, Long version) {
    return """
        {"reason":"%s","decisionNumber":"%s","decisionDate":%s,"version":%s}"""
        .formatted(
            reason,
            decisionNumber,
            decisionDate == null ? "null" : "\"" + decisionDate + "\"",
            version == null ? "null" : version.toString());
  }

  private static ValidatableResponse suspend(String token, UUID id, long version) {
    return act(token, id, "suspension", version);
  }

  private static ValidatableResponse revoke(String token, UUID id, long version) {
    return act(token, id, "revocation", version);
  }

  private static ValidatableResponse reinstate(String token, UUID id, long version) {
    return act(token, id, "reinstatement", version);
  }

  private static ValidatableResponse act(String token, UUID id, String action, long version) {
    return as(token)
        .body(decision("Quyết định của UBND tỉnh", "99/QĐ-UBND", today(), version))
        .post(BASE + id + "/" + action)
        .then();
  }

  /**
   * Runs a refused request and checks the certificate, its history and its events are as before.
   */
  private static void assertNothingWritten(UUID id, Runnable refused) {
    String status = status(id);
    long version = status == null ? 0 : version(id);
    long rows = historyRows(id);
    long events = events(id, EventTypes.CERTIFICATE_STATUS_CHANGED);
    refused.run();
    assertThat(status(id)).isEqualTo(status);
    if (status != null) {
      assertThat(version(id)).isEqualTo(version);
    }
    assertThat(historyRows(id)).isEqualTo(rows);
    assertThat(events(id, EventTypes.CERTIFICATE_STATUS_CHANGED)).isEqualTo(events);
  }

  /** The data of the status-changed event of a certificate that led to a status. */
  static JsonNode awaitStatusChange(UUID id, String newStatus) {
    return TestKafka.json(
            TestKafka.awaitRecord(
                    Topics.REGISTRY_CERTIFICATE,
                    r -> {
                      if (!id.toString().equals(r.key())) {
                        return false;
                      }
                      JsonNode event = TestKafka.json(r.value());
                      return EventTypes.CERTIFICATE_STATUS_CHANGED.equals(
                              event.path("type").asText())
                          && newStatus.equals(event.path("data").path("newStatus").asText());
                    })
                .value())
        .path("data");
  }
}
