package vn.ocop.rating.council;

/** A member's function in a council. Every member scores the council's dossiers. */
public enum CouncilRole {
  /** Chủ tịch hội đồng: exactly one per council. */
  CHAIR,
  /** Phó Chủ tịch hội đồng. */
  VICE_CHAIR,
  /** Thư ký hội đồng. */
  SECRETARY,
  /** Thành viên (ủy viên) hội đồng. */
  MEMBER
}
