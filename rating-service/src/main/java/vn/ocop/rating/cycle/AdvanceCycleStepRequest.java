package vn.ocop.rating.cycle;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Moves a round to its next step; the version guards against two officers moving it at once. */
@Schema(name = "AdvanceCycleStepRequest", description = "Moves a cycle round to its next step")
public record AdvanceCycleStepRequest(
    @NotNull
        @Schema(
            description = "The step to move to: the one after the current step, or CLOSED",
            example = "IDEA_REGISTRATION",
            required = true)
        CycleStep step,
    @NotNull
        @Schema(
            description = "The version of the round the officer saw",
            example = "0",
            required = true)
        Long version) {}
