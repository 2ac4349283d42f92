package vn.ocop.plan.report;

import java.util.EnumSet;
import java.util.Set;
import vn.ocop.platform.problem.ProblemException;

/**
 * Where a progress report stands:
 *
 * <pre>
 * DRAFT → SUBMITTED → APPROVED
 *            ↓   ↑
 *          RETURNED (with the reason; the province edits and resubmits)
 * </pre>
 *
 * The province edits only a DRAFT or RETURNED report; a submitted report's figures are frozen.
 */
public enum ReportStatus {
  /** Dự thảo: the province is writing it. */
  DRAFT,
  /** Đã gửi: waiting for the national office. */
  SUBMITTED,
  /** Trả lại để hoàn thiện: the province revises and resubmits it. */
  RETURNED,
  /** Đã phê duyệt: final. */
  APPROVED;

  public static final String TRANSITION_NOT_ALLOWED = "REPORT_TRANSITION_NOT_ALLOWED";

  public Set<ReportStatus> next() {
    return switch (this) {
      case DRAFT, RETURNED -> EnumSet.of(SUBMITTED);
      case SUBMITTED -> EnumSet.of(APPROVED, RETURNED);
      case APPROVED -> EnumSet.noneOf(ReportStatus.class);
    };
  }

  public boolean canMoveTo(ReportStatus target) {
    return next().contains(target);
  }

  /**
   * The state after moving to {@code target}.
   *
   * @throws ProblemException 409 REPORT_TRANSITION_NOT_ALLOWED if the move is illegal
   */
  public ReportStatus moveTo(ReportStatus target) {
    if (!canMoveTo(target)) {
      throw ProblemException.conflict(
          TRANSITION_NOT_ALLOWED,
          "The report is " + this + " and cannot become " + target + allowed());
    }
    return target;
  }

  /** The status named by a query parameter; null when absent; 400 naming the field otherwise. */
  public static ReportStatus parse(String raw, String field) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return valueOf(raw.strip());
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField(
          field, "type", "Expected one of DRAFT, SUBMITTED, RETURNED, APPROVED; got " + raw);
    }
  }

  public boolean isEditable() {
    return this == DRAFT || this == RETURNED;
  }

  private String allowed() {
    Set<ReportStatus> next = next();
    return next.isEmpty() ? " (it is final)" : " (it can become " + next + ")";
  }
}
