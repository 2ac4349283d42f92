package vn.ocop.rating.routing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.rating.dossier.Dossier;
import vn.ocop.rating.dossier.DossierStatus;
import vn.ocop.rating.recognition.RecognitionDecision;
import vn.ocop.rating.rules.EvaluationLevel;

@Schema(
    name = "DossierAtLevel",
    description =
        "A product's dossier at one level (cấp) of its chain, with the council's result, the"
            + " decision recorded on it and what happened to it between levels")
public record DossierLevelResponse(
    UUID dossierId,
    EvaluationLevel evaluationLevel,
    DossierStatus status,
    @Schema(
            nullable = true,
            implementation = String.class,
            format = "uuid",
            description = "The lower level's dossier it was forwarded from")
        UUID parentDossierId,
    Instant submittedAt,
    @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Kết quả đánh giá, absent until EVALUATED")
        Result result,
    @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
            description =
                "The recognition decision recorded on this dossier; absent when none is, or when"
                    + " another level of the chain decided (see history)")
        Decision decision,
    List<HistoryEntry> history) {

  @Schema(name = "LevelResult", description = "The council's result at this level")
  public record Result(
      @Schema(example = "92.33") BigDecimal averageScore,
      @Schema(example = "93.00") BigDecimal medianScore,
      @Schema(example = "2.00") BigDecimal scoreSpread,
      @Schema(description = "Star class of the average's band, before the gate", example = "5")
          int bandStarClass,
      @Schema(description = "Star class after the mandatory-criteria gate", example = "5")
          int starClass,
      int scoreSheets,
      LocalDate evaluatedOn) {}

  @Schema(name = "LevelDecision", description = "The decision recorded on this dossier")
  public record Decision(
      UUID id,
      String outcome,
      @Schema(example = "1234/QĐ-UBND") String decisionNumber,
      LocalDate decisionDate,
      String issuingBody,
      EvaluationLevel issuingLevel,
      @Schema(description = "Level of the council whose result the decision rests on")
          EvaluationLevel evaluationLevel,
      int starClass,
      BigDecimal score,
      @Schema(nullable = true) String reason) {}

  @Schema(name = "RoutingHistoryEntry", description = "What happened between levels")
  public record HistoryEntry(
      RoutingEventKind kind,
      @JsonInclude(JsonInclude.Include.NON_NULL)
          @Schema(description = "Absent when the event started the dossier")
          DossierStatus fromStatus,
      DossierStatus toStatus,
      @Schema(nullable = true, implementation = String.class, format = "uuid")
          UUID relatedDossierId,
      @Schema(nullable = true, implementation = String.class, format = "uuid") UUID decisionId,
      String note,
      String actor,
      Instant occurredAt) {

    static HistoryEntry from(RoutingEvent event) {
      return new HistoryEntry(
          event.kind(),
          event.fromStatus(),
          event.toStatus(),
          event.relatedDossierId(),
          event.decisionId(),
          event.note(),
          event.actor(),
          event.occurredAt());
    }
  }

  static DossierLevelResponse from(
      Dossier dossier, RecognitionDecision decision, List<RoutingEvent> history) {
    return new DossierLevelResponse(
        dossier.id(),
        dossier.evaluationLevel(),
        dossier.status(),
        dossier.parentDossierId(),
        dossier.submittedAt(),
        dossier
            .result()
            .map(
                r ->
                    new Result(
                        r.averageScore(),
                        r.medianScore(),
                        r.scoreSpread(),
                        r.bandStarClass(),
                        r.starClass(),
                        r.scoreSheets(),
                        r.evaluatedOn()))
            .orElse(null),
        decision == null
            ? null
            : new Decision(
                decision.id(),
                decision.outcome().name(),
                decision.decisionNumber(),
                decision.decisionDate(),
                decision.issuingBody(),
                decision.issuingLevel(),
                decision.evaluationLevel(),
                decision.starClass(),
                decision.score(),
                decision.reason()),
        history.stream().map(HistoryEntry::from).toList());
  }
}
