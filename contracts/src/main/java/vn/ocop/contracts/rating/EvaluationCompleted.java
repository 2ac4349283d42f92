package vn.ocop.contracts.rating;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A council finished scoring a dossier: the mean of the members' totals and the star class it maps
 * to. Topic {@code ocop.rating.evaluation.v1}, key = dossierId.
 */
public record EvaluationCompleted(
    UUID dossierId,
    UUID cycleId,
    UUID productId,
    String provinceCode,
    String dossierKind,
    BigDecimal averageScore,
    int starClass,
    int scoreSheets,
    String ruleSetVersion,
    String oldStatus,
    String status) {}
