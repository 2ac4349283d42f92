package vn.ocop.rating.dossier;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.rating.evidence.EvidenceResponse;

@Schema(
    name = "DossierChanges",
    description =
        "What a re-evaluation or upgrade dossier changed relative to the dossier it was copied"
            + " from, so that a 300–500-page dossier is reviewed as a difference, not retyped."
            + " An evidence item is identified by its criteria and title: same identity with other"
            + " bytes is a replacement.")
public record DossierChangesResponse(
    UUID dossierId,
    @Schema(
            nullable = true,
            implementation = String.class,
            format = "uuid",
            description = "null: a NEW dossier, or one that started empty")
        UUID previousDossierId,
    List<EvidenceResponse> added,
    List<EvidenceResponse> removed,
    List<Replacement> replaced,
    @Schema(description = "Entries carried over with the same bytes") int unchanged,
    List<FieldChange> coverChanges) {

  @Schema(name = "EvidenceReplacement")
  public record Replacement(EvidenceResponse before, EvidenceResponse after) {}

  @Schema(name = "FieldChange")
  public record FieldChange(
      @Schema(example = "contactName") String field,
      @Schema(nullable = true) String before,
      @Schema(nullable = true) String after) {}
}
