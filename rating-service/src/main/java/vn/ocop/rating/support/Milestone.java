package vn.ocop.rating.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A progress milestone the subject reached while carrying out its approved plan (step 4). */
@Entity
@Table(name = "plan_milestone")
public class Milestone {
  @Id private UUID id;

  @Column(name = "plan_id")
  private UUID planId;

  private String title;

  @Column(name = "reached_on")
  private LocalDate reachedOn;

  private String note;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  protected Milestone() {}

  Milestone(UUID planId, RecordMilestoneRequest request, String username, Instant now) {
    this.id = UUID.randomUUID();
    this.planId = planId;
    this.title = request.title().strip();
    this.reachedOn = request.reachedOn();
    this.note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
    this.recordedBy = username;
    this.recordedAt = now;
  }

  public UUID id() {
    return id;
  }

  public UUID planId() {
    return planId;
  }

  public String title() {
    return title;
  }

  public LocalDate reachedOn() {
    return reachedOn;
  }

  public String note() {
    return note;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
