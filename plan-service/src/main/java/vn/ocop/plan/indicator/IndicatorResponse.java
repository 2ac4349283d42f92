package vn.ocop.plan.indicator;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An indicator of the catalogue, as the API shows it: what it is, and how its actual is computed
 * (measure, filters, the events it comes from, and the rule in words).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Indicator", description = "An indicator of the catalogue (chỉ tiêu)")
public record IndicatorResponse(
    @Schema(example = "PRODUCTS_3STAR_PLUS") String code,
    @Schema(example = "Số sản phẩm đạt OCOP từ 3 sao trở lên") String nameVi,
    @Schema(example = "Products rated OCOP 3 stars or more") String nameEn,
    IndicatorUnit unit,
    @Schema(
            description =
                "EVENT: computed from events; MANUAL: entered by hand (or a ratio of one)")
        Computation computation,
    @Schema(description = "What is counted", example = "CERTIFIED_PRODUCTS") Measure measure,
    @Schema(
            description = "The main CloudEvents type the actuals are computed from",
            example = "vn.ocop.certificate.issued.v1")
        String sourceEventType,
    @Schema(
            description =
                "Every CloudEvents type the actual depends on (for a ratio: its parts'); empty for"
                    + " entered indicators")
        List<String> sourceEventTypes,
    @Schema(description = "Lowest star class counted", example = "3") Short minStarClass,
    @Schema(description = "Highest star class counted", example = "5") Short maxStarClass,
    @Schema(description = "Only certificates from these dossier kinds") List<String> dossierKinds,
    @Schema(description = "Only subjects of these types") List<String> subjectTypes,
    @Schema(description = "The statuses counted (CERTIFICATES_BY_STATUS)")
        List<String> certificateStatuses,
    @Schema(description = "Only these trade-promotion kinds") List<String> promotionKinds,
    @Schema(description = "Only products of these groups (1–6)") List<Short> productGroups,
    @Schema(description = "A ratio's numerator", example = "PRODUCTS_4STAR_PLUS")
        String numeratorCode,
    @Schema(description = "A ratio's denominator", example = "PRODUCTS_3STAR_PLUS")
        String denominatorCode,
    @Schema(description = "The counting rule, as written for the catalogue") String description,
    @Schema(description = "The counting rule in Vietnamese, as written for the catalogue")
        String descriptionVi,
    @Schema(description = "The rule the code applies, in Vietnamese") String ruleVi,
    @Schema(description = "The rule the code applies, in English") String ruleEn,
    @Schema(description = "Who added it (absent for the seeded catalogue)") String createdBy) {

  /** The indicator, with a ratio's sources looked up in the catalogue. */
  public static IndicatorResponse from(Indicator indicator) {
    return from(indicator, code -> Indicator.findById(code));
  }

  public static IndicatorResponse from(Indicator indicator, Function<String, Indicator> catalogue) {
    IndicatorRule rule = IndicatorRule.of(indicator);
    return new IndicatorResponse(
        indicator.code,
        indicator.nameVi,
        indicator.nameEn,
        indicator.unit,
        indicator.computation,
        indicator.measure,
        indicator.sourceEventType,
        indicator.sourceEventTypes(catalogue),
        indicator.minStarClass,
        indicator.maxStarClass,
        list(indicator.dossierKinds),
        list(indicator.subjectTypes),
        list(indicator.certificateStatuses),
        list(indicator.promotionKinds),
        list(indicator.productGroups),
        indicator.numeratorCode,
        indicator.denominatorCode,
        indicator.description,
        indicator.descriptionVi,
        rule.vi(),
        rule.en(),
        indicator.createdBy);
  }

  private static <T> List<T> list(T[] values) {
    return values == null ? null : Arrays.asList(values);
  }
}
