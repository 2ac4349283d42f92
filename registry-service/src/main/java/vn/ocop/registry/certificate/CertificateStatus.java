package vn.ocop.registry.certificate;

import java.util.EnumSet;
import java.util.Set;
import vn.ocop.platform.problem.ProblemException;

/**
 * The lifecycle of a certificate (giấy chứng nhận) as a state machine. Only ISSUED exists so far;
 * the later lifecycle (expiring, expired, re-recognised, superseded by an upgrade, revoked) adds
 * states here and lists them in {@link #allowedNext()}, so every transition is checked in one
 * place.
 */
public enum CertificateStatus {
  /** Issued from a recognition decision and within its validity. */
  ISSUED;

  static final String TRANSITION_NOT_ALLOWED = "CERTIFICATE_TRANSITION_NOT_ALLOWED";

  /** The status a certificate is issued in. */
  public static CertificateStatus initial() {
    return ISSUED;
  }

  /** The statuses this one may change to. */
  public Set<CertificateStatus> allowedNext() {
    return switch (this) {
      case ISSUED -> EnumSet.noneOf(CertificateStatus.class);
    };
  }

  public boolean canBecome(CertificateStatus next) {
    return allowedNext().contains(next);
  }

  /**
   * The new status, if the transition is allowed.
   *
   * @throws ProblemException 409 {@code CERTIFICATE_TRANSITION_NOT_ALLOWED} otherwise
   */
  public CertificateStatus transitionTo(CertificateStatus next) {
    if (!canBecome(next)) {
      throw ProblemException.conflict(
          TRANSITION_NOT_ALLOWED, "A certificate cannot go from " + this + " to " + next);
    }
    return next;
  }
}
