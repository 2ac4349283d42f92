package vn.ocop.rating.criteria;

import java.math.BigDecimal;

/**
 * One answer a member may tick for a criterion (ô lựa chọn "□ …" of the phiếu đánh giá).
 *
 * @param code stable code, criterion code plus its position, e.g. {@code A1a-3}
 * @param points points it gives
 * @param minimumForStar N when this option (or a better one) is required for an N★ result; null
 *     when it is no star's minimum
 * @param sourceLine line of the source transcription, for audit
 */
public record CriterionOption(
    String code, String text, BigDecimal points, Integer minimumForStar, Integer sourceLine) {}
