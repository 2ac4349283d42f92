package vn.ocop.rating.dossier;

/** Why a product is evaluated. */
public enum DossierKind {
  /** Đánh giá lần đầu: a product without a certificate. */
  NEW,
  /** Đánh giá lại: a certified product whose certificate is expiring. */
  RE_EVALUATION,
  /** Nâng hạng: a certified product applying for a higher star class. */
  UPGRADE
}
