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
}
