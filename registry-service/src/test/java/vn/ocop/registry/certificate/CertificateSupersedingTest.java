package vn.ocop.registry.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.ocop.registry.certificate.CertificateLifecycleTest.awaitStatusChange;
import static vn.ocop.registry.support.CertificateFixtures.decision;
import static vn.ocop.registry.support.CertificateFixtures.events;
import static vn.ocop.registry.support.CertificateFixtures.history;
import static vn.ocop.registry.support.CertificateFixtures.issue;
import static vn.ocop.registry.support.CertificateFixtures.status;
import static vn.ocop.registry.support.CertificateFixtures.today;
import static vn.ocop.registry.support.Fixtures.OFFICER_66;
import static vn.ocop.registry.support.Fixtures.as;
import static vn.ocop.registry.support.Fixtures.productOf;
import static vn.ocop.registry.support.Fixtures.subjectInDakLak;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.contracts.EventTypes;
import vn.ocop.devstack.DevStackTestResource;

/** A new certificate of a product replaces the one it held, in the transaction that issues it. */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "registry"))
class CertificateSupersedingTest {
  private static final String BASE = "/api/registry/v1/certificates/";

  @Test
  void anUpgradeSupersedesTheCertificateInForce() {
    UUID subject = subjectInDakLak();
    UUID product = productOf(OFFICER_66, subject);
    UUID first = issue(decision(product, subject, 3, today().minusMonths(20), "NEW", "PROVINCE"));
    UUID upgrade =
        issue(decision(product, subject, 4, today().minusDays(5), "UPGRADE", "PROVINCE"));

    as(OFFICER_66)
        .get(BASE + first)
        .then()
        .statusCode(200)
        .body("status", equalTo("SUPERSEDED"))
        .body("supersededBy", equalTo(upgrade.toString()))
        .body("statusReason", equalTo(reasonOf(first)));
    assertThat(reasonOf(first))
        .contains(upgrade.toString())
        .contains("upgrade (nâng hạng)")
        .contains("4★");
    as(OFFICER_66)
        .get(BASE + upgrade)
        .then()
        .body("status", equalTo("ISSUED"))
        .body("supersededBy", equalTo(null));
    assertThat(history(first))
        .extracting(row -> row.get("old_status") + ">" + row.get("new_status"))
        .containsExactly("null>ISSUED", "ISSUED>SUPERSEDED");
    assertThat(history(first).get(1).get("changed_by")).isEqualTo("/ocop/rating-service");

    JsonNode superseded = awaitStatusChange(first, "SUPERSEDED");
    assertThat(superseded.path("oldStatus").asText()).isEqualTo("ISSUED");
    assertThat(superseded.path("supersededBy").asText()).isEqualTo(upgrade.toString());
    assertThat(superseded.path("starClass").asInt()).isEqualTo(3);
    assertThat(events(first, EventTypes.CERTIFICATE_STATUS_CHANGED)).isEqualTo(1);
    assertThat(events(upgrade, EventTypes.CERTIFICATE_ISSUED)).isEqualTo(1);
    assertThat(events(upgrade, EventTypes.CERTIFICATE_STATUS_CHANGED)).isZero();
  }

  @Test
  void aReEvaluationThatLowersTheStarSupersedesToo() {
    UUID subject = subjectInDakLak();
    UUID product = productOf(OFFICER_66, subject);
    UUID four = issue(decision(product, subject, 4, today().minusMonths(34), "NEW", "PROVINCE"));
    UUID three =
        issue(decision(product, subject, 3, today().minusDays(1), "RE_EVALUATION", "PROVINCE"));

    assertThat(status(four)).isEqualTo("SUPERSEDED");
    assertThat(reasonOf(four)).contains("re-evaluation (đánh giá lại)").contains("3★");
    assertThat(status(three)).isEqualTo("ISSUED");
  }

  @Test
  void aSuspendedCertificateIsSupersededButARevokedOneStaysRevoked() {
    UUID subject = subjectInDakLak();
    UUID product = productOf(OFFICER_66, subject);
    UUID revoked = issue(decision(product, subject, 3, today().minusMonths(30), "NEW", "PROVINCE"));
    decide(revoked, "revocation", 0);
    UUID suspended =
        issue(decision(product, subject, 3, today().minusMonths(10), "NEW", "PROVINCE"));
    // Issuing the second certificate did not touch the revoked one.
    assertThat(status(revoked)).isEqualTo("REVOKED");
    decide(suspended, "suspension", 0);

    UUID renewed = issue(decision(product, subject, 4, today(), "RE_EVALUATION", "PROVINCE"));

    assertThat(status(suspended)).isEqualTo("SUPERSEDED");
    assertThat(history(suspended))
        .extracting(row -> row.get("old_status") + ">" + row.get("new_status"))
        .containsExactly("null>ISSUED", "ISSUED>SUSPENDED", "SUSPENDED>SUPERSEDED");
    assertThat(status(revoked)).isEqualTo("REVOKED");
    assertThat(status(renewed)).isEqualTo("ISSUED");
    // An annulled revocation cannot put the old certificate back in force beside the new one.
    as(OFFICER_66)
        .body("{\"reason\":\"Hủy quyết định thu hồi\",\"decisionNumber\":\"7/QĐ\",\"version\":1}")
        .post(BASE + revoked + "/reinstatement")
        .then()
        .statusCode(409)
        .body("code", equalTo("CERTIFICATE_REPLACED"));
    assertThat(status(revoked)).isEqualTo("REVOKED");
  }

  @Test
  void aDecisionOlderThanTheCertificateInForceIsSupersededByIt() {
    UUID subject = subjectInDakLak();
    UUID product = productOf(OFFICER_66, subject);
    UUID current =
        issue(decision(product, subject, 4, today().minusMonths(2), "UPGRADE", "PROVINCE"));
    LocalDate earlier = today().minusMonths(8);
    UUID late = issue(decision(product, subject, 3, earlier, "NEW", "PROVINCE"));

    assertThat(status(current)).isEqualTo("ISSUED");
    assertThat(status(late)).isEqualTo("SUPERSEDED");
    as(OFFICER_66).get(BASE + late).then().body("supersededBy", equalTo(current.toString()));
  }

  private static void decide(UUID id, String action, long version) {
    as(OFFICER_66)
        .body(
            "{\"reason\":\"Quyết định của UBND tỉnh\",\"decisionNumber\":\"5/QĐ\",\"version\":%d}"
                .formatted(version))
        .post(BASE + id + "/" + action)
        .then()
        .statusCode(200);
  }

  private static String reasonOf(UUID id) {
    return vn.ocop.registry.support.CertificateFixtures.string(
        "select status_reason from certificate where id = ?", id);
  }
}
