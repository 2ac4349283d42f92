package vn.ocop.rating.promotion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "PromotionActivity",
    description = "A trade-promotion activity (xúc tiến thương mại) of a cycle round")
public record PromotionResponse(
    UUID id,
    UUID cycleId,
    @Schema(example = "66") String provinceCode,
    PromotionKind kind,
    String title,
    String place,
    String url,
    LocalDate startsOn,
    LocalDate endsOn,
    List<UUID> productIds,
    String recordedBy,
    Instant recordedAt) {

  public static PromotionResponse from(PromotionActivity activity) {
    return new PromotionResponse(
        activity.id(),
        activity.cycleId(),
        activity.provinceCode(),
        activity.kind(),
        activity.title(),
        activity.place(),
        activity.url(),
        activity.startsOn(),
        activity.endsOn(),
        activity.productIds(),
        activity.recordedBy(),
        activity.recordedAt());
  }
}
