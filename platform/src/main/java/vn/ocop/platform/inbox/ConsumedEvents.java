package vn.ocop.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The consumed-event guard: which event ids each consumer has already applied. */
@ApplicationScoped
public class ConsumedEvents {
  private final EntityManager entityManager;

  ConsumedEvents(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * Records that {@code consumer} applies {@code eventId}, in the caller's transaction.
   *
   * @return true the first time, false when the event was applied before (skip it)
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean firstTime(String consumer, String eventId, String eventType) {
    int inserted =
        entityManager
            .createNativeQuery(
                "insert into consumed_event (consumer, event_id, event_type) values (?1, ?2, ?3)"
                    + " on conflict do nothing")
            .setParameter(1, consumer)
            .setParameter(2, eventId)
            .setParameter(3, eventType)
            .executeUpdate();
    return inserted == 1;
  }
}
