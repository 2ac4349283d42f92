package vn.ocop.plan.provinceplan;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The targets in force: those of the approved version of every plan (drafts and superseded versions
 * never count), for plans made on either map.
 */
@ApplicationScoped
public class PlanTargets {
  private static final String IN_FORCE =
      "select t, p from PlanTarget t, Plan p where t.planId = p.id and p.status = 'APPROVED'"
          + " and p.periodStart <= :year and p.periodEnd >= :year"
          + " and (t.year is null or t.year = :year)";

  /** The province's targets in force in the year (province-wide and per commune). */
  public List<EffectiveTarget> inForce(String currentProvinceCode, int year) {
    return query(IN_FORCE + " and p.currentProvinceCode = :province", currentProvinceCode, year);
  }

  /** Every province's targets in force in the year. */
  public List<EffectiveTarget> inForce(int year) {
    return query(IN_FORCE, null, year);
  }

  private static List<EffectiveTarget> query(String jpql, String province, int year) {
    var query =
        Plan.getEntityManager()
            .createQuery(jpql + " order by p.currentProvinceCode, t.indicatorCode", Object[].class)
            .setParameter("year", (short) year);
    if (province != null) {
      query.setParameter("province", province);
    }
    return query.getResultList().stream()
        .map(row -> of((PlanTarget) row[0], (Plan) row[1]))
        .toList();
  }

  private static EffectiveTarget of(PlanTarget target, Plan plan) {
    return new EffectiveTarget(
        plan.id,
        plan.lineageId,
        plan.version,
        plan.mapVersion,
        plan.provinceCode,
        plan.currentProvinceCode,
        plan.periodStart,
        plan.periodEnd,
        target.indicatorCode,
        target.communeCode,
        target.year == null ? null : target.year.intValue(),
        target.accumulation,
        target.kind,
        target.value);
  }
}
