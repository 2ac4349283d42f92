package vn.ocop.plan.provinceplan;

import java.util.Map;
import java.util.Set;

/**
 * The life of one version of a plan. A draft is edited and approved; an approved version is never
 * edited again, only superseded by the approval of its amendment.
 */
public enum PlanStatus {
  DRAFT,
  APPROVED,
  SUPERSEDED;

  private static final Map<PlanStatus, Set<PlanStatus>> NEXT =
      Map.of(DRAFT, Set.of(APPROVED), APPROVED, Set.of(SUPERSEDED), SUPERSEDED, Set.of());

  public boolean canMoveTo(PlanStatus next) {
    return NEXT.get(this).contains(next);
  }
}
