package vn.ocop.plan.target;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Sets a province's target for one indicator and year (replacing the previous value, if any). */
@Schema(name = "SetTargetRequest")
public record SetTargetRequest(
    @Schema(description = "An indicator of the catalogue", example = "PRODUCTS_3STAR_PLUS")
        @NotBlank
        @Size(max = 50)
        String indicatorCode,
    @Schema(description = "The plan year", example = "2026", minimum = "2000", maximum = "2100")
        @NotNull
        @Min(2000)
        @Max(2100)
        Integer year,
    @Schema(
            description =
                "The target value: a whole number for COUNT indicators, 0–100 for PERCENT",
            example = "50")
        @NotNull
        @DecimalMin("0")
        @Digits(integer = 12, fraction = 2)
        BigDecimal value,
    @Schema(description = "Which side of the value reaches the target", example = "AT_LEAST")
        @NotNull
        TargetKind kind) {}
