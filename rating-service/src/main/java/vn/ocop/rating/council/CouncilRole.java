package vn.ocop.rating.council;

/** A member's function in a council or advisory team. */
public enum CouncilRole {
  /** Chủ tịch hội đồng (tổ trưởng): exactly one per council. */
  CHAIR,
  /** Phó Chủ tịch hội đồng. */
  VICE_CHAIR,
  /** Thư ký hội đồng: keeps the minutes (biên bản) and does not score. */
  SECRETARY,
  /** Thành viên (ủy viên) hội đồng. */
  MEMBER;

  /** Whether a member in this function fills a score sheet and counts towards the quorum. */
  public boolean scores() {
    return this != SECRETARY;
  }
}
