package vn.ocop.plan.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One move of a report in its workflow (its creation is the move from nothing to DRAFT). */
@Entity
@Table(name = "progress_report_transition")
public class ReportTransition extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long seq;

  @Column(name = "report_id")
  public UUID reportId;

  /** The report's revision after the move. */
  public int revision;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status")
  public ReportStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status")
  public ReportStatus toStatus;

  public String reason;

  @Column(name = "changed_by")
  public String changedBy;

  @Column(name = "changed_at")
  public OffsetDateTime changedAt;

  static ReportTransition of(
      ProgressReport report, ReportStatus from, String reason, String by, OffsetDateTime at) {
    ReportTransition transition = new ReportTransition();
    transition.reportId = report.id;
    transition.revision = report.revision;
    transition.fromStatus = from;
    transition.toStatus = report.status;
    transition.reason = reason;
    transition.changedBy = by;
    transition.changedAt = at;
    return transition;
  }

  /** Whether this move made the report the user's own: they drafted or submitted it. */
  boolean authoredBy(String username) {
    return username != null
        && username.equals(changedBy)
        && (toStatus == ReportStatus.DRAFT || toStatus == ReportStatus.SUBMITTED);
  }
}
