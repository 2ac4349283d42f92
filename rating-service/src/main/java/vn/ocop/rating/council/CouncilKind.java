package vn.ocop.rating.council;

/** What a body constituted for the evaluation does. */
public enum CouncilKind {
  /** Hội đồng đánh giá, phân hạng: its members score the dossiers. */
  COUNCIL,
  /**
   * Tổ tư vấn / tổ giúp việc: prepares and checks dossiers for the council; it never scores, so no
   * dossier is put before its sessions.
   */
  ADVISORY_TEAM
}
