package vn.ocop.platform.security;

/** The roles of the suite, as carried in the {@code groups} claim. */
public final class Roles {
  public static final String ADMIN = "admin";

  /** Văn phòng Điều phối NTM trung ương: reads everything, approves national reports. */
  public static final String NATIONAL_OFFICER = "national-officer";

  public static final String PROVINCE_OFFICER = "province-officer";
  public static final String COMMUNE_OFFICER = "commune-officer";

  /** Thành viên hội đồng đánh giá, phân hạng. */
  public static final String COUNCIL_MEMBER = "council-member";

  /** Tổ tư vấn (advisory team). */
  public static final String ADVISOR = "advisor";

  /** A member of a subject (chủ thể): cooperative, enterprise, household business. */
  public static final String SUBJECT_MEMBER = "subject-member";

  private Roles() {}
}
