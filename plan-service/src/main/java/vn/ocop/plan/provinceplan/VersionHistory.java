package vn.ocop.plan.provinceplan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ocop.plan.indicator.Decimals;

/** Lays the versions of a plan side by side: what each changed in the targets. */
final class VersionHistory {
  private VersionHistory() {}

  static PlanVersions of(
      UUID lineageId,
      List<Plan> versions,
      Map<UUID, List<PlanTarget>> targets,
      CommuneScope scope) {
    List<PlanVersions.Version> out = new ArrayList<>();
    Map<TargetCell, PlanTarget> before = Map.of();
    for (Plan plan : versions) {
      Map<TargetCell, PlanTarget> after = new LinkedHashMap<>();
      for (PlanTarget target : targets.getOrDefault(plan.id, List.of())) {
        if (scope.sees(target.communeCode)) {
          after.put(TargetCell.of(target), target);
        }
      }
      out.add(
          new PlanVersions.Version(
              plan.id,
              plan.version,
              plan.status,
              plan.title,
              plan.periodStart,
              plan.periodEnd,
              plan.decisionNumber,
              plan.decisionDate,
              plan.approvedAt,
              plan.createdAt,
              plan.createdBy,
              after.size(),
              changes(before, after)));
      before = after;
    }
    return new PlanVersions(lineageId, out);
  }

  static List<PlanVersions.Change> changes(
      Map<TargetCell, PlanTarget> before, Map<TargetCell, PlanTarget> after) {
    List<PlanVersions.Change> changes = new ArrayList<>();
    after.forEach(
        (cell, target) -> {
          PlanTarget old = before.get(cell);
          if (old == null) {
            changes.add(change(PlanVersions.ChangeKind.ADDED, cell, null, target));
          } else if (!value(old).equals(value(target))) {
            changes.add(change(PlanVersions.ChangeKind.CHANGED, cell, old, target));
          }
        });
    before.forEach(
        (cell, target) -> {
          if (!after.containsKey(cell)) {
            changes.add(change(PlanVersions.ChangeKind.REMOVED, cell, target, null));
          }
        });
    return changes;
  }

  private static PlanVersions.Change change(
      PlanVersions.ChangeKind kind, TargetCell cell, PlanTarget before, PlanTarget after) {
    return new PlanVersions.Change(
        kind,
        cell.indicatorCode(),
        cell.communeCode(),
        cell.year(),
        before == null ? null : value(before),
        after == null ? null : value(after));
  }

  private static PlanVersions.Value value(PlanTarget target) {
    return new PlanVersions.Value(
        target.accumulation, target.kind, Decimals.plain(target.value), target.note);
  }
}
