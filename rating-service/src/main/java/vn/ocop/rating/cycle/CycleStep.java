package vn.ocop.rating.cycle;

/**
 * The six steps of the annual OCOP cycle (chu trình OCOP thường niên, Decision 490/2018 and its
 * successors), in order.
 */
public enum CycleStep {
  /** Tuyên truyền, hướng dẫn về Chương trình OCOP. */
  PROMOTION,
  /** Nhận đăng ký ý tưởng sản phẩm. */
  IDEA_REGISTRATION,
  /** Nhận phương án, dự án sản xuất kinh doanh. */
  BUSINESS_PLAN,
  /** Triển khai phương án, dự án sản xuất kinh doanh. */
  IMPLEMENTATION,
  /** Đánh giá và xếp hạng sản phẩm: dossiers are submitted, scored and recognised. */
  EVALUATION,
  /** Xúc tiến thương mại. */
  TRADE_PROMOTION;

  public boolean acceptsDossiers() {
    return this == EVALUATION;
  }
}
