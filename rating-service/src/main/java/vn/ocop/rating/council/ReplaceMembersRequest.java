package vn.ocop.rating.council;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ReplaceCouncilMembersRequest",
    description = "The council's full new membership, against the version the caller last read")
public record ReplaceMembersRequest(
    @NotNull @Schema(required = true, description = "The council's version as read", example = "0")
        Long version,
    @NotNull @Size(min = 1, max = 50) @Schema(description = "Exactly one CHAIR; each username once")
        List<@Valid @NotNull MemberRequest> members) {}
