package vn.ocop.rating.routing;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.ocop.rating.dossier.DossierStatus;

/** The routing history of dossiers; written in the transaction of the change it records. */
@ApplicationScoped
public class RoutingHistory implements PanacheRepositoryBase<RoutingEvent, UUID> {

  public void record(
      UUID dossierId,
      UUID relatedDossierId,
      RoutingEventKind kind,
      DossierStatus fromStatus,
      DossierStatus toStatus,
      UUID decisionId,
      String note,
      String actor,
      Instant at) {
    persist(
        RoutingEvent.of(
            dossierId, relatedDossierId, kind, fromStatus, toStatus, decisionId, note, actor, at));
  }

  /** The history of the dossiers, oldest first. */
  public List<RoutingEvent> of(List<UUID> dossierIds) {
    if (dossierIds.isEmpty()) {
      return List.of();
    }
    return list("dossierId in ?1 order by occurredAt, id", dossierIds);
  }
}
