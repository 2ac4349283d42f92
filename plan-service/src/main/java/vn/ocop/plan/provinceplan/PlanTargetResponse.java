package vn.ocop.plan.provinceplan;

import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.plan.indicator.Decimals;
import vn.ocop.plan.provinceplan.PlanTarget.Accumulation;
import vn.ocop.plan.target.TargetKind;

/** A target (chỉ tiêu) of a plan version. */
@Schema(name = "PlanTarget")
public record PlanTargetResponse(
    UUID id,
    @Schema(example = "PRODUCTS_3STAR_PLUS") String indicatorCode,
    @Schema(nullable = true, description = "Null for a province-wide target", example = "24121")
        String communeCode,
    @Schema(
            nullable = true,
            description = "Null for a target over the whole period",
            example = "2026")
        Integer year,
    Accumulation accumulation,
    TargetKind kind,
    @Schema(example = "50") BigDecimal value,
    @Schema(nullable = true) String note) {

  public static PlanTargetResponse from(PlanTarget target) {
    return new PlanTargetResponse(
        target.id,
        target.indicatorCode,
        target.communeCode,
        target.year == null ? null : target.year.intValue(),
        target.accumulation,
        target.kind,
        Decimals.plain(target.value),
        target.note);
  }
}
