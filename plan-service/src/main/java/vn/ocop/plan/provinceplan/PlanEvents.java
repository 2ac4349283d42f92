package vn.ocop.plan.provinceplan;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.contracts.plan.PlanApproved;
import vn.ocop.plan.indicator.Decimals;
import vn.ocop.platform.outbox.Outbox;

/**
 * Tells the other services a plan version came into force, through the outbox in the approving
 * transaction: the first version as {@code plan.approved}, an amendment as {@code plan.amended}.
 * Keyed by lineage, so a reader gets the versions of one plan in order.
 */
@ApplicationScoped
class PlanEvents {
  private final Outbox outbox;

  PlanEvents(Outbox outbox) {
    this.outbox = outbox;
  }

  void approved(Plan plan, List<PlanTarget> targets) {
    String type = plan.version == 1 ? EventTypes.PLAN_APPROVED : EventTypes.PLAN_AMENDED;
    outbox.publish(Topics.PLAN_TARGET, plan.lineageId, type, payload(plan, targets));
  }

  static PlanApproved payload(Plan plan, List<PlanTarget> targets) {
    return new PlanApproved(
        plan.id,
        plan.lineageId,
        plan.version,
        plan.supersedesPlanId,
        plan.title,
        plan.mapVersion,
        plan.provinceCode,
        plan.currentProvinceCode,
        plan.periodStart,
        plan.periodEnd,
        plan.decisionNumber,
        plan.decisionDate,
        plan.approvedBy,
        plan.approvedAt.toInstant(),
        targets.stream()
            .map(
                target ->
                    new PlanApproved.TargetLine(
                        target.indicatorCode,
                        target.communeCode,
                        target.year == null ? null : target.year.intValue(),
                        target.accumulation.name(),
                        target.kind.name(),
                        Decimals.plain(target.value)))
            .toList());
  }
}
