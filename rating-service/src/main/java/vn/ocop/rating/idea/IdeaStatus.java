package vn.ocop.rating.idea;

import java.util.EnumSet;
import java.util.Set;
import vn.ocop.platform.problem.ProblemException;

/**
 * Where a product idea (phiếu đăng ký ý tưởng sản phẩm) stands:
 *
 * <pre>
 * SUBMITTED → ACCEPTED | REJECTED
 *     ↓   ↑
 *   RETURNED (for revision, with the reason; the subject revises and resubmits)
 * </pre>
 */
public enum IdeaStatus {
  /** Đã đăng ký: waiting for the commune or province office's review. */
  SUBMITTED,
  /** Được chấp nhận: the subject goes on to write its business plan. */
  ACCEPTED,
  /** Trả lại để bổ sung, hoàn thiện: the subject revises it. */
  RETURNED,
  /** Không chấp nhận. */
  REJECTED;

  /** The outcomes a reviewer may choose. */
  public static final Set<IdeaStatus> REVIEW_OUTCOMES = EnumSet.of(ACCEPTED, RETURNED, REJECTED);

  public Set<IdeaStatus> next() {
    return switch (this) {
      case SUBMITTED -> EnumSet.of(ACCEPTED, RETURNED, REJECTED);
      case RETURNED -> EnumSet.of(SUBMITTED);
      case ACCEPTED, REJECTED -> EnumSet.noneOf(IdeaStatus.class);
    };
  }

  public boolean canMoveTo(IdeaStatus target) {
    return next().contains(target);
  }

  /**
   * The state after moving to {@code target}.
   *
   * @throws ProblemException 409 with {@link #refusalCode(IdeaStatus)} if the move is illegal
   */
  public IdeaStatus moveTo(IdeaStatus target) {
    if (!canMoveTo(target)) {
      throw ProblemException.conflict(
          refusalCode(target), "The idea is " + this + " and cannot become " + target);
    }
    return target;
  }

  /** The stable code of a refused move: the state the move needs. */
  public static String refusalCode(IdeaStatus target) {
    return target == SUBMITTED ? "IDEA_NOT_RETURNED" : "IDEA_NOT_SUBMITTED";
  }
}
