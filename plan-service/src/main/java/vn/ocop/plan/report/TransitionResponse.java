package vn.ocop.plan.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One move of a report: who, when, from → to, and why (for a return). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ReportTransition")
public record TransitionResponse(
    @Schema(description = "Absent for the drafting") ReportStatus from,
    ReportStatus to,
    @Schema(description = "The report's revision after the move", example = "1") int revision,
    @Schema(description = "The reason of a return") String reason,
    @Schema(example = "can-bo-66") String by,
    OffsetDateTime at) {

  static TransitionResponse from(ReportTransition transition) {
    return new TransitionResponse(
        transition.fromStatus,
        transition.toStatus,
        transition.revision,
        transition.reason,
        transition.changedBy,
        transition.changedAt);
  }
}
