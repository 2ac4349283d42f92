package vn.ocop.plan.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.contracts.plan.ProgressReportChanged;
import vn.ocop.plan.indicator.Decimals;
import vn.ocop.platform.outbox.Outbox;

/**
 * Announces a report's moves on {@code ocop.plan.report.v1} (key = report id), through the outbox
 * in the transaction of the move: submitted, approved, returned. Drafting and editing are the
 * province's own business and are not announced.
 */
@ApplicationScoped
class ReportEvents {
  private final Outbox outbox;

  ReportEvents(Outbox outbox) {
    this.outbox = outbox;
  }

  void moved(ProgressReport report, ReportTransition move, List<ReportFigure> figures) {
    outbox.publish(
        Topics.PLAN_REPORT,
        report.id,
        typeOf(move.toStatus),
        new ProgressReportChanged(
            report.id,
            report.provinceCode,
            report.year,
            report.period.name(),
            report.revision,
            move.fromStatus == null ? null : move.fromStatus.name(),
            move.toStatus.name(),
            move.reason,
            move.changedBy,
            move.changedAt.toInstant(),
            figures.stream()
                .map(
                    figure ->
                        new ProgressReportChanged.Figure(
                            figure.indicatorCode,
                            Decimals.plain(figure.target),
                            Decimals.plain(figure.actual),
                            figure.source.name(),
                            Decimals.plain(figure.cumulative),
                            figure.cumulativeFrom == null ? null : figure.cumulativeFrom.intValue(),
                            figure.targetKind == null ? null : figure.targetKind.name(),
                            figure.targetAccumulation == null
                                ? null
                                : figure.targetAccumulation.name()))
                .toList()));
  }

  private static String typeOf(ReportStatus status) {
    return switch (status) {
      case SUBMITTED -> EventTypes.REPORT_SUBMITTED;
      case APPROVED -> EventTypes.REPORT_APPROVED;
      case RETURNED -> EventTypes.REPORT_RETURNED;
      case DRAFT -> throw new IllegalArgumentException("a report never moves back to DRAFT");
    };
  }

  /** 50 rather than 50.00. */
}
