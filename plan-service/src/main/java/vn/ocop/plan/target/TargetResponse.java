package vn.ocop.plan.target;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A province's target for one indicator and year. */
@Schema(
    name = "Target",
    description = "A target (mục tiêu) of a province for an indicator and year")
public record TargetResponse(
    UUID id,
    @Schema(example = "66") String provinceCode,
    @Schema(example = "PRODUCTS_3STAR_PLUS") String indicatorCode,
    @Schema(example = "2026") int year,
    TargetKind kind,
    @Schema(example = "50") BigDecimal value,
    @Schema(description = "Username of who set it last") String setBy,
    OffsetDateTime setAt) {

  public static TargetResponse from(Target target) {
    return new TargetResponse(
        target.id,
        target.provinceCode,
        target.indicatorCode,
        target.year,
        target.kind,
        target.plainValue(),
        target.setBy,
        target.setAt);
  }
}
