package vn.ocop.plan.entered;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A value for an ENTERED indicator: the province's, or one commune's when communeCode is set. */
@Schema(name = "EnterValueRequest")
public record EnterValueRequest(
    @Schema(description = "An ENTERED indicator of the catalogue", example = "CRAFT_VILLAGES")
        @NotBlank
        @Size(max = 50)
        String indicatorCode,
    @Schema(example = "2026", minimum = "2000", maximum = "2100") @NotNull @Min(2000) @Max(2100)
        Integer year,
    @Schema(
            description =
                "A commune of the province (current map); absent for the province-wide value",
            example = "24001")
        @Size(max = 10)
        String communeCode,
    @Schema(
            description = "A whole number for COUNT indicators, 0–100 for PERCENT ones",
            example = "12")
        @NotNull
        @DecimalMin("0")
        @Digits(integer = 12, fraction = 2)
        BigDecimal value,
    @Schema(description = "Where the figure comes from", example = "Báo cáo của Sở Công Thương")
        @Size(max = 2000)
        String note) {}
