package vn.ocop.rating.support;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlanMilestone", description = "A progress milestone of an approved plan")
public record MilestoneResponse(
    UUID id,
    UUID planId,
    String title,
    LocalDate reachedOn,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Absent when none was written")
        String note,
    String recordedBy,
    Instant recordedAt) {

  public static MilestoneResponse from(Milestone milestone) {
    return new MilestoneResponse(
        milestone.id(),
        milestone.planId(),
        milestone.title(),
        milestone.reachedOn(),
        milestone.note(),
        milestone.recordedBy(),
        milestone.recordedAt());
  }
}
