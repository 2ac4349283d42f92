package vn.ocop.plan.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An indicator of the catalogue, as the API shows it. */
@Schema(name = "Indicator", description = "An indicator of the catalogue (chỉ tiêu)")
public record IndicatorResponse(
    @Schema(example = "PRODUCTS_3STAR_PLUS") String code,
    @Schema(example = "Số sản phẩm đạt OCOP từ 3 sao trở lên") String nameVi,
    @Schema(example = "Products rated OCOP 3 stars or more") String nameEn,
    IndicatorUnit unit,
    Computation computation,
    @Schema(
            description = "CloudEvents type the actuals are computed from (EVENT indicators)",
            example = "vn.ocop.certificate.issued.v1")
        String sourceEventType,
    @Schema(description = "Lowest star class counted (certificate indicators)", example = "3")
        Short minStarClass,
    @Schema(description = "Highest star class counted (certificate indicators)", example = "5")
        Short maxStarClass,
    @Schema(description = "The counting rule") String description) {

  public static IndicatorResponse from(Indicator indicator) {
    return new IndicatorResponse(
        indicator.code,
        indicator.nameVi,
        indicator.nameEn,
        indicator.unit,
        indicator.computation,
        indicator.sourceEventType,
        indicator.minStarClass,
        indicator.maxStarClass,
        indicator.description);
  }
}
