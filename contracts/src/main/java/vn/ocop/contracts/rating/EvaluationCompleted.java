package vn.ocop.contracts.rating;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A council finished scoring a dossier: the mean of the members' totals, the star class of its band
 * and the star class after the mandatory-criteria gate. Topic {@code ocop.rating.evaluation.v1},
 * key = dossierId.
 *
 * @param evaluationLevel DISTRICT (before July 2025), PROVINCE or CENTRAL
 * @param bandStarClass the star class of the average's band, before the gate
 * @param starClass the result: the highest class up to the band whose mandatory minimums are met
 * @param scoreSpread the highest minus the lowest member total
 * @param scoringRound 1, or more when the spread rule made the council re-score
 */
public record EvaluationCompleted(
    UUID dossierId,
    UUID cycleId,
    UUID productId,
    String provinceCode,
    String dossierKind,
    String evaluationLevel,
    BigDecimal averageScore,
    BigDecimal medianScore,
    BigDecimal scoreSpread,
    int bandStarClass,
    int starClass,
    int scoreSheets,
    int scoringRound,
    String ruleSetVersion,
    String oldStatus,
    String status) {}
