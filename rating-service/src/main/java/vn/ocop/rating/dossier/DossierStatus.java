package vn.ocop.rating.dossier;

import java.util.EnumSet;
import java.util.Set;
import vn.ocop.platform.problem.ProblemException;

/**
 * Where an evaluation dossier (hồ sơ đánh giá) stands, and the moves it may make:
 *
 * <pre>
 * DRAFT → SUBMITTED → IN_EVALUATION → EVALUATED → RECOGNISED
 *   ↓       ↓    ↑                        │   ↘ NOT_RECOGNISED
 *   ↓     RETURNED (for revision)         ↓
 *   ↓       ↓                          FORWARDED → RECOGNISED | NOT_RECOGNISED
 * WITHDRAWN ←┘                        (to the next level, whose result comes back)
 * </pre>
 *
 * A subject edits its dossier only in DRAFT or RETURNED. An illegal move is a 409 whose code names
 * the state the move needs, e.g. {@code DOSSIER_NOT_IN_EVALUATION} for scoring a dossier that no
 * council is scoring.
 */
public enum DossierStatus {
  /** Bản nháp: the subject is preparing it (evidence, self-assessment). */
  DRAFT,
  /** Đã nộp: submitted to the cycle at its level, waiting for a council session. */
  SUBMITTED,
  /** Trả lại: returned to the subject for revision, with the reason. */
  RETURNED,
  /** Đang đánh giá: assigned to a council session whose members score it. */
  IN_EVALUATION,
  /** Đã đánh giá: the council's result (average, star class after the gate) is known. */
  EVALUATED,
  /** Đã chuyển cấp trên: nominated to the next level, which evaluates it again. */
  FORWARDED,
  /** Đã công nhận: a recognition decision was recorded. */
  RECOGNISED,
  /** Không công nhận: the competent level decided not to recognise it. */
  NOT_RECOGNISED,
  /** Đã rút: withdrawn by the subject or the office before evaluation. */
  WITHDRAWN;

  public Set<DossierStatus> next() {
    return switch (this) {
      case DRAFT -> EnumSet.of(SUBMITTED, WITHDRAWN);
      case SUBMITTED -> EnumSet.of(RETURNED, IN_EVALUATION, WITHDRAWN);
      case RETURNED -> EnumSet.of(SUBMITTED, WITHDRAWN);
      case IN_EVALUATION -> EnumSet.of(EVALUATED);
      case EVALUATED -> EnumSet.of(FORWARDED, RECOGNISED, NOT_RECOGNISED);
      case FORWARDED -> EnumSet.of(RECOGNISED, NOT_RECOGNISED);
      case RECOGNISED, NOT_RECOGNISED, WITHDRAWN -> EnumSet.noneOf(DossierStatus.class);
    };
  }

  public boolean canMoveTo(DossierStatus target) {
    return next().contains(target);
  }

  /** Whether the subject may still change the dossier (evidence, self-assessment). */
  public boolean isEditable() {
    return this == DRAFT || this == RETURNED;
  }

  /**
   * The state after moving to {@code target}.
   *
   * @throws ProblemException 409 with {@link #refusalCode(DossierStatus)} if the move is illegal
   */
  public DossierStatus moveTo(DossierStatus target) {
    if (!canMoveTo(target)) {
      throw ProblemException.conflict(
          refusalCode(target), "The dossier is " + this + " and cannot become " + target);
    }
    return target;
  }

  /** The stable error code of a refused move to {@code target}: the state the move needs. */
  public static String refusalCode(DossierStatus target) {
    return switch (target) {
      case DRAFT -> "DOSSIER_NOT_DRAFT";
      case SUBMITTED -> "DOSSIER_NOT_EDITABLE";
      case RETURNED, IN_EVALUATION -> "DOSSIER_NOT_SUBMITTED";
      case EVALUATED -> "DOSSIER_NOT_IN_EVALUATION";
      case FORWARDED, RECOGNISED, NOT_RECOGNISED -> "DOSSIER_NOT_EVALUATED";
      case WITHDRAWN -> "DOSSIER_NOT_WITHDRAWABLE";
    };
  }
}
