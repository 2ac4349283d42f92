package vn.ocop.plan.certificate;

/** Why the product was evaluated before its certificate was issued (the rating service's kinds). */
public enum DossierKind {
  /** Đánh giá lần đầu. Also the kind of an imported historical certificate that names none. */
  NEW,
  /** Đánh giá lại: re-recognition of a product whose certificate was expiring. */
  RE_EVALUATION,
  /** Nâng hạng: a certified product applying for a higher star class. */
  UPGRADE
}
