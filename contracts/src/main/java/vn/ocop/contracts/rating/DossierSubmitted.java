package vn.ocop.contracts.rating;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A dossier (hồ sơ đánh giá, phân hạng) was submitted for evaluation at a level. Topic {@code
 * ocop.rating.dossier.v1}, key = dossierId.
 *
 * @param kind NEW, RE_EVALUATION or UPGRADE
 * @param evaluationLevel DISTRICT (before July 2025), PROVINCE or CENTRAL
 */
public record DossierSubmitted(
    UUID dossierId,
    UUID cycleId,
    UUID productId,
    UUID subjectId,
    String provinceCode,
    String kind,
    String evaluationLevel,
    int productSet,
    LocalDate submittedOn) {}
