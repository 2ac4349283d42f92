package vn.ocop.plan.indicator;

/** A filter parameter of an indicator; which ones a measure accepts is in {@link Measure}. */
public enum IndicatorFilter {
  /** minStarClass..maxStarClass of the certificates. */
  STAR_RANGE("minStarClass"),
  DOSSIER_KINDS("dossierKinds"),
  SUBJECT_TYPES("subjectTypes"),
  CERTIFICATE_STATUSES("certificateStatuses"),
  PROMOTION_KINDS("promotionKinds"),
  /** Product groups (nhóm sản phẩm) 1–6 of Decision 148. */
  PRODUCT_GROUPS("productGroups");

  private final String field;

  IndicatorFilter(String field) {
    this.field = field;
  }

  /** The request and response field that carries the filter. */
  public String field() {
    return field;
  }
}
