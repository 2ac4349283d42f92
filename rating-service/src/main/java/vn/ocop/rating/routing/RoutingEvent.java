package vn.ocop.rating.routing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import vn.ocop.rating.dossier.DossierStatus;

/**
 * One entry of a dossier's history between levels: the status alone does not say that the centre
 * decided for a forwarded province dossier, or that a central dossier was referred back.
 */
@Entity
@Table(name = "dossier_routing_event")
public class RoutingEvent {
  @Id private UUID id;

  @Column(name = "dossier_id")
  private UUID dossierId;

  @Column(name = "related_dossier_id")
  private UUID relatedDossierId;

  @Enumerated(EnumType.STRING)
  private RoutingEventKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status")
  private DossierStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status")
  private DossierStatus toStatus;

  @Column(name = "decision_id")
  private UUID decisionId;

  private String note;

  private String actor;

  @Column(name = "occurred_at")
  private Instant occurredAt;

  protected RoutingEvent() {}

  static RoutingEvent of(
      UUID dossierId,
      UUID relatedDossierId,
      RoutingEventKind kind,
      DossierStatus fromStatus,
      DossierStatus toStatus,
      UUID decisionId,
      String note,
      String actor,
      Instant occurredAt) {
    RoutingEvent event = new RoutingEvent();
    event.id = UUID.randomUUID();
    event.dossierId = dossierId;
    event.relatedDossierId = relatedDossierId;
    event.kind = kind;
    event.fromStatus = fromStatus;
    event.toStatus = toStatus;
    event.decisionId = decisionId;
    event.note = note;
    event.actor = actor;
    event.occurredAt = occurredAt;
    return event;
  }

  public UUID id() {
    return id;
  }

  public UUID dossierId() {
    return dossierId;
  }

  public UUID relatedDossierId() {
    return relatedDossierId;
  }

  public RoutingEventKind kind() {
    return kind;
  }

  public DossierStatus fromStatus() {
    return fromStatus;
  }

  public DossierStatus toStatus() {
    return toStatus;
  }

  public UUID decisionId() {
    return decisionId;
  }

  public String note() {
    return note;
  }

  public String actor() {
    return actor;
  }

  public Instant occurredAt() {
    return occurredAt;
  }
}
