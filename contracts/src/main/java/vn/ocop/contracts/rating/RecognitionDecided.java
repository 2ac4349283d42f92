package vn.ocop.contracts.rating;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A competent People's Committee recorded a recognition decision (quyết định công nhận) for an
 * evaluated dossier. The registry issues the certificate from it. Topic {@code
 * ocop.rating.recognition.v1}, key = decisionId.
 *
 * @param issuingLevel PROVINCE, DISTRICT (before July 2025) or CENTRAL
 * @param validityMonths certificate validity under the dossier's rule set (36 under Decision 148)
 */
public record RecognitionDecided(
    UUID decisionId,
    UUID dossierId,
    UUID productId,
    UUID subjectId,
    String provinceCode,
    String decisionNumber,
    LocalDate decisionDate,
    String issuingBody,
    String issuingLevel,
    int starClass,
    BigDecimal score,
    String dossierKind,
    String ruleSetVersion,
    int validityMonths) {}
