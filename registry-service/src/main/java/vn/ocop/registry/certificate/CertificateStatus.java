package vn.ocop.registry.certificate;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import vn.ocop.platform.problem.ProblemException;

/**
 * The lifecycle of a certificate (giấy chứng nhận) as a state machine. Every transition is listed
 * in {@link #allowedNext()} and checked in {@link #transitionTo}; history rows record each one.
 *
 * <pre>
 * ISSUED ──(180 days before valid_to)──▶ EXPIRING ──(after valid_to)──▶ EXPIRED ──▶ REVOKED
 *   │  ╲                                    │
 *   │   ╲──── superseded by a new certificate of the product (also from SUSPENDED) ──▶ SUPERSEDED
 *   ├──▶ SUSPENDED ──reinstated──▶ ISSUED | EXPIRING | EXPIRED (by date); after valid_to ──▶ EXPIRED
 *   └──▶ REVOKED ──reinstated (the revocation annulled)──▶ ISSUED | EXPIRING | EXPIRED (by date)
 * </pre>
 *
 * <p>Who moves a certificate: the expiry engine (dates), an officer's decision (suspension,
 * revocation, reinstatement) and the issue of a newer certificate of the same product
 * (superseding).
 */
public enum CertificateStatus {
  /** Issued and in force, more than 180 days from its end. */
  ISSUED,
  /** In force, within 180 days of its end: the subject should apply for re-evaluation. */
  EXPIRING,
  /** Its validity ended without a new certificate. */
  EXPIRED,
  /** Replaced by a new certificate of the same product (re-recognition or upgrade). */
  SUPERSEDED,
  /** Temporarily not in force by a decision (e.g. pending an inspection). */
  SUSPENDED,
  /** Withdrawn by a decision (thu hồi). */
  REVOKED;

  static final String TRANSITION_NOT_ALLOWED = "CERTIFICATE_TRANSITION_NOT_ALLOWED";

  /** Days before the end of validity at which a certificate becomes EXPIRING. */
  public static final int EXPIRING_DAYS = 180;

  /** The status a certificate is issued in. */
  public static CertificateStatus initial() {
    return ISSUED;
  }

  /**
   * The status the dates alone give a certificate that is neither suspended, revoked nor
   * superseded: valid_to is the last day it is in force.
   */
  public static CertificateStatus byDate(LocalDate validTo, LocalDate today) {
    if (today.isAfter(validTo)) {
      return EXPIRED;
    }
    if (!today.isBefore(validTo.minusDays(EXPIRING_DAYS))) {
      return EXPIRING;
    }
    return ISSUED;
  }

  /** Whether the certificate is in force (a consumer may rely on it). */
  public boolean inForce() {
    return this == ISSUED || this == EXPIRING;
  }

  /** The statuses this one may change to. */
  public Set<CertificateStatus> allowedNext() {
    return switch (this) {
      case ISSUED -> EnumSet.of(EXPIRING, EXPIRED, SUPERSEDED, SUSPENDED, REVOKED);
      case EXPIRING -> EnumSet.of(EXPIRED, SUPERSEDED, SUSPENDED, REVOKED);
      // Mass revocation of expired certificates not re-evaluated (e.g. 41 of 47 in Đồng Tháp).
      case EXPIRED -> EnumSet.of(REVOKED);
      // A product re-recognised while its certificate is suspended: the new one replaces it.
      case SUSPENDED -> EnumSet.of(ISSUED, EXPIRING, EXPIRED, SUPERSEDED, REVOKED);
      case REVOKED -> EnumSet.of(ISSUED, EXPIRING, EXPIRED);
      case SUPERSEDED -> EnumSet.noneOf(CertificateStatus.class);
    };
  }

  /** The statuses a certificate can be superseded from: those a new certificate replaces. */
  public static Set<CertificateStatus> supersedable() {
    EnumSet<CertificateStatus> statuses = EnumSet.noneOf(CertificateStatus.class);
    for (CertificateStatus status : values()) {
      if (status.canBecome(SUPERSEDED)) {
        statuses.add(status);
      }
    }
    return statuses;
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
