package vn.ocop.rating.cycle;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
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
        String provinceCode,
    @Schema(
            description =
                "The step the round starts at; default PROMOTION. A province moving a round that"
                    + " is already running into the service names its current step (e.g."
                    + " EVALUATION); CLOSED is refused.",
            example = "PROMOTION")
        CycleStep startAtStep,
    @Valid
        @Size(max = 6)
        @Schema(
            description =
                "Planned windows of some or all steps; steps left out take the province's usual"
                    + " calendar (configuration ocop.rating.calendar.*)")
        List<@NotNull StepWindowRequest> schedule) {

  public CycleStep startAt() {
    return startAtStep == null ? CycleStep.PROMOTION : startAtStep;
  }

  public List<StepWindowRequest> windows() {
    return schedule == null ? List.of() : schedule;
  }
}
