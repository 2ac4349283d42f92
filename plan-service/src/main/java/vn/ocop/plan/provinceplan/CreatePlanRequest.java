package vn.ocop.plan.provinceplan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new plan (kế hoạch) of a province: version 1, a draft. */
@Schema(name = "CreatePlanRequest")
public record CreatePlanRequest(
    @Schema(example = "Kế hoạch thực hiện Chương trình OCOP tỉnh Đắk Lắk giai đoạn 2026–2030")
        @NotBlank
        @Size(max = 300)
        String title,
    @Schema(example = "2026", minimum = "2000", maximum = "2100") @NotNull @Min(2000) @Max(2100)
        Integer periodStart,
    @Schema(
            description = "The last year of the period, at most 10 years after its start",
            example = "2030",
            minimum = "2000",
            maximum = "2100")
        @NotNull
        @Min(2000)
        @Max(2100)
        Integer periodEnd,
    @Schema(
            description =
                "The administrative map the plan was made on: 2025-07 (current, the default) or"
                    + " 2025-03 (before the July 2025 mergers)",
            example = "2025-07")
        @Pattern(regexp = "2025-07|2025-03")
        String mapVersion,
    @Schema(
            description =
                "The province as the plan names it on its map, when it differs from the path's"
                    + " province: the pre-merger code of a plan made before July 2025 (\"54\", Phú"
                    + " Yên, for a plan rolling up into Đắk Lắk, 66)",
            example = "54")
        @Pattern(regexp = "\\d{2}")
        String planProvinceCode,
    @Schema(description = "The targets; may be empty and added later while the plan is a draft")
        @Size(max = 2000)
        List<@NotNull @Valid PlanTargetRequest> targets) {

  public List<PlanTargetRequest> targetsOrEmpty() {
    return targets == null ? List.of() : targets;
  }
}
