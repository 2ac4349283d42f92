package vn.ocop.rating.conflict;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ConflictDeclaration",
    description = "A member's declaration of (no) conflict of interest on a dossier; never edited")
public record DeclarationResponse(
    UUID id,
    UUID sessionId,
    UUID dossierId,
    String memberUsername,
    @Schema(description = "1 for the first declaration; the highest counts") int revision,
    Declaration declaration,
    @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The kind of conflict; absent when the declaration is NONE")
        ConflictKind kind,
    @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Absent when the member wrote none")
        String note,
    @Schema(
            nullable = true,
            description = "A conflict the service found when the member declared, excluding them")
        String detectedConflict,
    @Schema(description = "Whether this declaration excludes the member from the dossier")
        boolean excluded,
    Instant declaredAt) {

  public static DeclarationResponse from(ConflictDeclaration row) {
    return new DeclarationResponse(
        row.id(),
        row.sessionId(),
        row.dossierId(),
        row.memberUsername(),
        row.revision(),
        row.declaration(),
        row.conflictKind(),
        row.note(),
        row.detectedConflict(),
        row.excludes(),
        row.declaredAt());
  }
}
