package vn.ocop.rating;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.rating.support.Api;
import vn.ocop.rating.support.Dossiers;
import vn.ocop.rating.support.Registry;
import vn.ocop.rating.support.Tables;

/** The read model of the registry's certificates applies each event once, whatever is replayed. */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "rating"))
class CertificateReadModelTest {

  @Test
  void aRedeliveredIssueDoesNotBringARevokedCertificateBack() {
    Registry.Product product = Dossiers.productInCommune(Api.DAK_LAK, "24201");
    LocalDate validTo = LocalDate.now().plusYears(2);
    UUID certificate = UUID.randomUUID();
    UUID issueEvent = UUID.randomUUID();
    Dossiers.sendIssued(issueEvent, certificate, certificate, product, 4, "ISSUED", validTo);
    Dossiers.awaitCertificate(certificate, "ISSUED");
    Dossiers.changeCertificateStatus(product, certificate, 4, validTo, "REVOKED");

    // The issue again, same event id and key; then another certificate's issue on the same key,
    // which the partition delivers after it: once that one is in, the redelivery was seen.
    Dossiers.sendIssued(issueEvent, certificate, certificate, product, 4, "ISSUED", validTo);
    UUID sentinel = UUID.randomUUID();
    Dossiers.sendIssued(UUID.randomUUID(), certificate, sentinel, product, 3, "ISSUED", validTo);
    Dossiers.awaitCertificate(sentinel, "ISSUED");

    assertThat(
            Tables.count(
                "select count(*) from certificate_ref where certificate_id = ? and status = ?",
                List.of(certificate, "REVOKED")))
        .isEqualTo(1);
    assertThat(
            Tables.count(
                "select count(*) from consumed_event where event_id = ?",
                List.of(issueEvent.toString())))
        .isEqualTo(1);
  }
}
