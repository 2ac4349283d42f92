package vn.ocop.plan.progress;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import vn.ocop.plan.indicator.IndicatorUnit;
import vn.ocop.plan.target.TargetKind;

/**
 * Judges a target against its actual (docs/decisions/0006-plan-progress-status.md). An AT_LEAST
 * COUNT target is expected to grow linearly over its window: each full year elapsed counts one
 * year, the current year by the fraction of its days elapsed. Behind that pro-rata share is
 * AT_RISK, at or above it ON_TRACK, at the target MET, and a window over without it NOT_MET.
 */
public final class ProgressRule {
  private static final MathContext PRECISION = new MathContext(12, RoundingMode.HALF_UP);

  private ProgressRule() {}

  /**
   * @param expected the pro-rata share of an AT_LEAST COUNT target due by now, one decimal; null
   *     for other targets
   */
  public record Judgement(ProgressStatus status, BigDecimal expected) {}

  /**
   * @param fromYear the first year of the target's window
   * @param dueYear the year by whose end the target is to be reached (the period's end for a
   *     whole-period target)
   * @param year the year viewed: the window is judged as of its end, or today if earlier
   * @param today today, in Vietnam
   */
  public static Judgement judge(
      IndicatorUnit unit,
      TargetKind kind,
      BigDecimal target,
      BigDecimal actual,
      int fromYear,
      int dueYear,
      int year,
      LocalDate today) {
    if (target == null) {
      return new Judgement(ProgressStatus.NO_TARGET, null);
    }
    LocalDate endOfYear = LocalDate.of(year, 12, 31);
    LocalDate asOf = today.isBefore(endOfYear) ? today : endOfYear;
    BigDecimal share = elapsedShare(fromYear, dueYear, asOf);
    boolean over = year >= dueYear && today.isAfter(LocalDate.of(dueYear, 12, 31));
    BigDecimal due = target.multiply(share, PRECISION);
    BigDecimal expected =
        unit == IndicatorUnit.COUNT && kind == TargetKind.AT_LEAST
            ? due.setScale(1, RoundingMode.HALF_UP)
            : null;
    if (actual == null) {
      return new Judgement(ProgressStatus.NO_DATA, expected);
    }
    return new Judgement(status(unit, kind, target, actual, share, due, over), expected);
  }

  private static ProgressStatus status(
      IndicatorUnit unit,
      TargetKind kind,
      BigDecimal target,
      BigDecimal actual,
      BigDecimal share,
      BigDecimal due,
      boolean over) {
    if (kind == TargetKind.AT_MOST) {
      if (actual.compareTo(target) > 0) {
        // A count over a window only grows: once over the bound it cannot come back under.
        return over || unit == IndicatorUnit.COUNT
            ? ProgressStatus.NOT_MET
            : ProgressStatus.AT_RISK;
      }
      return over ? ProgressStatus.MET : ProgressStatus.ON_TRACK;
    }
    if (actual.compareTo(target) >= 0) {
      return ProgressStatus.MET;
    }
    if (over) {
      return ProgressStatus.NOT_MET;
    }
    if (share.signum() == 0) {
      return ProgressStatus.ON_TRACK;
    }
    if (unit == IndicatorUnit.PERCENT) {
      // A share is a level, not a flow: below the bar is below it, whatever the date.
      return ProgressStatus.AT_RISK;
    }
    return actual.compareTo(due) >= 0 ? ProgressStatus.ON_TRACK : ProgressStatus.AT_RISK;
  }

  /**
   * The part of the window [fromYear, dueYear] elapsed by asOf, 0 to 1: full years count one each,
   * asOf's year the fraction of its days elapsed (asOf included).
   */
  static BigDecimal elapsedShare(int fromYear, int dueYear, LocalDate asOf) {
    if (asOf.getYear() < fromYear) {
      return BigDecimal.ZERO;
    }
    if (asOf.getYear() > dueYear) {
      return BigDecimal.ONE;
    }
    BigDecimal years =
        BigDecimal.valueOf(asOf.getYear() - fromYear)
            .add(
                BigDecimal.valueOf(asOf.getDayOfYear())
                    .divide(BigDecimal.valueOf(asOf.lengthOfYear()), PRECISION));
    BigDecimal share = years.divide(BigDecimal.valueOf(dueYear - fromYear + 1L), PRECISION);
    return share.min(BigDecimal.ONE);
  }
}
