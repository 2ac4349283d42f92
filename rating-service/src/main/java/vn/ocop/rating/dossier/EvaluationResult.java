package vn.ocop.rating.dossier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The outcome of a council's scoring (kết quả đánh giá, phân hạng).
 *
 * @param averageScore mean of the members' totals, 2 decimals, rounded half up
 * @param starClass the result: the band's class lowered by the mandatory-criteria gate
 * @param scoreSheets how many members' sheets the average is over
 * @param evaluatedOn local date in Vietnam; a decision may not predate it
 * @param medianScore median of the members' totals
 * @param scoreSpread highest minus lowest total
 * @param bandStarClass the class of the average's band, before the gate
 */
public record EvaluationResult(
    BigDecimal averageScore,
    int starClass,
    int scoreSheets,
    Instant evaluatedAt,
    LocalDate evaluatedOn,
    BigDecimal medianScore,
    BigDecimal scoreSpread,
    int bandStarClass) {}
