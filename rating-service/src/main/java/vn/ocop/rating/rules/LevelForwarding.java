package vn.ocop.rating.rules;

import java.math.BigDecimal;

/**
 * A product scoring at least {@code minScore} at one level is sent up to the next (chuyển cấp):
 * under Decision 148 district → province from 70 and province → centre from 90.
 */
public record LevelForwarding(
    EvaluationLevel fromLevel, EvaluationLevel toLevel, BigDecimal minScore) {}
