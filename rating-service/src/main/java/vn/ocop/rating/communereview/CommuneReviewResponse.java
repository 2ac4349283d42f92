package vn.ocop.rating.communereview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "CommuneReview",
    description = "The commune's pre-review of a dossier (Decision 1489)")
public record CommuneReviewResponse(
    UUID id,
    UUID dossierId,
    @Schema(description = "1 for the first review; a later one supersedes the earlier")
        int revision,
    @Schema(example = "24181") String communeCode,
    @Schema(example = "15/BB-UBND") String minutesNumber,
    LocalDate minutesDate,
    ChairmanOpinion chairmanOpinion,
    @Schema(nullable = true) String reason,
    List<Finding> findings,
    String recordedBy,
    Instant recordedAt,
    @Schema(
            nullable = true,
            implementation = String.class,
            format = "date-time",
            description = "When a later review replaced this one")
        Instant supersededAt) {

  @Schema(name = "CommuneFindingResult")
  public record Finding(String criterionCode, String finding, boolean satisfied) {}

  public static CommuneReviewResponse from(CommuneReview review) {
    return new CommuneReviewResponse(
        review.id(),
        review.dossierId(),
        review.revision(),
        review.communeCode(),
        review.minutesNumber(),
        review.minutesDate(),
        review.chairmanOpinion(),
        review.opinionReason(),
        review.findings().stream()
            .map(f -> new Finding(f.criterionCode(), f.finding(), f.satisfied()))
            .toList(),
        review.recordedBy(),
        review.recordedAt(),
        review.supersededAt());
  }
}
