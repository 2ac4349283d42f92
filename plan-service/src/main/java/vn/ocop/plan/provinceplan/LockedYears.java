package vn.ocop.plan.provinceplan;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import vn.ocop.plan.period.PeriodLocks;

/**
 * Keeps the targets of a locked year as they were. A year is locked once its annual progress report
 * was approved: its figures are final, so a draft may not bring a target of that year that the
 * version in force did not have, change one, or drop one. A first version has nothing in force, so
 * any target of a locked year is refused. Targets over the whole period belong to no single year
 * and are not held by a lock.
 */
@ApplicationScoped
class LockedYears {
  private final PeriodLocks locks;

  LockedYears(PeriodLocks locks) {
    this.locks = locks;
  }

  /**
   * Fails with 409 PERIOD_LOCKED when the targets of a locked year differ.
   *
   * @param provinceCode the province on the current map, whose locks apply
   * @param inForce the targets of the version the draft amends; empty for version 1
   * @param next the draft's targets, in request order (the problem names the first that differs)
   */
  void requireUnchanged(
      String provinceCode, List<PlanTarget> inForce, List<PlanTargetRequest> next) {
    Map<TargetCell, TargetCell.Figure> before = new HashMap<>();
    inForce.forEach(target -> before.put(TargetCell.of(target), TargetCell.Figure.of(target)));
    Map<TargetCell, TargetCell.Figure> after = new HashMap<>();
    next.forEach(target -> after.put(TargetCell.of(target), TargetCell.Figure.of(target)));

    TreeSet<Integer> years = new TreeSet<>();
    before.keySet().stream().map(TargetCell::year).filter(Objects::nonNull).forEach(years::add);
    after.keySet().stream().map(TargetCell::year).filter(Objects::nonNull).forEach(years::add);
    for (int year : years) {
      if (!locks.isLocked(provinceCode, year)) {
        continue;
      }
      for (int i = 0; i < next.size(); i++) {
        TargetCell cell = TargetCell.of(next.get(i));
        if (Objects.equals(cell.year(), year) && !after.get(cell).equals(before.get(cell))) {
          locks.requireOpen(provinceCode, year, "targets[" + i + "].year");
        }
      }
      for (TargetCell cell : before.keySet()) {
        if (Objects.equals(cell.year(), year) && !after.containsKey(cell)) {
          locks.requireOpen(provinceCode, year, "targets");
        }
      }
    }
  }

  /** The same check for targets already stored, at approval (a year may lock meanwhile). */
  void requireUnchangedStored(
      String provinceCode, List<PlanTarget> inForce, List<PlanTarget> next) {
    requireUnchanged(provinceCode, inForce, next.stream().map(LockedYears::asRequest).toList());
  }

  private static PlanTargetRequest asRequest(PlanTarget target) {
    return new PlanTargetRequest(
        target.indicatorCode,
        target.communeCode,
        target.year == null ? null : target.year.intValue(),
        target.accumulation,
        target.kind,
        target.value,
        target.note);
  }
}
