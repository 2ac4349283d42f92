package vn.ocop.plan.provinceplan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The new content of a draft: title, period and the whole list of targets, which replaces the
 * draft's. The map and the province are those the plan was created with.
 */
@Schema(name = "UpdatePlanRequest")
public record UpdatePlanRequest(
    @NotBlank @Size(max = 300) String title,
    @NotNull @Min(2000) @Max(2100) Integer periodStart,
    @NotNull @Min(2000) @Max(2100) Integer periodEnd,
    @Schema(description = "Every target of the draft after the change") @Size(max = 2000)
        List<@NotNull @Valid PlanTargetRequest> targets,
    @Schema(
            description =
                "The rowVersion of the plan as read (or send it as If-Match); a stale one is"
                    + " refused with 409 PLAN_VERSION_CONFLICT",
            example = "0")
        Long rowVersion) {

  public List<PlanTargetRequest> targetsOrEmpty() {
    return targets == null ? List.of() : targets;
  }
}
