package vn.ocop.rating.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The council's score of a dossier: the arithmetic mean of the members' totals (điểm trung bình của
 * các thành viên hội đồng), to 2 decimals, rounded half up.
 */
public final class CouncilAverage {
  public static final int SCALE = 2;

  private CouncilAverage() {}

  public static BigDecimal of(List<BigDecimal> totals) {
    if (totals.isEmpty()) {
      throw new IllegalArgumentException("no score sheet to average");
    }
    BigDecimal sum = totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return sum.divide(BigDecimal.valueOf(totals.size()), SCALE, RoundingMode.HALF_UP);
  }

  /** The median of the totals, to 2 decimals (the mean of the middle two for an even count). */
  public static BigDecimal median(List<BigDecimal> totals) {
    if (totals.isEmpty()) {
      throw new IllegalArgumentException("no score sheet to take the median of");
    }
    List<BigDecimal> sorted = totals.stream().sorted().toList();
    int middle = sorted.size() / 2;
    BigDecimal median =
        sorted.size() % 2 == 1
            ? sorted.get(middle)
            : sorted
                .get(middle - 1)
                .add(sorted.get(middle))
                .divide(BigDecimal.valueOf(2), SCALE, RoundingMode.HALF_UP);
    return median.setScale(SCALE, RoundingMode.HALF_UP);
  }

  /** The highest minus the lowest total. */
  public static BigDecimal spread(List<BigDecimal> totals) {
    if (totals.isEmpty()) {
      throw new IllegalArgumentException("no score sheet to measure the spread of");
    }
    BigDecimal max = totals.stream().max(BigDecimal::compareTo).orElseThrow();
    BigDecimal min = totals.stream().min(BigDecimal::compareTo).orElseThrow();
    return max.subtract(min).setScale(SCALE, RoundingMode.HALF_UP);
  }
}
