package vn.ocop.registry.certificate;

import java.time.LocalDate;
import vn.ocop.platform.problem.ProblemException;

/** The decisions an officer records on a certificate, and the status each one leads to. */
public enum OfficerAction {
  /** Tạm đình chỉ: the certificate is not in force until reinstated. */
  SUSPENSION,
  /** Thu hồi: the certificate is withdrawn. */
  REVOCATION,
  /** The suspension is lifted or the revocation annulled: back to the status its dates give. */
  REINSTATEMENT;

  /**
   * The status this action moves a certificate to; whether it may go there is for {@link
   * CertificateStatus} to say.
   *
   * @throws ProblemException 409 {@code CERTIFICATE_TRANSITION_NOT_ALLOWED} for a reinstatement of
   *     a certificate that is neither suspended nor revoked
   */
  CertificateStatus target(Certificate certificate, LocalDate today) {
    return switch (this) {
      case SUSPENSION -> CertificateStatus.SUSPENDED;
      case REVOCATION -> CertificateStatus.REVOKED;
      case REINSTATEMENT -> {
        CertificateStatus byDate = CertificateStatus.byDate(certificate.validTo(), today);
        if (certificate.status() != CertificateStatus.SUSPENDED
            && certificate.status() != CertificateStatus.REVOKED) {
          // ISSUED → EXPIRING is an allowed transition, but not a reinstatement.
          throw ProblemException.conflict(
              CertificateStatus.TRANSITION_NOT_ALLOWED,
              "A certificate cannot go from "
                  + certificate.status()
                  + " to "
                  + byDate
                  + " by reinstatement: only a SUSPENDED or REVOKED certificate is reinstated");
        }
        yield byDate;
      }
    };
  }
}
