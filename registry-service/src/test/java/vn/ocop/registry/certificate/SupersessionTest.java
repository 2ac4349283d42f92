package vn.ocop.registry.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.registry.certificate.Supersession.Held;

class SupersessionTest {
  private static final UUID A = UUID.randomUUID();
  private static final UUID B = UUID.randomUUID();
  private static final UUID C = UUID.randomUUID();

  private static Held held(UUID id, String decided, CertificateStatus status) {
    LocalDate date = LocalDate.parse(decided);
    return new Held(id, date, date.plusMonths(36), status);
  }

  @Test
  void aReRecognitionWhileTheOldCertificateIsInForceSupersedesIt() {
    assertThat(
            Supersession.of(
                List.of(
                    held(A, "2023-03-01", CertificateStatus.EXPIRING),
                    held(B, "2026-01-15", CertificateStatus.ISSUED))))
        .containsExactly(entry(A, B));
  }

  @Test
  void aCertificateThatEndedBeforeTheNextDecisionExpiredInstead() {
    assertThat(
            Supersession.of(
                List.of(
                    held(A, "2019-05-01", CertificateStatus.EXPIRED),
                    held(B, "2023-01-10", CertificateStatus.ISSUED))))
        .isEmpty();
  }

  @Test
  void historicalChainsSupersedeOneByOneWhateverTheInputOrder() {
    // Imported: the dates say the first two expired, but each was replaced while still valid.
    assertThat(
            Supersession.of(
                List.of(
                    held(C, "2024-06-01", CertificateStatus.ISSUED),
                    held(A, "2019-01-01", CertificateStatus.EXPIRED),
                    held(B, "2021-10-01", CertificateStatus.EXPIRED))))
        .containsExactly(entry(A, B), entry(B, C));
  }

  @Test
  void revokedAndSupersededCertificatesStayAsTheyAre() {
    assertThat(
            Supersession.of(
                List.of(
                    held(A, "2024-01-01", CertificateStatus.REVOKED),
                    held(B, "2025-01-01", CertificateStatus.SUSPENDED),
                    held(C, "2026-01-01", CertificateStatus.ISSUED))))
        .containsExactly(entry(B, C));
  }

  @Test
  void aDecisionOlderThanTheCertificateInForceIsItselfSuperseded() {
    // A late-arriving decision dated before the product's current certificate.
    assertThat(
            Supersession.of(
                List.of(
                    held(A, "2026-02-01", CertificateStatus.ISSUED),
                    held(B, "2025-11-01", CertificateStatus.ISSUED))))
        .containsExactly(entry(B, A));
  }

  @Test
  void onTheSameDecisionDateTheLaterInTheListIsTheNewer() {
    assertThat(
            Supersession.of(
                List.of(
                    held(A, "2026-02-01", CertificateStatus.ISSUED),
                    held(B, "2026-02-01", CertificateStatus.ISSUED))))
        .containsExactly(entry(A, B));
  }

  @Test
  void aSingleCertificateIsNotSuperseded() {
    assertThat(Supersession.of(List.of(held(A, "2026-02-01", CertificateStatus.ISSUED)))).isEmpty();
  }
}
