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
import java.util.UUID;

/** One transition in a certificate's status history, the issue itself (null → ISSUED) included. */
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

  @Column(name = "event_id")
  private String eventId;

  @Column(name = "changed_at")
  private Instant changedAt;

  @Column(name = "changed_by")
  private String changedBy;

  protected CertificateStatusChange() {}

  static CertificateStatusChange of(
      UUID certificateId,
      CertificateStatus oldStatus,
      CertificateStatus newStatus,
      String reason,
      String eventId,
      String changedBy) {
    CertificateStatusChange change = new CertificateStatusChange();
    change.certificateId = certificateId;
    change.oldStatus = oldStatus;
    change.newStatus = newStatus;
    change.reason = reason;
    change.eventId = eventId;
    change.changedAt = Instant.now();
    change.changedBy = changedBy;
    return change;
  }
}
