package vn.ocop.rating.promotion;

import com.fasterxml.jackson.annotation.JsonInclude;
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
    @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Where (fairs and sales points); absent when not given")
        String place,
    @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The listing's address; absent when not given")
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
