package vn.ocop.rating.session;

import java.util.EnumSet;
import java.util.Set;
import vn.ocop.platform.problem.ProblemException;

/**
 * Where a council session (phiên họp) stands:
 *
 * <pre>
 * PLANNED → OPEN → CLOSED
 *    ↘ CANCELLED
 * </pre>
 *
 * An illegal move is a 409 whose code names the state the move needs.
 */
public enum SessionStatus {
  /** Đã lên lịch: date and place set, dossiers may be put before it. */
  PLANNED,
  /** Đang họp: quorum present, attendance recorded; members score. */
  OPEN,
  /** Đã kết thúc. */
  CLOSED,
  /** Đã hủy: never held. */
  CANCELLED;

  public Set<SessionStatus> next() {
    return switch (this) {
      case PLANNED -> EnumSet.of(OPEN, CANCELLED);
      case OPEN -> EnumSet.of(CLOSED);
      case CLOSED, CANCELLED -> EnumSet.noneOf(SessionStatus.class);
    };
  }

  public boolean canMoveTo(SessionStatus target) {
    return next().contains(target);
  }

  /** Whether dossiers may still be put before the session and members still declare. */
  public boolean isActive() {
    return this == PLANNED || this == OPEN;
  }

  /**
   * The state after moving to {@code target}.
   *
   * @throws ProblemException 409 with {@link #refusalCode(SessionStatus)} if the move is illegal
   */
  public SessionStatus moveTo(SessionStatus target) {
    if (!canMoveTo(target)) {
      throw ProblemException.conflict(
          refusalCode(target), "The session is " + this + " and cannot become " + target);
    }
    return target;
  }

  /** The stable error code of a refused move to {@code target}. */
  public static String refusalCode(SessionStatus target) {
    return switch (target) {
      case PLANNED -> "SESSION_ALREADY_STARTED";
      case OPEN, CANCELLED -> "SESSION_NOT_PLANNED";
      case CLOSED -> "SESSION_NOT_OPEN";
    };
  }
}
