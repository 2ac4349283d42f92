package vn.ocop.rating.cycle;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Opens a round of a province's annual cycle. */
@Schema(name = "OpenCycleRequest", description = "Opens a round of a province's annual OCOP cycle")
public record OpenCycleRequest(
    @NotNull @Min(2019) @Max(2100) @Schema(example = "2026", required = true) Integer year,
    @NotNull @Min(1) @Max(12) @Schema(description = "Round (đợt) within the year", example = "1")
        Integer round,
    @Pattern(regexp = "\\d{2}")
        @Schema(
            description =
                "Province code on the current map (2 digits). Optional for province officers (their"
                    + " own province); required for national accounts.",
            example = "66")
        String provinceCode) {}
