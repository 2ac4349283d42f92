package vn.ocop.rating.businessplan;

/** Kinds of state support for carrying out a business plan (hỗ trợ triển khai phương án). */
public enum SupportKind {
  /** Đào tạo, tập huấn. */
  TRAINING,
  /** Thiết kế nhãn hiệu, bao bì. */
  BRANDING_PACKAGING,
  /** Tín dụng, vốn vay. */
  CREDIT,
  /** Kết nối, liên kết thương mại. */
  TRADE_LINKAGE,
  /** Máy móc, thiết bị. */
  EQUIPMENT,
  OTHER
}
