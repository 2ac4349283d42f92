package vn.ocop.rating.selfassessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "SelfAssessment",
    description =
        "The subject's self-assessment on the dossier's sheet, with the star class it would give:"
            + " the band of its total, lowered by the mandatory-criteria gate")
public record SelfAssessmentResponse(
    UUID dossierId,
    @Schema(example = "QD148-2023") String criteriaVersion,
    @Schema(example = "13") int productSet,
    @Schema(example = "84.00") BigDecimal total,
    @Schema(example = "34.00") BigDecimal partA,
    @Schema(example = "22.00") BigDecimal partB,
    @Schema(example = "28.00") BigDecimal partC,
    @Schema(example = "4") int bandStarClass,
    @Schema(example = "4") int starClass,
    @Schema(description = "The minimums the answers miss, per star class above the result")
        List<Missed> missedMinimums,
    List<Answer> answers,
    @Schema(example = "htx.eatu") String assessedBy,
    Instant assessedAt) {

  @Schema(name = "SelfAssessmentAnswer")
  public record Answer(
      @Schema(example = "A1a") String criterion,
      @JsonInclude(JsonInclude.Include.NON_NULL)
          @Schema(example = "A1a-3", description = "Absent when no option applies")
          String option,
      @Schema(example = "5.00") BigDecimal points) {}

  @Schema(name = "SelfAssessmentMissedMinimum")
  public record Missed(
      @Schema(example = "A1c") String criterion,
      @Schema(example = "4") int star,
      @Schema(example = "2") BigDecimal required,
      @Schema(example = "1") BigDecimal points) {}
}
