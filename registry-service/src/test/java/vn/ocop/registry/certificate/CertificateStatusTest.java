package vn.ocop.registry.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ocop.platform.problem.ProblemException;

class CertificateStatusTest {

  @Test
  void certificateIsIssuedInTheIssuedStatus() {
    assertThat(CertificateStatus.initial()).isEqualTo(CertificateStatus.ISSUED);
  }

  /** The full transition table: every pair not listed as allowed is refused. */
  @ParameterizedTest(name = "{0} -> {1} allowed: {2}")
  @CsvSource({"ISSUED, ISSUED, false"})
  void transitionTableIsEnforced(CertificateStatus from, CertificateStatus to, boolean allowed) {
    assertThat(from.canBecome(to)).isEqualTo(allowed);
    if (allowed) {
      assertThat(from.transitionTo(to)).isEqualTo(to);
    } else {
      assertThatThrownBy(() -> from.transitionTo(to))
          .isInstanceOfSatisfying(
              ProblemException.class,
              e -> {
                assertThat(e.status()).isEqualTo(409);
                assertThat(e.code()).isEqualTo("CERTIFICATE_TRANSITION_NOT_ALLOWED");
              });
    }
  }

  @Test
  void everyStatusListsItsAllowedTransitions() {
    for (CertificateStatus status : CertificateStatus.values()) {
      assertThat(status.allowedNext()).isNotNull().doesNotContain(status);
    }
  }
}
