package vn.ocop.contracts.rating;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A trade-promotion activity (xúc tiến thương mại), step 6, was recorded with the products it
 * covers: a fair, a sales point or an e-commerce listing. Topic {@code ocop.rating.promotion.v1},
 * key = activityId.
 *
 * @param kind FAIR, SALES_POINT or ECOMMERCE_LISTING
 */
public record PromotionRecorded(
    UUID activityId,
    UUID cycleId,
    String provinceCode,
    String kind,
    String title,
    LocalDate startsOn,
    LocalDate endsOn,
    List<UUID> productIds) {}
