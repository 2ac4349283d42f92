package vn.ocop.plan.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.ocop.platform.problem.ProblemException;

/**
 * A province's progress report (báo cáo tiến độ, báo cáo kết quả thực hiện) for one year and
 * period: figures filled from the actuals, a narrative written by hand, and its place in the
 * submission workflow ({@link ReportStatus}).
 */
@Entity
@Table(name = "progress_report")
public class ProgressReport extends PanacheEntityBase {
  public static final String NOT_EDITABLE = "REPORT_NOT_EDITABLE";

  @Id public UUID id;

  @Column(name = "province_code")
  public String provinceCode;

  public short year;

  @Enumerated(EnumType.STRING)
  public ReportPeriod period;

  @Enumerated(EnumType.STRING)
  public ReportStatus status;

  /** Number of submissions. */
  public int revision;

  public String narrative;

  @Column(name = "figures_as_of")
  public OffsetDateTime figuresAsOf;

  @Column(name = "created_by")
  public String createdBy;

  @Column(name = "created_at")
  public OffsetDateTime createdAt;

  @Column(name = "updated_at")
  public OffsetDateTime updatedAt;

  @Column(name = "submitted_by")
  public String submittedBy;

  @Column(name = "submitted_at")
  public OffsetDateTime submittedAt;

  /** Who approved or returned it last. */
  @Column(name = "decided_by")
  public String decidedBy;

  @Column(name = "decided_at")
  public OffsetDateTime decidedAt;

  @Column(name = "return_reason")
  public String returnReason;

  @Version
  @Column(name = "row_version")
  public long rowVersion;

  static ProgressReport draft(
      String provinceCode,
      int year,
      ReportPeriod period,
      String narrative,
      String by,
      OffsetDateTime now) {
    ProgressReport report = new ProgressReport();
    report.id = UUID.randomUUID();
    report.provinceCode = provinceCode;
    report.year = (short) year;
    report.period = period;
    report.status = ReportStatus.DRAFT;
    report.revision = 0;
    report.narrative = narrative;
    report.figuresAsOf = now;
    report.createdBy = by;
    report.createdAt = now;
    report.updatedAt = now;
    return report;
  }

  /** Fails with 409 REPORT_NOT_EDITABLE unless the province may still change the report. */
  void requireEditable() {
    if (!status.isEditable()) {
      throw ProblemException.conflict(
          NOT_EDITABLE,
          "The report is "
              + status
              + ": only a DRAFT or RETURNED report is edited; its figures are frozen once submitted");
    }
  }

  void edit(String narrative, OffsetDateTime now) {
    requireEditable();
    this.narrative = narrative;
    this.updatedAt = now;
  }

  void figuresRefreshed(OffsetDateTime now) {
    requireEditable();
    this.figuresAsOf = now;
    this.updatedAt = now;
  }

  void submit(String by, OffsetDateTime now) {
    status = status.moveTo(ReportStatus.SUBMITTED);
    revision++;
    submittedBy = by;
    submittedAt = now;
    // The last decision concerned the previous revision; the history keeps it.
    decidedBy = null;
    decidedAt = null;
    returnReason = null;
    updatedAt = now;
  }

  void approve(String by, OffsetDateTime now) {
    status = status.moveTo(ReportStatus.APPROVED);
    decidedBy = by;
    decidedAt = now;
    updatedAt = now;
  }

  void sendBack(String reason, String by, OffsetDateTime now) {
    status = status.moveTo(ReportStatus.RETURNED);
    returnReason = reason;
    decidedBy = by;
    decidedAt = now;
    updatedAt = now;
  }
}
