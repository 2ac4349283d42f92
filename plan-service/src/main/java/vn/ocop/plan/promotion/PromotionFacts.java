package vn.ocop.plan.promotion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import vn.ocop.contracts.rating.PromotionRecorded;
import vn.ocop.plan.fact.FactPlace;
import vn.ocop.platform.inbox.InboundEvent;

/** Keeps promotion facts, in the applying transaction. */
@ApplicationScoped
public class PromotionFacts {

  /**
   * Records an activity once; a re-published event only adds products it did not list before (the
   * union does not depend on the order events arrive in).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(InboundEvent<PromotionRecorded> event, FactPlace place, LocalDate on) {
    PromotionRecorded recorded = event.data();
    PromotionFact fact = PromotionFact.findById(recorded.activityId());
    boolean created = fact == null;
    if (created) {
      fact = new PromotionFact();
      fact.activityId = recorded.activityId();
      fact.cycleId = recorded.cycleId();
      fact.provinceCode = place.provinceCode();
      fact.reportedProvinceCode = place.reportedProvinceCode();
      fact.kind = recorded.kind();
      fact.title = recorded.title();
      fact.startsOn = on;
      fact.endsOn = recorded.endsOn();
      fact.year = (short) on.getYear();
      fact.sourceEventId = event.id();
    }
    if (recorded.productIds() != null) {
      recorded.productIds().stream().filter(id -> id != null).forEach(fact.productIds::add);
    }
    if (created) {
      fact.persist();
    }
  }
}
