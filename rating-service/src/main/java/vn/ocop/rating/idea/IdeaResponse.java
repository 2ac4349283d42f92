package vn.ocop.rating.idea;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.rating.cycle.history.HistoryEntry;
import vn.ocop.rating.cycle.history.HistoryEntryResponse;

@Schema(
    name = "ProductIdea",
    description =
        "A product idea (phiếu đăng ký ý tưởng sản phẩm) registered by a subject in step 2 of a"
            + " cycle round, with its review and revision history")
public record IdeaResponse(
    UUID id,
    UUID cycleId,
    @Schema(example = "66") String provinceCode,
    @Schema(example = "24121") String communeCode,
    UUID subjectId,
    @Schema(example = "Cà phê bột nguyên chất Ea Tu") String productName,
    @Schema(example = "13") int productSet,
    String description,
    String rawMaterials,
    String expectedMarket,
    IdeaStatus status,
    @Schema(nullable = true, description = "Reason of the last return or rejection")
        String reviewReason,
    @Schema(description = "1 for the first submission, +1 per resubmission", example = "1")
        int revision,
    @Schema(nullable = true, implementation = String.class, format = "date-time")
        Instant submittedAt,
    @Schema(nullable = true) String reviewedBy,
    @Schema(nullable = true, implementation = String.class, format = "date-time")
        Instant reviewedAt,
    @Schema(description = "Optimistic version: send it back to revise or review", example = "0")
        long version,
    @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Oldest first; omitted in lists")
        List<HistoryEntryResponse> history) {

  public static IdeaResponse from(ProductIdea idea, List<HistoryEntry> history) {
    return new IdeaResponse(
        idea.id(),
        idea.cycleId(),
        idea.provinceCode(),
        idea.communeCode(),
        idea.subjectId(),
        idea.productName(),
        idea.productSet(),
        idea.description(),
        idea.rawMaterials(),
        idea.expectedMarket(),
        idea.status(),
        idea.reviewReason(),
        idea.revision(),
        idea.submittedAt(),
        idea.reviewedBy(),
        idea.reviewedAt(),
        idea.version(),
        history == null ? null : history.stream().map(HistoryEntryResponse::from).toList());
  }

  public static IdeaResponse summary(ProductIdea idea) {
    return from(idea, null);
  }
}
