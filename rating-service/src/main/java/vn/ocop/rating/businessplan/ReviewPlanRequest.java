package vn.ocop.rating.businessplan;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The province office's decision on a submitted plan. */
@Schema(name = "ReviewBusinessPlanRequest", description = "A province officer's review of a plan")
public record ReviewPlanRequest(
    @NotNull
        @Schema(
            description = "APPROVED, RETURNED (for revision) or REJECTED",
            example = "APPROVED",
            required = true)
        PlanStatus decision,
    @Size(max = 2000) @Schema(description = "Required when returning or rejecting (lý do)")
        String reason,
    @NotNull @Schema(description = "The version of the plan the officer saw", required = true)
        Long version) {}
