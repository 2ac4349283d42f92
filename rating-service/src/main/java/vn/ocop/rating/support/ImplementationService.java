package vn.ocop.rating.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;
import vn.ocop.rating.LocalCalendar;
import vn.ocop.rating.businessplan.BusinessPlan;
import vn.ocop.rating.businessplan.PlanService;
import vn.ocop.rating.businessplan.PlanStatus;

/**
 * Step 4 of the cycle: carrying out an approved plan. Officers record the support given, the
 * subject its milestones; both only while the plan is APPROVED (after the product is declared
 * ready, the record is closed).
 */
@ApplicationScoped
public class ImplementationService {
  private final PlanService plans;
  private final LocalCalendar calendar;
  private final EntityManager entityManager;

  ImplementationService(PlanService plans, LocalCalendar calendar, EntityManager entityManager) {
    this.plans = plans;
    this.calendar = calendar;
    this.entityManager = entityManager;
  }

  @Transactional
  public SupportRecord recordSupport(UUID planId, RecordSupportRequest request, Caller caller) {
    BusinessPlan plan = plans.forOfficer(planId, caller);
    requireApproved(plan);
    SupportRecord record = new SupportRecord(plan.id(), request, caller.username(), calendar.now());
    entityManager.persist(record);
    return record;
  }

  @Transactional
  public Milestone recordMilestone(UUID planId, RecordMilestoneRequest request, Caller caller) {
    BusinessPlan plan = plans.owned(planId, caller);
    requireApproved(plan);
    Milestone milestone = new Milestone(plan.id(), request, caller.username(), calendar.now());
    entityManager.persist(milestone);
    return milestone;
  }

  public List<SupportRecord> support(UUID planId, Caller caller) {
    BusinessPlan plan = plans.visible(planId, caller);
    return entityManager
        .createQuery(
            "from SupportRecord where planId = :plan order by receivedOn, recordedAt",
            SupportRecord.class)
        .setParameter("plan", plan.id())
        .getResultList();
  }

  public List<Milestone> milestones(UUID planId, Caller caller) {
    BusinessPlan plan = plans.visible(planId, caller);
    return entityManager
        .createQuery(
            "from Milestone where planId = :plan order by reachedOn, recordedAt", Milestone.class)
        .setParameter("plan", plan.id())
        .getResultList();
  }

  private static void requireApproved(BusinessPlan plan) {
    if (plan.status() != PlanStatus.APPROVED) {
      throw ProblemException.conflict(
          "BUSINESS_PLAN_NOT_APPROVED",
          "Plan "
              + plan.id()
              + " is "
              + plan.status()
              + "; support and milestones are recorded while it is APPROVED");
    }
  }
}
