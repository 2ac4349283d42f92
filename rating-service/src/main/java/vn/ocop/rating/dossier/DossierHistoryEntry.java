package vn.ocop.rating.dossier;

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

/**
 * One move of a dossier's status (lịch sử hồ sơ): who moved it, when, from where to where and why.
 * Never changed once written, so a return's reason survives the resubmission.
 */
@Entity
@Table(name = "dossier_history")
public class DossierHistoryEntry {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "dossier_id")
  private UUID dossierId;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status")
  private DossierStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status")
  private DossierStatus toStatus;

  private String reason;

  private String actor;

  private Instant at;

  protected DossierHistoryEntry() {}

  /**
   * @param from null when the dossier was created
   */
  public static DossierHistoryEntry of(
      UUID dossierId,
      DossierStatus from,
      DossierStatus to,
      String reason,
      String actor,
      Instant at) {
    DossierHistoryEntry entry = new DossierHistoryEntry();
    entry.dossierId = dossierId;
    entry.fromStatus = from;
    entry.toStatus = to;
    entry.reason = reason;
    entry.actor = actor;
    entry.at = at;
    return entry;
  }

  public Long id() {
    return id;
  }

  public UUID dossierId() {
    return dossierId;
  }

  public DossierStatus fromStatus() {
    return fromStatus;
  }

  public DossierStatus toStatus() {
    return toStatus;
  }

  public String reason() {
    return reason;
  }

  public String actor() {
    return actor;
  }

  public Instant at() {
    return at;
  }
}
