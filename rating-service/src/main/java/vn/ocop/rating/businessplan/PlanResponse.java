package vn.ocop.rating.businessplan;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.rating.cycle.history.HistoryEntry;
import vn.ocop.rating.cycle.history.HistoryEntryResponse;

@Schema(
    name = "BusinessPlan",
    description =
        "A business plan (phương án/dự án sản xuất kinh doanh) of an accepted idea, with its review"
            + " and revision history")
public record PlanResponse(
    UUID id,
    UUID ideaId,
    UUID cycleId,
    @Schema(example = "66") String provinceCode,
    @Schema(example = "24121") String communeCode,
    UUID subjectId,
    String summary,
    @Schema(example = "850000000") long investmentVnd,
    String capitalSources,
    String productionCapacity,
    String targetMarket,
    String timeline,
    List<SupportKind> requestedSupport,
    PlanStatus status,
    @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Reason of the last return or rejection; absent before one")
        String reviewReason,
    @Schema(example = "1") int revision,
    @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The registry product, once the subject links it; absent before")
        UUID productId,
    Instant submittedAt,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Absent until reviewed")
        String reviewedBy,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Absent until reviewed")
        Instant reviewedAt,
    @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "When the subject declared the product ready; absent before")
        LocalDate readyOn,
    @Schema(description = "Optimistic version", example = "0") long version,
    @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Oldest first, with commune opinions; omitted in lists")
        List<HistoryEntryResponse> history) {

  public static PlanResponse from(BusinessPlan plan, List<HistoryEntry> history) {
    return new PlanResponse(
        plan.id(),
        plan.ideaId(),
        plan.cycleId(),
        plan.provinceCode(),
        plan.communeCode(),
        plan.subjectId(),
        plan.summary(),
        plan.investmentVnd(),
        plan.capitalSources(),
        plan.productionCapacity(),
        plan.targetMarket(),
        plan.timeline(),
        plan.requestedSupport(),
        plan.status(),
        plan.reviewReason(),
        plan.revision(),
        plan.productId(),
        plan.submittedAt(),
        plan.reviewedBy(),
        plan.reviewedAt(),
        plan.readyOn(),
        plan.version(),
        history == null ? null : history.stream().map(HistoryEntryResponse::from).toList());
  }

  public static PlanResponse summary(BusinessPlan plan) {
    return from(plan, null);
  }
}
