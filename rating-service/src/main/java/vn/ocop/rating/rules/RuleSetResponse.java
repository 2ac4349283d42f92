package vn.ocop.rating.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rule set as published by the API. */
@Schema(
    name = "RuleSet",
    description =
        "A versioned rule set (bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm OCOP): star"
            + " bands, which level recognises which star class, certificate validity and council"
            + " rules. A cycle is judged by the version in force on the day it opened.")
public record RuleSetResponse(
    @Schema(example = "QD148-2023+QD1489-2025") String version,
    String title,
    List<String> legalBasis,
    @Schema(example = "2025-07-06") LocalDate effectiveFrom,
    @Schema(
            nullable = true,
            implementation = String.class,
            format = "date",
            description = "Last day in force, inclusive; null while in force")
        LocalDate effectiveTo,
    @Schema(example = "100") BigDecimal maxScore,
    List<Band> starBands,
    @Schema(description = "Lowest star class that is recognised and certified", example = "3")
        int minimumRecognisedStar,
    @Schema(example = "36") int certificateValidityMonths,
    List<Authority> levels,
    Council council,
    @Schema(
            description = "The evaluation sheets used (phiếu đánh giá), see listCriteriaSheets",
            example = "QD148-2023")
        String criteriaVersion,
    @Schema(description = "From which average score a product goes up to the next level")
        List<Forwarding> forwarding,
    @Schema(
            description =
                "Whether the commune (UBND cấp xã) reviews the commune-review criteria before the"
                    + " dossier reaches the province (Decision 1489)")
        boolean communePreReview) {

  @Schema(
      name = "LevelForwarding",
      description = "A product scoring at least minScore at fromLevel goes up to toLevel")
  public record Forwarding(
      EvaluationLevel fromLevel,
      EvaluationLevel toLevel,
      @Schema(example = "90") BigDecimal minScore) {}

  @Schema(
      name = "StarBand",
      description =
          "Half-open band of average scores: from <= average < below (hạng sao). The top band has"
              + " no below and includes the maximum score.")
  public record Band(
      @Schema(example = "4") int stars,
      @Schema(example = "70") BigDecimal from,
      @Schema(nullable = true, description = "Null for the top band", example = "90")
          BigDecimal below) {}

  @Schema(
      name = "LevelAuthority",
      description = "The star classes a level may recognise (thẩm quyền công nhận)")
  public record Authority(EvaluationLevel level, List<Integer> recognises) {}

  @Schema(
      name = "CouncilRules",
      description =
          "Quorum and score-spread rules of councils. Kept as data for the full cycle; the walking"
              + " skeleton requires every member's score sheet and does not apply the spread"
              + " rule yet.")
  public record Council(
      @Schema(example = "75") int quorumPercent,
      boolean quorumRequiresChair,
      @Schema(nullable = true, example = "10") Integer maxScoreSpread) {}

  public static RuleSetResponse from(RuleSet ruleSet) {
    return new RuleSetResponse(
        ruleSet.version(),
        ruleSet.title(),
        ruleSet.legalBasis(),
        ruleSet.effectiveFrom(),
        ruleSet.effectiveTo(),
        ruleSet.maxScore(),
        ruleSet.starBands().stream()
            .map(band -> new Band(band.stars(), band.from(), band.below()))
            .toList(),
        ruleSet.minimumRecognisedStar(),
        ruleSet.certificateValidityMonths(),
        ruleSet.levels().stream()
            .map(level -> new Authority(level.level(), level.recognises()))
            .toList(),
        new Council(
            ruleSet.council().quorumPercent(),
            ruleSet.council().quorumRequiresChair(),
            ruleSet.council().maxScoreSpread()),
        ruleSet.criteriaVersion(),
        ruleSet.forwarding().stream()
            .map(rule -> new Forwarding(rule.fromLevel(), rule.toLevel(), rule.minScore()))
            .toList(),
        ruleSet.communePreReview());
  }
}
