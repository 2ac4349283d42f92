package vn.ocop.rating.dossier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The outcome of a council's scoring (kết quả đánh giá, phân hạng).
 *
 * @param averageScore mean of the members' totals, 2 decimals, rounded half up
 * @param starClass the band of the average under the dossier's rule set
 * @param scoreSheets how many members' sheets the average is over
 * @param evaluatedOn local date in Vietnam; a decision may not predate it
 */
public record EvaluationResult(
    BigDecimal averageScore,
    int starClass,
    int scoreSheets,
    Instant evaluatedAt,
    LocalDate evaluatedOn) {}
