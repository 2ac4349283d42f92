package vn.ocop.rating.routing;

/** What happened to a dossier between levels. */
public enum RoutingEventKind {
  /** Đã chuyển cấp trên: this level forwarded the product to the next level. */
  FORWARDED,
  /** Opened at this level for a product the lower level forwarded. */
  RECEIVED_FROM_LOWER_LEVEL,
  /** This level recorded its recognition decision on this dossier. */
  DECIDED,
  /** Another level of the chain decided; this dossier takes the outcome without a decision. */
  OUTCOME_FROM_OTHER_LEVEL,
  /**
   * The result fell below this level's competence; the lower level decided on its dossier and this
   * one is closed as not recognised here.
   */
  REFERRED_BACK
}
