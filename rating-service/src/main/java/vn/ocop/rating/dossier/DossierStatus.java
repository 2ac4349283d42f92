package vn.ocop.rating.dossier;

import java.util.EnumSet;
import java.util.Set;
import vn.ocop.platform.problem.ProblemException;

/**
 * Where an evaluation dossier (hồ sơ đánh giá) stands, and the moves it may make:
 *
 * <pre>
 * SUBMITTED → IN_EVALUATION → EVALUATED → RECOGNISED
 *                                       ↘ NOT_RECOGNISED
 * </pre>
 *
 * An illegal move is a 409 whose code names the state the move needs, e.g. {@code
 * DOSSIER_NOT_IN_EVALUATION} for scoring a dossier that no council is scoring.
 */
public enum DossierStatus {
  /** Nộp hồ sơ: submitted to the cycle, waiting for a council. */
  SUBMITTED,
  /** Đang đánh giá: a council is assigned and its members score. */
  IN_EVALUATION,
  /** Đã đánh giá: every member scored; the average and star class are known. */
  EVALUATED,
  /** Đã công nhận: a recognition decision was recorded. */
  RECOGNISED,
  /** Không công nhận: the result will not be recognised (e.g. below 3★). */
  NOT_RECOGNISED;

  public Set<DossierStatus> next() {
    return switch (this) {
      case SUBMITTED -> EnumSet.of(IN_EVALUATION);
      case IN_EVALUATION -> EnumSet.of(EVALUATED);
      case EVALUATED -> EnumSet.of(RECOGNISED, NOT_RECOGNISED);
      case RECOGNISED, NOT_RECOGNISED -> EnumSet.noneOf(DossierStatus.class);
    };
  }

  public boolean canMoveTo(DossierStatus target) {
    return next().contains(target);
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
      case SUBMITTED -> "DOSSIER_NOT_RESUBMITTABLE";
      case IN_EVALUATION -> "DOSSIER_NOT_SUBMITTED";
      case EVALUATED -> "DOSSIER_NOT_IN_EVALUATION";
      case RECOGNISED, NOT_RECOGNISED -> "DOSSIER_NOT_EVALUATED";
    };
  }
}
