package vn.ocop.rating.conflict;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "DeclareConflictOfInterestRequest",
    description =
        "A member's declaration of (no) conflict of interest (xung đột lợi ích) on a dossier")
public record DeclareConflictRequest(
    @NotNull @Schema(required = true) Declaration declaration,
    @Schema(nullable = true, description = "Required with CONFLICT, absent with NONE")
        ConflictKind kind,
    @Size(max = 2000) @Schema(nullable = true, example = "Em ruột tôi là giám đốc hợp tác xã")
        String note) {}
