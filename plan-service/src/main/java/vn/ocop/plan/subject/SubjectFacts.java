package vn.ocop.plan.subject;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import java.util.function.Consumer;
import vn.ocop.contracts.registry.SubjectRegistered;
import vn.ocop.contracts.registry.SubjectState;
import vn.ocop.contracts.registry.SubjectUpdated;
import vn.ocop.plan.fact.FactPlace;
import vn.ocop.plan.fact.FactPlaces;
import vn.ocop.platform.inbox.InboundEvent;

/**
 * Keeps the subject facts, in the applying transaction. The payload was checked and placed by the
 * consumer before: nothing here refuses an event.
 */
@ApplicationScoped
public class SubjectFacts {

  @Transactional(Transactional.TxType.MANDATORY)
  public void recordRegistered(InboundEvent<SubjectRegistered> event, FactPlace place) {
    SubjectRegistered registered = event.data();
    change(
        registered.subjectId(),
        fact -> {
          fact.takeState(
              registered.subjectType(), registered.name(), place, event.time(), event.id());
          fact.registeredOn(FactPlaces.localDate(event.time()), event.id());
        });
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void recordUpdated(InboundEvent<SubjectUpdated> event, FactPlace place) {
    SubjectState after = event.data().after();
    change(
        event.data().subjectId(),
        fact -> fact.takeState(after.subjectType(), after.name(), place, event.time(), event.id()));
  }

  /** Changes the subject's row, creating it (complete, then persisted) when it is the first. */
  private static void change(UUID subjectId, Consumer<SubjectFact> change) {
    SubjectFact fact = SubjectFact.findById(subjectId);
    if (fact != null) {
      change.accept(fact);
      return;
    }
    fact = SubjectFact.of(subjectId);
    change.accept(fact);
    fact.persist();
  }
}
