package vn.ocop.rating.criteria;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One product set's evaluation sheet in the list of a rule set's sheets. */
@Schema(
    name = "CriteriaSheetSummary",
    description = "An evaluation sheet (phiếu đánh giá) of one product set (bộ sản phẩm)")
public record SheetSummaryResponse(
    @Schema(example = "QD148-2023") String criteriaVersion,
    @Schema(example = "1") int productSet,
    @Schema(example = "Rau, củ, quả, hạt tươi") String name,
    @Schema(description = "Product group 1–6 (nhóm sản phẩm)", example = "1") int productGroup,
    @Schema(example = "Thực phẩm") String productGroupName,
    @Schema(example = "100") BigDecimal maxPoints,
    @Schema(description = "Number of criteria (tiêu chí), alternatives included", example = "36")
        long criteriaCount,
    @Schema(
            description = "Number of resolutions applied to the source transcription",
            example = "0")
        int correctionsCount) {

  static SheetSummaryResponse from(EvaluationSheet sheet, CriteriaIndex.SetEntry entry) {
    return new SheetSummaryResponse(
        sheet.criteriaVersion(),
        sheet.productSet(),
        sheet.productSetName(),
        sheet.productGroup(),
        entry == null ? null : entry.productGroupName(),
        sheet.maxPoints(),
        sheet.criteria().count(),
        sheet.corrections().size());
  }
}
