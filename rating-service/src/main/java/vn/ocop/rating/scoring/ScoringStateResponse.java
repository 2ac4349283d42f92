package vn.ocop.rating.scoring;

import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.rating.dossier.Dossier;
import vn.ocop.rating.dossier.DossierStatus;

@Schema(
    name = "ScoringState",
    description = "Where a dossier's scoring stands after a round was closed")
public record ScoringStateResponse(
    UUID dossierId,
    DossierStatus status,
    @Schema(example = "1") int scoringRound,
    @Schema(description = "WAITING, RESCORE (the next round started) or EVALUATED")
        ScoringService.Judgement judgement,
    @Schema(example = "78.25") BigDecimal averageScore,
    @Schema(example = "4") Integer starClass) {

  static ScoringStateResponse of(Dossier dossier, ScoringService.Judgement judgement) {
    return new ScoringStateResponse(
        dossier.id(),
        dossier.status(),
        dossier.scoringRound(),
        judgement,
        dossier.result().map(result -> result.averageScore()).orElse(null),
        dossier.result().map(result -> result.starClass()).orElse(null));
  }
}
