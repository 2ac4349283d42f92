package vn.ocop.registry.certificate;

/** Where a certificate record comes from. */
public enum CertificateOrigin {
  /** Issued here from a recognition decision of the rating service. */
  RECOGNITION,
  /**
   * A historical certificate (issued before this system, or by another one) brought in by import.
   */
  IMPORT
}
