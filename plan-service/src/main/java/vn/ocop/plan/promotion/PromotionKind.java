package vn.ocop.plan.promotion;

/** Kinds of trade-promotion activity (xúc tiến thương mại), as the rating service records them. */
public enum PromotionKind {
  /** Hội chợ, triển lãm. */
  FAIR,
  /** Điểm giới thiệu và bán sản phẩm OCOP. */
  SALES_POINT,
  /** Gian hàng trên sàn thương mại điện tử. */
  ECOMMERCE_LISTING
}
