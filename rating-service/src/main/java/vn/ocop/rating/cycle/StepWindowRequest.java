package vn.ocop.rating.cycle;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The planned window of one step, as an officer sets it. */
@Schema(name = "StepWindow", description = "Planned window of one step of a cycle round")
public record StepWindowRequest(
    @NotNull @Schema(example = "IDEA_REGISTRATION", required = true) CycleStep step,
    @NotNull @Schema(description = "First day, local date", example = "2026-04-01", required = true)
        LocalDate opensOn,
    @NotNull
        @Schema(
            description = "Last day (hạn chót), local date; submissions after it are refused",
            example = "2026-06-30",
            required = true)
        LocalDate deadline) {

  public static StepWindowRequest from(StepWindow window) {
    return new StepWindowRequest(window.step(), window.opensOn(), window.deadline());
  }
}
