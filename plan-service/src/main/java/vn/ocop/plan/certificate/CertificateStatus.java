package vn.ocop.plan.certificate;

/** The registry's certificate statuses. ISSUED and EXPIRING are in force; the others are not. */
public enum CertificateStatus {
  ISSUED,
  /** Sắp hết hiệu lực: within the notice period before its end. */
  EXPIRING,
  EXPIRED,
  /** Replaced by a later certificate of the same product (re-recognition, upgrade). */
  SUPERSEDED,
  SUSPENDED,
  /** Thu hồi. */
  REVOKED
}
