package vn.ocop.plan.subject;

/** The kinds of OCOP subject (chủ thể) the registry knows; national statistics count by them. */
public enum SubjectType {
  /** Hợp tác xã. */
  COOPERATIVE,
  /** Tổ hợp tác. */
  COOPERATIVE_GROUP,
  /** Doanh nghiệp, mostly small and medium-sized. */
  ENTERPRISE,
  /** Cơ sở sản xuất, hộ kinh doanh có đăng ký kinh doanh. */
  HOUSEHOLD_BUSINESS
}
