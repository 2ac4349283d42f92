package vn.ocop.plan.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.jboss.logging.Logger;
import vn.ocop.contracts.rating.BusinessPlanReviewed;
import vn.ocop.contracts.rating.IdeaRegistered;
import vn.ocop.plan.fact.FactPlace;
import vn.ocop.plan.product.ProductSets;
import vn.ocop.platform.inbox.InboundEvent;

/** Keeps idea and business-plan facts, in the applying transaction. */
@ApplicationScoped
public class RegistrationFacts {
  private static final Logger LOG = Logger.getLogger(RegistrationFacts.class);

  /** Records an idea once; a later event for the same idea changes nothing. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordIdea(InboundEvent<IdeaRegistered> event, FactPlace place, LocalDate on) {
    IdeaRegistered registered = event.data();
    if (IdeaFact.findById(registered.ideaId()) != null) {
      LOG.infof(
          "idea %s was recorded before; event %s changes nothing", registered.ideaId(), event.id());
      return;
    }
    IdeaFact fact = new IdeaFact();
    fact.ideaId = registered.ideaId();
    fact.cycleId = registered.cycleId();
    fact.subjectId = registered.subjectId();
    fact.subjectType = registered.subjectType();
    fact.productName = registered.productName();
    fact.productSet = registered.productSet() == 0 ? null : (short) registered.productSet();
    fact.productGroup = ProductSets.groupOf(registered.productSet());
    fact.provinceCode = place.provinceCode();
    fact.reportedProvinceCode = place.reportedProvinceCode();
    fact.communeCode = place.communeCode();
    fact.registeredOn = on;
    fact.year = (short) on.getYear();
    fact.sourceEventId = event.id();
    fact.persist();
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void recordPlanReview(
      InboundEvent<BusinessPlanReviewed> event, FactPlace place, LocalDate on) {
    BusinessPlanReviewed reviewed = event.data();
    BusinessPlanFact fact = BusinessPlanFact.findById(reviewed.planId());
    boolean created = fact == null;
    if (created) {
      fact = new BusinessPlanFact();
      fact.planId = reviewed.planId();
    }
    fact.ideaId = reviewed.ideaId();
    fact.subjectId = reviewed.subjectId();
    fact.provinceCode = place.provinceCode();
    fact.reportedProvinceCode = place.reportedProvinceCode();
    fact.review(reviewed.status(), on, event.time(), event.id());
    if (created) {
      fact.persist();
    }
  }
}
