package vn.ocop.plan.provinceplan;

import java.math.BigDecimal;
import vn.ocop.plan.indicator.Decimals;
import vn.ocop.plan.provinceplan.PlanTarget.Accumulation;
import vn.ocop.plan.target.TargetKind;

/**
 * A target's place in a plan: one target per indicator, commune (null = province-wide) and year
 * (null = whole period), as the database's unique index holds it.
 */
record TargetCell(String indicatorCode, String communeCode, Integer year) {

  static TargetCell of(PlanTarget target) {
    return new TargetCell(
        target.indicatorCode,
        target.communeCode,
        target.year == null ? null : target.year.intValue());
  }

  static TargetCell of(PlanTargetRequest target) {
    return new TargetCell(target.indicatorCode(), target.communeCode(), target.year());
  }

  /**
   * What a cell holds that counts in figures (a note is not a figure). Values are kept plain, so 50
   * and 50.00 are the same figure.
   */
  record Figure(Accumulation accumulation, TargetKind kind, BigDecimal value) {
    static Figure of(PlanTarget target) {
      return new Figure(target.accumulation, target.kind, Decimals.plain(target.value));
    }

    static Figure of(PlanTargetRequest target) {
      return new Figure(
          target.accumulationOrDefault(), target.kind(), Decimals.plain(target.value()));
    }
  }
}
