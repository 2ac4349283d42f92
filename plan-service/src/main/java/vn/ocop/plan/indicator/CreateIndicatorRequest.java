package vn.ocop.plan.indicator;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.plan.certificate.CertificateStatus;
import vn.ocop.plan.certificate.DossierKind;
import vn.ocop.plan.promotion.PromotionKind;
import vn.ocop.plan.subject.SubjectType;

/**
 * A new indicator of the catalogue: a measure the service knows and the filters that narrow it, or,
 * for a ratio, the two indicators it divides. Filters a measure does not accept are refused.
 */
@Schema(name = "CreateIndicatorRequest")
public record CreateIndicatorRequest(
    @Schema(
            description = "Upper-case letters, digits and underscores, starting with a letter",
            example = "PRODUCTS_5STAR_GROUP_1")
        @NotBlank
        @Pattern(regexp = "[A-Z][A-Z0-9_]{1,49}")
        String code,
    @Schema(example = "Số sản phẩm thực phẩm đạt OCOP 5 sao") @NotBlank @Size(max = 200)
        String nameVi,
    @Schema(example = "Food products rated 5 stars") @NotBlank @Size(max = 200) String nameEn,
    @Schema(description = "What is counted", example = "CERTIFIED_PRODUCTS") @NotNull
        Measure measure,
    @Schema(
            description =
                "COUNT or PERCENT; RATIO is always PERCENT, counting measures COUNT, ENTERED"
                    + " either (COUNT when absent)")
        IndicatorUnit unit,
    @Schema(description = "Lowest star class counted", example = "5") @Min(1) @Max(5)
        Integer minStarClass,
    @Schema(description = "Highest star class counted", example = "5") @Min(1) @Max(5)
        Integer maxStarClass,
    @Schema(description = "Only certificates from these dossier kinds")
        @Size(min = 1, max = MAX_FILTER_VALUES)
        List<@NotNull DossierKind> dossierKinds,
    @Schema(description = "Only subjects of these types") @Size(min = 1, max = MAX_FILTER_VALUES)
        List<@NotNull SubjectType> subjectTypes,
    @Schema(description = "The statuses counted; required for CERTIFICATES_BY_STATUS")
        @Size(min = 1, max = MAX_FILTER_VALUES)
        List<@NotNull CertificateStatus> certificateStatuses,
    @Schema(description = "Only these trade-promotion kinds")
        @Size(min = 1, max = MAX_FILTER_VALUES)
        List<@NotNull PromotionKind> promotionKinds,
    @Schema(description = "Only products of these groups, 1–6", example = "[1]")
        @Size(min = 1, max = MAX_FILTER_VALUES)
        List<@NotNull @Min(1) @Max(6) Integer> productGroups,
    @Schema(description = "A ratio's numerator: an indicator of the catalogue") @Size(max = 50)
        String numeratorCode,
    @Schema(description = "A ratio's denominator: an indicator of the catalogue") @Size(max = 50)
        String denominatorCode,
    @Schema(description = "The rule in English; the generated rule when absent") @Size(max = 2000)
        String description,
    @Schema(description = "The rule in Vietnamese") @Size(max = 2000) String descriptionVi,
    @Schema(description = "Position in the catalogue; after the last one when absent")
        @Min(0)
        @Max(1_000_000)
        Integer displayOrder) {

  /**
   * The most values one filter list takes. Every filter is over a small closed set (at most six
   * statuses or groups), so a longer list is a mistake or an attempt to make the service parse and
   * store a huge array.
   */
  static final int MAX_FILTER_VALUES = 10;
}
