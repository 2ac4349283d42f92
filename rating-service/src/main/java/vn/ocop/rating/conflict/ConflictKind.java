package vn.ocop.rating.conflict;

/** Why a member cannot judge a dossier impartially. */
public enum ConflictKind {
  /** The member belongs to the dossier's subject (chủ thể). */
  SAME_SUBJECT,
  /** A relative of the member runs or belongs to the subject. */
  RELATIVE,
  /** The member works for or represents the subject. */
  EMPLOYER,
  /** Any other reason, explained in the note. */
  OTHER
}
