package vn.ocop.rating.idea;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reviewer's decision on a submitted idea. */
@Schema(name = "ReviewIdeaRequest", description = "An officer's review of a submitted product idea")
public record ReviewIdeaRequest(
    @NotNull
        @Schema(
            description = "ACCEPTED, RETURNED (for revision) or REJECTED",
            example = "RETURNED",
            required = true)
        IdeaStatus decision,
    @Size(max = 2000)
        @Schema(
            description = "Required when returning or rejecting (lý do)",
            example = "Đề nghị làm rõ nguồn nguyên liệu địa phương")
        String reason,
    @NotNull @Schema(description = "The version of the idea the officer saw", required = true)
        Long version) {}
