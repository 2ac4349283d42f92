package vn.ocop.rating.cycle;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Changes the planned windows of some steps, e.g. extends the idea-registration deadline. */
@Schema(
    name = "RescheduleCycleRequest",
    description = "New planned windows for some steps; the others keep theirs")
public record RescheduleCycleRequest(
    @NotNull
        @Schema(
            description = "The version of the round the officer saw",
            example = "1",
            required = true)
        Long version,
    @NotEmpty @Size(max = 6) @Valid @Schema(required = true)
        List<@NotNull StepWindowRequest> windows) {}
