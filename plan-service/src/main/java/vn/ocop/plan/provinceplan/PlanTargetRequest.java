package vn.ocop.plan.provinceplan;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.plan.provinceplan.PlanTarget.Accumulation;
import vn.ocop.plan.target.TargetKind;

/** One target (chỉ tiêu) of a plan as a province writes it. */
@Schema(name = "PlanTargetRequest")
public record PlanTargetRequest(
    @Schema(description = "An indicator of the catalogue", example = "PRODUCTS_3STAR_PLUS")
        @NotBlank
        @Size(max = 50)
        String indicatorCode,
    @Schema(
            description =
                "A commune (xã, phường) of the province on the current map; absent for a"
                    + " province-wide target",
            example = "24121")
        @Pattern(regexp = "\\d{5}")
        String communeCode,
    @Schema(
            description = "A year of the plan's period; absent for a target over the whole period",
            example = "2026",
            minimum = "2000",
            maximum = "2100")
        @Min(2000)
        @Max(2100)
        Integer year,
    @Schema(
            description =
                "PER_YEAR: the actual of that year alone; CUMULATIVE: from the period's start to the"
                    + " year. Defaults to PER_YEAR with a year, CUMULATIVE without one (the only"
                    + " choice for a whole-period target)")
        Accumulation accumulation,
    @Schema(description = "AT_LEAST (\"at least 50\") or AT_MOST", example = "AT_LEAST") @NotNull
        TargetKind kind,
    @Schema(
            description =
                "The value to reach: a whole number for COUNT indicators, 0–100 for PERCENT",
            example = "50")
        @NotNull
        @DecimalMin("0")
        @Digits(integer = 12, fraction = 2)
        BigDecimal value,
    @Schema(description = "A remark, as written in the plan") @Size(max = 1000) String note) {

  /** The accumulation, with the default filled in. */
  public Accumulation accumulationOrDefault() {
    if (accumulation != null) {
      return accumulation;
    }
    return year == null ? Accumulation.CUMULATIVE : Accumulation.PER_YEAR;
  }
}
