package vn.ocop.rating.businessplan;

import java.util.EnumSet;
import java.util.Set;
import vn.ocop.platform.problem.ProblemException;

/**
 * Where a business plan (phương án/dự án sản xuất kinh doanh) stands:
 *
 * <pre>
 * SUBMITTED → APPROVED → READY_FOR_EVALUATION (the subject declares the product ready, step 4 done)
 *     ↓   ↑        ↘ (support and milestones are recorded while APPROVED)
 *   RETURNED         REJECTED ← SUBMITTED
 * </pre>
 */
public enum PlanStatus {
  /** Đã nộp: waiting for the province office's review. */
  SUBMITTED,
  /** Được phê duyệt: carried out with the state's support (step 4). */
  APPROVED,
  /** Trả lại để bổ sung, hoàn thiện. */
  RETURNED,
  /** Không phê duyệt. */
  REJECTED,
  /** Sản phẩm sẵn sàng đánh giá: a dossier may be opened for the product (step 5). */
  READY_FOR_EVALUATION;

  /** The outcomes a reviewer may choose. */
  public static final Set<PlanStatus> REVIEW_OUTCOMES = EnumSet.of(APPROVED, RETURNED, REJECTED);

  public Set<PlanStatus> next() {
    return switch (this) {
      case SUBMITTED -> EnumSet.of(APPROVED, RETURNED, REJECTED);
      case RETURNED -> EnumSet.of(SUBMITTED);
      case APPROVED -> EnumSet.of(READY_FOR_EVALUATION);
      case REJECTED, READY_FOR_EVALUATION -> EnumSet.noneOf(PlanStatus.class);
    };
  }

  public boolean canMoveTo(PlanStatus target) {
    return next().contains(target);
  }

  /**
   * The state after moving to {@code target}.
   *
   * @throws ProblemException 409 with {@link #refusalCode(PlanStatus)} if the move is illegal
   */
  public PlanStatus moveTo(PlanStatus target) {
    if (!canMoveTo(target)) {
      throw ProblemException.conflict(
          refusalCode(target), "The business plan is " + this + " and cannot become " + target);
    }
    return target;
  }

  /** The stable code of a refused move: the state the move needs. */
  public static String refusalCode(PlanStatus target) {
    return switch (target) {
      case SUBMITTED -> "BUSINESS_PLAN_NOT_RETURNED";
      case APPROVED, RETURNED, REJECTED -> "BUSINESS_PLAN_NOT_SUBMITTED";
      case READY_FOR_EVALUATION -> "BUSINESS_PLAN_NOT_APPROVED";
    };
  }
}
