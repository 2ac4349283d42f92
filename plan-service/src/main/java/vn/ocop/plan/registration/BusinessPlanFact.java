package vn.ocop.plan.registration;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A business plan (phương án/dự án sản xuất kinh doanh) as a fact: its latest review and the date
 * it was approved, the year it counts in. Its commune is its idea's.
 */
@Entity
@Table(name = "business_plan_fact")
public class BusinessPlanFact extends PanacheEntityBase {
  static final String APPROVED = "APPROVED";

  @Id
  @Column(name = "plan_id")
  public UUID planId;

  @Column(name = "idea_id")
  public UUID ideaId;

  @Column(name = "subject_id")
  public UUID subjectId;

  @Column(name = "province_code")
  public String provinceCode;

  @Column(name = "reported_province_code")
  public String reportedProvinceCode;

  /** The outcome of the latest review: APPROVED, RETURNED or REJECTED. */
  public String status;

  @Column(name = "reviewed_on")
  public LocalDate reviewedOn;

  /** The earliest approval seen; null while the plan was never approved. */
  @Column(name = "approved_on")
  public LocalDate approvedOn;

  @Column(name = "approved_year")
  public Short approvedYear;

  @Column(name = "approved_event_id")
  public String approvedEventId;

  @Column(name = "state_at")
  public OffsetDateTime stateAt;

  @Column(name = "state_event_id")
  public String stateEventId;

  /** Takes a review: its status if it is the latest, and its date if it is the first approval. */
  void review(String outcome, LocalDate on, OffsetDateTime at, String eventId) {
    if (stateAt == null || !at.isBefore(stateAt)) {
      status = outcome;
      reviewedOn = on;
      stateAt = at;
      stateEventId = eventId;
    }
    if (APPROVED.equals(outcome) && (approvedOn == null || on.isBefore(approvedOn))) {
      approvedOn = on;
      approvedYear = (short) on.getYear();
      approvedEventId = eventId;
    }
  }
}
