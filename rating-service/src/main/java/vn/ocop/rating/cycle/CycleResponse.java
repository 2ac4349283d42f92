package vn.ocop.rating.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "Cycle",
    description =
        "A round of a province's annual OCOP cycle (chu trình OCOP thường niên) with the rule set"
            + " frozen on the day it opened, its current step and the planned window of each step")
public record CycleResponse(
    UUID id,
    @Schema(example = "66") String provinceCode,
    @Schema(example = "2026") int year,
    @Schema(example = "1") int round,
    @Schema(example = "QD148-2023+QD1489-2025") String ruleSetVersion,
    CycleStatus status,
    @Schema(description = "Current step of the six-step cycle, or CLOSED") CycleStep step,
    @Schema(description = "When the round reached its current step (UTC)") Instant stepChangedAt,
    @Schema(description = "Opening date, local date in Vietnam", example = "2026-03-02")
        LocalDate openedOn,
    @Schema(description = "Planned windows of the steps, in step order")
        List<StepWindowRequest> schedule,
    @Schema(
            description = "Optimistic version: send it back to advance or reschedule",
            example = "0")
        long version) {

  public static CycleResponse from(Cycle cycle) {
    return new CycleResponse(
        cycle.id(),
        cycle.provinceCode(),
        cycle.year(),
        cycle.round(),
        cycle.ruleSetVersion(),
        cycle.status(),
        cycle.step(),
        cycle.stepChangedAt(),
        cycle.openedOn(),
        cycle.schedule().stream().map(StepWindowRequest::from).toList(),
        cycle.version());
  }
}
