package vn.ocop.rating.criteria;

import java.math.BigDecimal;

/**
 * A star class's minimum that the council's mean points do not reach.
 *
 * @param required the points the star class asks of the criterion; for a criterion mandatory as a
 *     whole this is 0 and the mean must be above it
 */
public record MissedMinimum(
    String criterionCode, int star, BigDecimal required, BigDecimal actualMean) {}
