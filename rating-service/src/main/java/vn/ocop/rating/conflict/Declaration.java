package vn.ocop.rating.conflict;

/** What a member declares about a dossier before seeing it (bản cam kết, khai báo xung đột). */
public enum Declaration {
  /** No conflict of interest: the member may see and score the dossier. */
  NONE,
  /** A conflict of interest: the member is excluded from the dossier. */
  CONFLICT
}
