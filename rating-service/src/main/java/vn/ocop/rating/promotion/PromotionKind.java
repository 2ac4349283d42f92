package vn.ocop.rating.promotion;

/** Kinds of trade-promotion activity (xúc tiến thương mại), step 6 of the cycle. */
public enum PromotionKind {
  /** Hội chợ, triển lãm: held at a place. */
  FAIR,
  /** Điểm giới thiệu và bán sản phẩm OCOP: a place. */
  SALES_POINT,
  /** Listing on an e-commerce platform (sàn thương mại điện tử): a URL. */
  ECOMMERCE_LISTING;

  public boolean isOnline() {
    return this == ECOMMERCE_LISTING;
  }
}
