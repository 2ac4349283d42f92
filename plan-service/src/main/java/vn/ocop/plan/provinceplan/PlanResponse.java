package vn.ocop.plan.provinceplan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One version of a province's plan (kế hoạch) with its targets. */
@Schema(name = "Plan")
public record PlanResponse(
    UUID id,
    @Schema(description = "The same for every version of the plan") UUID lineageId,
    @Schema(example = "1") int version,
    @Schema(
            nullable = true,
            implementation = String.class,
            format = "uuid",
            description = "The version this one amends; null for version 1")
        UUID supersedesPlanId,
    String title,
    @Schema(example = "2025-07") String mapVersion,
    @Schema(description = "The province as the plan names it, on its map", example = "66")
        String planProvinceCode,
    @Schema(description = "The province on the current map it rolls up into", example = "66")
        String provinceCode,
    @Schema(example = "2026") int periodStart,
    @Schema(example = "2030") int periodEnd,
    PlanStatus status,
    @Schema(nullable = true) String decisionNumber,
    @Schema(nullable = true, implementation = String.class, format = "date") LocalDate decisionDate,
    @Schema(nullable = true) String approvedBy,
    @Schema(nullable = true, implementation = String.class, format = "date-time")
        OffsetDateTime approvedAt,
    String createdBy,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    @Schema(description = "Send it back (or as If-Match) when updating the draft") long rowVersion,
    @Schema(description = "Commune officers see only the targets of their commune")
        List<PlanTargetResponse> targets) {

  public static PlanResponse from(Plan plan, List<PlanTarget> targets) {
    return new PlanResponse(
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
        plan.status,
        plan.decisionNumber,
        plan.decisionDate,
        plan.approvedBy,
        plan.approvedAt,
        plan.createdBy,
        plan.createdAt,
        plan.updatedAt,
        plan.rowVersion,
        targets.stream().map(PlanTargetResponse::from).toList());
  }
}
