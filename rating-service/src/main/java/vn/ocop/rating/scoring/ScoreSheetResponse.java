package vn.ocop.rating.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.rating.dossier.Dossier;
import vn.ocop.rating.dossier.DossierStatus;

@Schema(
    name = "ScoreSheet",
    description =
        "The caller's own score sheet (phiếu đánh giá) with the points the service computed."
            + " Members never see each other's sheets.")
public record ScoreSheetResponse(
    UUID dossierId,
    @Schema(example = "daklak.member1") String member,
    @Schema(description = "1, or more after a re-score", example = "1") int scoringRound,
    @Schema(example = "QD148-2023") String criteriaVersion,
    @Schema(example = "1") Integer productSet,
    @Schema(example = "82.00") BigDecimal total,
    @Schema(example = "34.00") BigDecimal partA,
    @Schema(example = "20.00") BigDecimal partB,
    @Schema(example = "28.00") BigDecimal partC,
    List<Answer> answers,
    Instant submittedAt,
    @Schema(
            description =
                "EVALUATED once this sheet completed the round and the result is known;"
                    + " IN_EVALUATION otherwise (also when the round must be re-scored)")
        DossierStatus dossierStatus,
    @Schema(description = "The dossier's current round: higher than this sheet's after a re-score")
        int dossierScoringRound) {

  /** One criterion: the option ticked (null = none applies) and its points. */
  @Schema(name = "ScoreSheetAnswer")
  public record Answer(
      @Schema(example = "A1a") String criterion,
      @JsonInclude(JsonInclude.Include.NON_NULL)
          @Schema(example = "A1a-3", description = "Absent when no option applies")
          String option,
      @Schema(example = "5.00") BigDecimal points) {}

  public static ScoreSheetResponse from(ScoreSheet sheet, Dossier dossier) {
    return new ScoreSheetResponse(
        sheet.dossierId(),
        sheet.memberUsername(),
        sheet.scoringRound(),
        sheet.criteriaVersion(),
        sheet.productSet(),
        sheet.total(),
        sheet.partA(),
        sheet.partB(),
        sheet.partC(),
        sheet.answers().stream()
            .map(answer -> new Answer(answer.criterionCode(), answer.optionCode(), answer.points()))
            .toList(),
        sheet.submittedAt(),
        dossier.status(),
        dossier.scoringRound());
  }
}
