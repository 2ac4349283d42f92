package vn.ocop.plan.provinceplan;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A plan version in a list, without its targets. */
@Schema(name = "PlanSummary")
public record PlanSummary(
    UUID id,
    UUID lineageId,
    int version,
    String title,
    String mapVersion,
    String planProvinceCode,
    String provinceCode,
    int periodStart,
    int periodEnd,
    PlanStatus status,
    @Schema(
            nullable = true,
            description = "The approving decision (quyết định); null until approved",
            example = "1234/QĐ-UBND")
        String decisionNumber,
    @Schema(
            implementation = String.class,
            format = "date",
            nullable = true,
            description = "Null until the plan is approved by decision")
        LocalDate decisionDate,
    long rowVersion) {

  public static PlanSummary from(Plan plan) {
    return new PlanSummary(
        plan.id,
        plan.lineageId,
        plan.version,
        plan.title,
        plan.mapVersion,
        plan.provinceCode,
        plan.currentProvinceCode,
        plan.periodStart,
        plan.periodEnd,
        plan.status,
        plan.decisionNumber,
        plan.decisionDate,
        plan.rowVersion);
  }
}
