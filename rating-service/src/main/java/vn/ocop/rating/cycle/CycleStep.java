package vn.ocop.rating.cycle;

import java.util.Arrays;
import java.util.List;
import vn.ocop.platform.problem.ProblemException;

/**
 * The six steps of the annual OCOP cycle (chu trình OCOP thường niên, Decision 490/2018 and its
 * successors), in order, then the end of the round. A round moves only to the step after its
 * current one: provinces skip nothing, because each step's records feed the next.
 */
public enum CycleStep {
  /** 1. Tuyên truyền, hướng dẫn về Chương trình OCOP. */
  PROMOTION,
  /** 2. Nhận đăng ký ý tưởng sản phẩm: subjects register product ideas. */
  IDEA_REGISTRATION,
  /** 3. Nhận phương án, dự án sản xuất kinh doanh: subjects submit business plans. */
  BUSINESS_PLANS,
  /** 4. Triển khai phương án, dự án sản xuất kinh doanh, with the state's support. */
  IMPLEMENTATION,
  /** 5. Đánh giá và xếp hạng sản phẩm: dossiers are submitted, scored and recognised. */
  EVALUATION,
  /** 6. Xúc tiến thương mại: fairs, sales points, e-commerce listings. */
  TRADE_PROMOTION,
  /** The round is over (not a step of the cycle): nothing more is recorded in it. */
  CLOSED;

  /** The six steps proper, without {@link #CLOSED}. */
  public static List<CycleStep> steps() {
    return Arrays.stream(values()).filter(step -> step != CLOSED).toList();
  }

  public boolean acceptsDossiers() {
    return this == EVALUATION;
  }

  /** The only step a round at this step may move to; null at the end. */
  public CycleStep next() {
    return this == CLOSED ? null : values()[ordinal() + 1];
  }

  public boolean canMoveTo(CycleStep target) {
    return target != null && target == next();
  }

  /**
   * The step after moving to {@code target}.
   *
   * @throws ProblemException 409 CYCLE_STEP_TRANSITION_NOT_ALLOWED for a skip, a move back or a
   *     move from CLOSED
   */
  public CycleStep moveTo(CycleStep target) {
    if (!canMoveTo(target)) {
      throw ProblemException.conflict(
          "CYCLE_STEP_TRANSITION_NOT_ALLOWED",
          "A round at step "
              + this
              + " cannot move to "
              + target
              + (next() == null ? "; it is closed" : "; the next step is " + next()));
    }
    return target;
  }
}
