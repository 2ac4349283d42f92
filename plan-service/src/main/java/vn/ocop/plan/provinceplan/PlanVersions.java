package vn.ocop.plan.provinceplan;

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
      String decisionNumber,
      LocalDate decisionDate,
      OffsetDateTime approvedAt,
      OffsetDateTime createdAt,
      String createdBy,
      int targetCount,
      List<Change> changes) {}

  /**
   * A target cell (indicator, commune, year) added, removed or changed between two versions.
   *
   * @param before null when ADDED
   * @param after null when REMOVED
   */
  @Schema(name = "PlanTargetChange")
  public record Change(
      ChangeKind change,
      String indicatorCode,
      String communeCode,
      Integer year,
      Value before,
      Value after) {}

  /** What a target cell holds. */
  @Schema(name = "PlanTargetValue")
  public record Value(Accumulation accumulation, TargetKind kind, BigDecimal value, String note) {}

  /** How a cell differs. */
  public enum ChangeKind {
    ADDED,
    REMOVED,
    CHANGED
  }
}
