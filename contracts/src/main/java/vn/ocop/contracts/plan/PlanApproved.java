package vn.ocop.contracts.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A province's OCOP plan (kế hoạch) was approved: its first version (type {@code
 * vn.ocop.plan.approved.v1}) or an amendment (điều chỉnh kế hoạch, type {@code
 * vn.ocop.plan.amended.v1}) that replaces the version before it. Topic {@code ocop.plan.target.v1},
 * key = lineageId, so every version of one plan is read in order.
 *
 * @param lineageId the same for every version of the plan
 * @param version 1 for the first approved version, then 2, 3… for amendments
 * @param supersedesPlanId the version this one replaces; null for version 1
 * @param mapVersion the administrative map the plan was made on: 2025-07 (current) or 2025-03
 * @param provinceCode the province as the plan names it, on that map
 * @param currentProvinceCode the province on the current map its figures roll up into
 * @param targets every target of the approved version
 */
public record PlanApproved(
    UUID planId,
    UUID lineageId,
    int version,
    UUID supersedesPlanId,
    String title,
    String mapVersion,
    String provinceCode,
    String currentProvinceCode,
    int periodStart,
    int periodEnd,
    String decisionNumber,
    LocalDate decisionDate,
    String approvedBy,
    Instant approvedAt,
    List<TargetLine> targets) {

  /**
   * One target of the plan.
   *
   * @param communeCode null for a province-wide target
   * @param year null for a target over the whole period
   * @param accumulation PER_YEAR (counted in that year alone) or CUMULATIVE (from the period's
   *     start)
   * @param kind AT_LEAST or AT_MOST
   */
  public record TargetLine(
      String indicatorCode,
      String communeCode,
      Integer year,
      String accumulation,
      String kind,
      BigDecimal value) {}
}
