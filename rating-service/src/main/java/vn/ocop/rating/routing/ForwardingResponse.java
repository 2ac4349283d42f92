package vn.ocop.rating.routing;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.rating.dossier.Dossier;
import vn.ocop.rating.dossier.DossierStatus;
import vn.ocop.rating.rules.EvaluationLevel;
import vn.ocop.rating.rules.LevelForwarding;

@Schema(
    name = "Forwarding",
    description =
        "A product forwarded to the next level (chuyển cấp trên): the lower dossier is FORWARDED"
            + " and the next level's dossier is SUBMITTED")
public record ForwardingResponse(
    UUID dossierId,
    DossierStatus status,
    EvaluationLevel fromLevel,
    EvaluationLevel toLevel,
    @Schema(description = "The rule set's forwarding threshold", example = "90")
        BigDecimal threshold,
    @Schema(example = "93.00") BigDecimal averageScore,
    DossierLevelResponse nominatedDossier) {

  static ForwardingResponse from(Dossier lower, Dossier upper, LevelForwarding rule) {
    return new ForwardingResponse(
        lower.id(),
        lower.status(),
        rule.fromLevel(),
        rule.toLevel(),
        rule.minScore(),
        lower.result().orElseThrow().averageScore(),
        DossierLevelResponse.from(upper, null, List.of()));
  }
}
