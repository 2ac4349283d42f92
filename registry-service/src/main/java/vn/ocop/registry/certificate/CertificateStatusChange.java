package vn.ocop.registry.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One transition in a certificate's status history, the issue itself (null → ISSUED) included. Rows
 * are only ever added: the history is the audit trail of decisions on the certificate.
 */
@Entity
@Table(name = "certificate_status_history")
public class CertificateStatusChange {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "certificate_id")
  private UUID certificateId;

  @Enumerated(EnumType.STRING)
  @Column(name = "old_status")
  private CertificateStatus oldStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "new_status")
  private CertificateStatus newStatus;

  private String reason;

  @Column(name = "decision_number")
  private String decisionNumber;

  @Column(name = "decision_date")
  private LocalDate decisionDate;

  @Column(name = "event_id")
  private String eventId;

  @Column(name = "changed_at")
  private Instant changedAt;

  @Column(name = "changed_by")
  private String changedBy;

  protected CertificateStatusChange() {}

  /** The issue of a certificate, caused by a consumed event. */
  static CertificateStatusChange of(
      UUID certificateId,
      CertificateStatus oldStatus,
      CertificateStatus newStatus,
      String reason,
      String eventId,
      String changedBy) {
    CertificateStatusChange change =
        of(certificateId, oldStatus, newStatus, reason, null, changedBy, Instant.now());
    change.eventId = eventId;
    return change;
  }

  static CertificateStatusChange of(
      UUID certificateId,
      CertificateStatus oldStatus,
      CertificateStatus newStatus,
      String reason,
      StatusDecision decision,
      String changedBy,
      Instant changedAt) {
    CertificateStatusChange change = new CertificateStatusChange();
    change.certificateId = certificateId;
    change.oldStatus = oldStatus;
    change.newStatus = newStatus;
    change.reason = reason;
    change.decisionNumber = decision == null ? null : decision.number();
    change.decisionDate = decision == null ? null : decision.date();
    change.changedAt = changedAt;
    change.changedBy = changedBy;
    return change;
  }

  public UUID certificateId() {
    return certificateId;
  }

  /** Null for the issue. */
  public CertificateStatus oldStatus() {
    return oldStatus;
  }

  public CertificateStatus newStatus() {
    return newStatus;
  }

  public String reason() {
    return reason;
  }

  public String decisionNumber() {
    return decisionNumber;
  }

  public LocalDate decisionDate() {
    return decisionDate;
  }

  public Instant changedAt() {
    return changedAt;
  }

  public String changedBy() {
    return changedBy;
  }
}
