package vn.ocop.rating.criteria;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One member's answers scored on a sheet: totals at scale 2.
 *
 * @param partTotals points per part code (A, B, C)
 * @param criterionPoints points per answered criterion code
 * @param chosenOptions option code per answered criterion code; null where none applied
 */
public record SheetScore(
    BigDecimal total,
    Map<String, BigDecimal> partTotals,
    Map<String, BigDecimal> criterionPoints,
    Map<String, String> chosenOptions) {}
