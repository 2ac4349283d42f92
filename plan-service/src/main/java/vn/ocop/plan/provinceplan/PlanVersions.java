package vn.ocop.plan.provinceplan;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.plan.provinceplan.PlanTarget.Accumulation;
import vn.ocop.plan.target.TargetKind;

/** Every version of a plan, oldest first, each with what changed in its targets. */
@Schema(name = "PlanVersions")
public record PlanVersions(UUID lineageId, List<Version> versions) {

  /** One version and the changes of its targets from the version before (all ADDED for v1). */
  @Schema(name = "PlanVersion")
  public record Version(
      UUID id,
      int version,
      PlanStatus status,
      String title,
      int periodStart,
      int periodEnd,
      @Schema(
              nullable = true,
              description = "The approving decision (quyết định); null until approved",
              example = "1234/QĐ-UBND")
          String decisionNumber,
      @Schema(
              implementation = String.class,
              format = "date",
              nullable = true,
              description = "Null until the plan is approved by decision")
          LocalDate decisionDate,
      @Schema(
              implementation = String.class,
              format = "date-time",
              nullable = true,
              description = "Null until the plan is approved")
          OffsetDateTime approvedAt,
      OffsetDateTime createdAt,
      String createdBy,
      int targetCount,
      List<Change> changes) {}

  /** A target cell (indicator, commune, year) added, removed or changed between two versions. */
  @Schema(name = "PlanTargetChange")
  public record Change(
      ChangeKind change,
      String indicatorCode,
      @Schema(nullable = true, description = "Null for a province-wide target") String communeCode,
      @Schema(nullable = true, description = "Null for a target of the whole period") Integer year,
      @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Absent when ADDED")
          Value before,
      @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Absent when REMOVED")
          Value after) {}

  /** What a target cell holds. */
  @Schema(name = "PlanTargetValue")
  public record Value(
      Accumulation accumulation,
      TargetKind kind,
      BigDecimal value,
      @Schema(nullable = true) String note) {}

  /** How a cell differs. */
  public enum ChangeKind {
    ADDED,
    REMOVED,
    CHANGED
  }
}
