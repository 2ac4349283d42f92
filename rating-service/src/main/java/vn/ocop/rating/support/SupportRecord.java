package vn.ocop.rating.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.ocop.rating.businessplan.SupportKind;

/**
 * Support the state gave a subject to carry out its approved plan (step 4): training, branding and
 * packaging, credit, trade linkage, equipment. Recorded by an officer; never edited.
 */
@Entity
@Table(name = "plan_support")
public class SupportRecord {
  @Id private UUID id;

  @Column(name = "plan_id")
  private UUID planId;

  @Enumerated(EnumType.STRING)
  private SupportKind kind;

  private String provider;

  @Column(name = "amount_vnd")
  private Long amountVnd;

  @Column(name = "received_on")
  private LocalDate receivedOn;

  private String note;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  protected SupportRecord() {}

  SupportRecord(UUID planId, RecordSupportRequest request, String username, Instant now) {
    this.id = UUID.randomUUID();
    this.planId = planId;
    this.kind = request.kind();
    this.provider = request.provider().strip();
    this.amountVnd = request.amountVnd();
    this.receivedOn = request.receivedOn();
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

  public SupportKind kind() {
    return kind;
  }

  public String provider() {
    return provider;
  }

  public Long amountVnd() {
    return amountVnd;
  }

  public LocalDate receivedOn() {
    return receivedOn;
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
