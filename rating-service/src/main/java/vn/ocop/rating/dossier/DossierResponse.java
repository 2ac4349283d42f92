package vn.ocop.rating.dossier;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.rating.rules.EvaluationLevel;

@Schema(
    name = "Dossier",
    description =
        "An evaluation dossier (hồ sơ đánh giá, phân hạng) of a product in a cycle round. No"
            + " member's score is ever shown here; the result appears once every member has"
            + " scored.")
public record DossierResponse(
    UUID id,
    UUID cycleId,
    UUID productId,
    @Schema(example = "Cà phê bột nguyên chất Buôn Ma Thuột") String productName,
    UUID subjectId,
    @Schema(example = "66") String provinceCode,
    DossierKind kind,
    DossierStatus status,
    @Schema(example = "QD148-2023+QD1489-2025") String ruleSetVersion,
    @Schema(
            nullable = true,
            implementation = String.class,
            format = "uuid",
            description = "The council scoring the dossier, null until assigned")
        UUID councilId,
    @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The council's result, absent until EVALUATED")
        Result result,
    @Schema(nullable = true, implementation = String.class, format = "date-time")
        Instant submittedAt,
    @Schema(example = "PROVINCE") EvaluationLevel evaluationLevel,
    @Schema(nullable = true, description = "The product's commune (current map)")
        String communeCode,
    @Schema(
            nullable = true,
            implementation = String.class,
            format = "uuid",
            description = "The certificate a re-evaluation or upgrade concerns")
        UUID certificateId,
    @Schema(nullable = true, description = "The star class of that certificate")
        Integer currentStarClass,
    @Schema(
            nullable = true,
            implementation = String.class,
            format = "uuid",
            description = "The earlier dossier this one was copied from, with its evidence")
        UUID previousDossierId,
    @Schema(
            description =
                "A re-evaluation or upgrade with no earlier dossier here (a certificate from"
                    + " before the system): it started empty")
        boolean startedEmpty,
    @Schema(nullable = true) String coverNote,
    @Schema(nullable = true) String contactName,
    @Schema(nullable = true) String contactPhone,
    @Schema(nullable = true, description = "Why the office returned it, while RETURNED")
        String returnedReason,
    @Schema(description = "Whether the subject may still change it (DRAFT or RETURNED)")
        boolean editable,
    String createdBy,
    Instant createdAt) {

  @Schema(
      name = "EvaluationResult",
      description = "Kết quả đánh giá: the mean of the members' totals and its star class")
  public record Result(
      @Schema(example = "80.17") BigDecimal averageScore,
      @Schema(example = "4") int starClass,
      @Schema(description = "Number of score sheets averaged", example = "3") int scoreSheets,
      @Schema(description = "Local date in Vietnam") LocalDate evaluatedOn,
      @Schema(description = "Median of the members' totals", example = "80.00")
          BigDecimal medianScore,
      @Schema(description = "Highest minus lowest member total", example = "5.00")
          BigDecimal scoreSpread,
      @Schema(
              description =
                  "Star class of the average's band before the mandatory-criteria gate (tiêu chí"
                      + " bắt buộc); starClass may be lower",
              example = "4")
          int bandStarClass) {}

  public static DossierResponse from(Dossier dossier) {
    return new DossierResponse(
        dossier.id(),
        dossier.cycleId(),
        dossier.productId(),
        dossier.productName(),
        dossier.subjectId(),
        dossier.provinceCode(),
        dossier.kind(),
        dossier.status(),
        dossier.ruleSetVersion(),
        dossier.councilId(),
        dossier
            .result()
            .map(
                result ->
                    new Result(
                        result.averageScore(),
                        result.starClass(),
                        result.scoreSheets(),
                        result.evaluatedOn(),
                        result.medianScore(),
                        result.scoreSpread(),
                        result.bandStarClass()))
            .orElse(null),
        dossier.submittedAt(),
        dossier.evaluationLevel(),
        dossier.communeCode(),
        dossier.certificateId(),
        dossier.currentStarClass(),
        dossier.previousDossierId(),
        dossier.kind() != DossierKind.NEW && dossier.previousDossierId() == null,
        dossier.coverNote(),
        dossier.contactName(),
        dossier.contactPhone(),
        dossier.returnedReason(),
        dossier.status().isEditable(),
        dossier.createdBy(),
        dossier.createdAt());
  }
}
