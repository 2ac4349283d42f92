package vn.ocop.rating.recognition;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.rating.dossier.DossierKind;
import vn.ocop.rating.rules.EvaluationLevel;

@Schema(
    name = "RecognitionDecision",
    description =
        "A recognition decision (quyết định công nhận / không công nhận kết quả đánh giá, phân"
            + " hạng sản phẩm OCOP)")
public record RecognitionDecisionResponse(
    UUID id,
    UUID dossierId,
    UUID productId,
    UUID subjectId,
    @Schema(example = "Cà phê bột nguyên chất Buôn Ma Thuột") String productName,
    @Schema(example = "66") String provinceCode,
    @Schema(description = "Công nhận or không công nhận") DecisionOutcome outcome,
    @Schema(nullable = true, description = "Lý do không công nhận") String reason,
    @Schema(example = "1234/QĐ-UBND") String decisionNumber,
    @Schema(example = "2026-11-20") LocalDate decisionDate,
    @Schema(example = "UBND tỉnh Đắk Lắk") String issuingBody,
    @Schema(description = "The deciding level: the level of the dossier it is recorded on")
        EvaluationLevel issuingLevel,
    @Schema(
            description =
                "The level whose council's result the decision rests on (CENTRAL when the centre's"
                    + " result came back to the province)")
        EvaluationLevel evaluationLevel,
    @Schema(description = "The dossier whose result the decision rests on") UUID resultDossierId,
    @Schema(example = "4") int starClass,
    @Schema(example = "80.17") BigDecimal score,
    DossierKind dossierKind,
    @Schema(example = "QD148-2023+QD1489-2025") String ruleSetVersion,
    @Schema(description = "Validity of the certificate issued from it", example = "36")
        int validityMonths,
    Instant createdAt) {

  public static RecognitionDecisionResponse from(RecognitionDecision decision) {
    return new RecognitionDecisionResponse(
        decision.id(),
        decision.dossierId(),
        decision.productId(),
        decision.subjectId(),
        decision.productName(),
        decision.provinceCode(),
        decision.outcome(),
        decision.reason(),
        decision.decisionNumber(),
        decision.decisionDate(),
        decision.issuingBody(),
        decision.issuingLevel(),
        decision.evaluationLevel(),
        decision.resultDossierId(),
        decision.starClass(),
        decision.score(),
        decision.dossierKind(),
        decision.ruleSetVersion(),
        decision.validityMonths(),
        decision.createdAt());
  }
}
