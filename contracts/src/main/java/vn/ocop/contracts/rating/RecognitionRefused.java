package vn.ocop.contracts.rating;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The competent level decided not to recognise an evaluated product (below 3★, or mandatory
 * criteria missed). For a RE_EVALUATION dossier the product's certificate is then revoked when it
 * expires. Topic {@code ocop.rating.recognition.v1}, key = decisionId.
 */
public record RecognitionRefused(
    UUID decisionId,
    UUID dossierId,
    UUID productId,
    UUID subjectId,
    String provinceCode,
    String decisionNumber,
    LocalDate decisionDate,
    String issuingLevel,
    String dossierKind,
    int starClass,
    BigDecimal score,
    String reason) {}
