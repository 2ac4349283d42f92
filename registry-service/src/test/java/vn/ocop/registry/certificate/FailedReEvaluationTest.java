package vn.ocop.registry.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.registry.support.CertificateFixtures.certificate;
import static vn.ocop.registry.support.CertificateFixtures.history;
import static vn.ocop.registry.support.CertificateFixtures.moved;
import static vn.ocop.registry.support.CertificateFixtures.rows;
import static vn.ocop.registry.support.CertificateFixtures.runExpiry;
import static vn.ocop.registry.support.CertificateFixtures.status;
import static vn.ocop.registry.support.CertificateFixtures.string;
import static vn.ocop.registry.support.Fixtures.OFFICER_66;
import static vn.ocop.registry.support.Fixtures.productOf;
import static vn.ocop.registry.support.Fixtures.subjectInDakLak;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.contracts.CloudEvent;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.contracts.rating.RecognitionRefused;
import vn.ocop.devstack.Await;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.devstack.TestKafka;
import vn.ocop.registry.support.CertificateFixtures;
import vn.ocop.registry.support.Db;
import vn.ocop.registry.support.Fixtures;

/**
 * A refused re-evaluation (đánh giá lại không đạt) announced by the rating service: the certificate
 * in force runs to its end and is then revoked, not merely expired; one already expired is revoked
 * at once; refusals of other dossier kinds leave certificates alone. Dates live in 2101, decades
 * from the other expiry tests'.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "registry"))
class FailedReEvaluationTest {

  @Test
  void aFailedReEvaluationRevokesTheCertificateAtItsEndInsteadOfExpiringIt() {
    LocalDate validTo = LocalDate.of(2101, 6, 30);
    runExpiry(validTo.minusDays(181));
    UUID product = productOf(OFFICER_66, subjectInDakLak());
    UUID certificate = certificate(product, validTo, "ISSUED", "PROVINCE", 4);
    runExpiry(validTo.minusDays(100));
    assertThat(status(certificate)).isEqualTo("EXPIRING");

    RecognitionRefused refusal = refusal(product, "RE_EVALUATION");
    String eventId = send(refusal);
    awaitConsumed(eventId);
    Map<String, Object> marked = mark(certificate);
    assertThat(marked.get("revoke_on_expiry_decision_id")).isEqualTo(refusal.decisionId());
    assertThat(marked.get("revoke_on_expiry_decision_number")).isEqualTo(refusal.decisionNumber());
    assertThat((String) marked.get("revoke_on_expiry_reason"))
        .isEqualTo("Đánh giá lại không đạt (Không đáp ứng tiêu chí bắt buộc 3 sao)");
    // The mark is set-based SQL: its audit entry is written explicitly, in the same transaction.
    List<Map<String, Object>> audited =
        rows(
            "select action, actor, province_code, cast(after as text) as after from audit_entry"
                + " where record_type = 'Certificate' and record_id = ?::text"
                + " and after ->> 'revokeOnExpiryDecisionNumber' is not null",
            certificate);
    assertThat(audited).hasSize(1);
    assertThat(audited.get(0).get("action")).isEqualTo("UPDATE");
    assertThat(audited.get(0).get("province_code")).isEqualTo("66");
    assertThat((String) audited.get(0).get("after"))
        .contains(refusal.decisionId().toString(), refusal.decisionNumber());
    // Still in force until its end.
    assertThat(status(certificate)).isEqualTo("EXPIRING");

    // The same event redelivered is applied once.
    send(refusal, eventId);
    RecognitionRefused second = refusal(product, "RE_EVALUATION");
    awaitConsumed(send(second));
    assertThat(
            Db.count(
                "select count(*) from consumed_event where consumer = ? and event_id = ?",
                CertificateIssuer.REFUSALS,
                eventId))
        .isEqualTo(1);

    // A second refusal does not overwrite the first.
    assertThat(mark(certificate).get("revoke_on_expiry_decision_id"))
        .isEqualTo(refusal.decisionId());

    JsonPath lastDay = runExpiry(validTo);
    assertThat(moved(lastDay, "EXPIRING", "REVOKED")).isZero();
    assertThat(status(certificate)).isEqualTo("EXPIRING");

    JsonPath after = runExpiry(validTo.plusDays(1));
    assertThat(moved(after, "EXPIRING", "REVOKED")).isEqualTo(1);
    assertThat(moved(after, "EXPIRING", "EXPIRED")).isZero();
    assertThat(status(certificate)).isEqualTo("REVOKED");
    Map<String, Object> last = lastOf(history(certificate));
    assertThat(last.get("old_status")).isEqualTo("EXPIRING");
    assertThat(last.get("new_status")).isEqualTo("REVOKED");
    assertThat(last.get("decision_number")).isEqualTo(refusal.decisionNumber());
    assertThat((String) last.get("reason"))
        .startsWith("Re-evaluation failed; revoked at the end of validity on 2101-06-30")
        .endsWith("Đánh giá lại không đạt (Không đáp ứng tiêu chí bắt buộc 3 sao)");
    String payload =
        string(
            "select cast(payload as varchar) from outbox_event where message_key = ?"
                + " and event_type = ? order by seq desc limit 1",
            certificate.toString(),
            EventTypes.CERTIFICATE_STATUS_CHANGED);
    JsonPath event = JsonPath.from(payload);
    assertThat(event.getString("data.newStatus")).isEqualTo("REVOKED");
    assertThat(event.getString("data.decisionNumber")).isEqualTo(refusal.decisionNumber());
    assertThat(event.getString("data.decisionDate")).isEqualTo(refusal.decisionDate().toString());
  }

  @Test
  void aReEvaluationRefusedAfterTheEndRevokesTheExpiredCertificateAtOnce() {
    UUID product = productOf(OFFICER_66, subjectInDakLak());
    UUID certificate =
        certificate(product, CertificateFixtures.today().minusDays(10), "EXPIRED", "PROVINCE", 3);
    RecognitionRefused refusal = refusal(product, "RE_EVALUATION");
    awaitConsumed(send(refusal));
    assertThat(status(certificate)).isEqualTo("REVOKED");
    Map<String, Object> last = lastOf(history(certificate));
    assertThat(last.get("old_status")).isEqualTo("EXPIRED");
    assertThat(last.get("decision_number")).isEqualTo(refusal.decisionNumber());
    assertThat(last.get("changed_by")).isEqualTo("rating-service");
  }

  @Test
  void refusedNewAndUpgradeDossiersLeaveCertificatesAlone() {
    UUID product = productOf(OFFICER_66, subjectInDakLak());
    UUID certificate =
        certificate(product, CertificateFixtures.today().plusYears(2), "ISSUED", "PROVINCE", 3);
    awaitConsumed(send(refusal(product, "UPGRADE")));
    awaitConsumed(send(refusal(product, "NEW")));
    assertThat(status(certificate)).isEqualTo("ISSUED");
    assertThat(mark(certificate).get("revoke_on_expiry_decision_id")).isNull();
  }

  private static RecognitionRefused refusal(UUID product, String kind) {
    UUID decision = UUID.randomUUID();
    return new RecognitionRefused(
        decision,
        UUID.randomUUID(),
        product,
        null,
        Fixtures.DAK_LAK,
        "QĐ-KCN-" + decision.toString().substring(0, 8),
        CertificateFixtures.today().minusDays(1),
        "PROVINCE",
        kind,
        2,
        new BigDecimal("48.50"),
        "Không đáp ứng tiêu chí bắt buộc 3 sao");
  }

  /** Publishes a refusal as the rating service would; returns the event id. */
  private static String send(RecognitionRefused refusal) {
    return send(refusal, UUID.randomUUID().toString());
  }

  /** Publishes a refusal under the given event id, as a redelivery would carry it again. */
  private static String send(RecognitionRefused refusal, String id) {
    CloudEvent<RecognitionRefused> event =
        new CloudEvent<>(
            CloudEvent.SPEC_VERSION,
            id,
            "/ocop/rating-service",
            EventTypes.RECOGNITION_REFUSED,
            refusal.decisionId().toString(),
            OffsetDateTime.now(ZoneOffset.UTC),
            CloudEvent.JSON,
            refusal);
    TestKafka.send(
        Topics.RATING_RECOGNITION, refusal.decisionId().toString(), TestKafka.toJson(event));
    return id;
  }

  private static void awaitConsumed(String eventId) {
    Await.until(
        "refusal event " + eventId + " consumed",
        () ->
            Optional.of(
                    Db.count(
                        "select count(*) from consumed_event where consumer = ? and event_id = ?",
                        CertificateIssuer.REFUSALS,
                        eventId))
                .filter(count -> count == 1));
  }

  private static Map<String, Object> mark(UUID certificate) {
    return rows(
            "select revoke_on_expiry_decision_id, revoke_on_expiry_decision_number,"
                + " revoke_on_expiry_reason from certificate where id = ?",
            certificate)
        .get(0);
  }

  private static Map<String, Object> lastOf(List<Map<String, Object>> history) {
    return history.get(history.size() - 1);
  }
}
