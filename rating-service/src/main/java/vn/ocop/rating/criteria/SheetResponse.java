package vn.ocop.rating.criteria;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A full evaluation sheet as published by the API. */
@Schema(
    name = "CriteriaSheet",
    description =
        "The evaluation sheet (phiếu đánh giá) of a product set: parts A/B/C, sections, criteria"
            + " (tiêu chí) with their options, points, star-class minimums (tiêu chí bắt buộc),"
            + " alternatives, commune-review flags and the corrections applied to the source.")
public record SheetResponse(
    @Schema(example = "QD148-2023") String criteriaVersion,
    @Schema(example = "1") int productSet,
    @Schema(example = "Rau, củ, quả, hạt tươi") String productSetName,
    @Schema(example = "1") int productGroup,
    @Schema(example = "100") BigDecimal maxPoints,
    List<Part> parts,
    List<CorrectionView> corrections) {

  @Schema(name = "CriteriaSheetPart", description = "Phần A (40), B (25) or C (35)")
  public record Part(
      @Schema(example = "A") String code,
      String title,
      BigDecimal maxPoints,
      List<Section> sections) {}

  @Schema(name = "CriteriaSheetSection", description = "A numbered section of a part")
  public record Section(
      @Schema(example = "A1") String code,
      String title,
      @Schema(nullable = true) String description,
      BigDecimal maxPoints,
      List<CriterionView> criteria) {}

  @Schema(name = "CriteriaSheetCriterion", description = "A criterion (tiêu chí) and its options")
  public record CriterionView(
      @Schema(example = "A1a") String code,
      String title,
      @Schema(nullable = true) String description,
      @Schema(nullable = true, description = "Unscored heading grouping sub-criteria")
          String heading,
      BigDecimal maxPoints,
      @Schema(
              nullable = true,
              description = "Mandatory as a whole (must score above 0) from this star class up")
          Integer mandatoryFromStar,
      @Schema(
              nullable = true,
              description = "Group of mutually exclusive alternatives",
              example = "C8-tourism-type")
          String alternativeGroup,
      @Schema(nullable = true, example = "community") String alternative,
      @Schema(description = "Pre-reviewed by the commune under Decision 1489")
          boolean communeReview,
      List<OptionView> options) {}

  @Schema(name = "CriteriaSheetOption", description = "An answer option (□) and its points")
  public record OptionView(
      @Schema(example = "A1a-3") String code,
      String text,
      @Schema(example = "5") BigDecimal points,
      @Schema(
              nullable = true,
              description =
                  "This option or a better one is required for a result of this star class",
              example = "4")
          Integer minimumForStar) {}

  @Schema(
      name = "CriteriaSheetCorrection",
      description = "How an irregularity of the source transcription was resolved")
  public record CorrectionView(
      String id,
      @Schema(example = "optionPoints") String kind,
      Integer sourceLine,
      String code,
      String source,
      String applied,
      String reason,
      @Schema(description = "Rests on analogy; to be checked against the gazetted annex")
          boolean provisional) {}

  static SheetResponse from(EvaluationSheet sheet) {
    return new SheetResponse(
        sheet.criteriaVersion(),
        sheet.productSet(),
        sheet.productSetName(),
        sheet.productGroup(),
        sheet.maxPoints(),
        sheet.parts().stream()
            .map(
                part ->
                    new Part(
                        part.code(),
                        part.title(),
                        part.maxPoints(),
                        part.sections().stream().map(SheetResponse::section).toList()))
            .toList(),
        sheet.corrections().stream()
            .map(
                c ->
                    new CorrectionView(
                        c.id(),
                        c.kind(),
                        c.sourceLine(),
                        c.code(),
                        c.source(),
                        c.applied(),
                        c.reason(),
                        c.provisional()))
            .toList());
  }

  private static Section section(SheetSection section) {
    return new Section(
        section.code(),
        section.title(),
        section.description(),
        section.maxPoints(),
        section.criteria().stream()
            .map(
                c ->
                    new CriterionView(
                        c.code(),
                        c.title(),
                        c.description(),
                        c.heading(),
                        c.maxPoints(),
                        c.mandatoryFromStar(),
                        c.alternativeGroup(),
                        c.alternative(),
                        c.communeReview(),
                        c.options().stream()
                            .map(
                                o ->
                                    new OptionView(
                                        o.code(), o.text(), o.points(), o.minimumForStar()))
                            .toList()))
            .toList());
  }
}
