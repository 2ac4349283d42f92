package vn.ocop.rating.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;

/** The council's median and spread over any members' totals. */
class MedianSpreadPropertiesTest {

  @Property
  void theMedianLiesBetweenTheLowestAndTheHighestTotal(
      @ForAll @Size(min = 1, max = 15)
          List<@BigRange(min = "0", max = "100") @Scale(2) BigDecimal> totals) {
    BigDecimal median = CouncilAverage.median(totals);
    assertThat(median).isBetween(min(totals), max(totals));
  }

  @Property
  void theSpreadIsTheGapBetweenTheExtremesAndNeverNegative(
      @ForAll @Size(min = 1, max = 15)
          List<@BigRange(min = "0", max = "100") @Scale(2) BigDecimal> totals) {
    BigDecimal spread = CouncilAverage.spread(totals);
    assertThat(spread.signum()).isGreaterThanOrEqualTo(0);
    assertThat(spread).isEqualByComparingTo(max(totals).subtract(min(totals)));
  }

  private static BigDecimal min(List<BigDecimal> totals) {
    return totals.stream().min(BigDecimal::compareTo).orElseThrow();
  }

  private static BigDecimal max(List<BigDecimal> totals) {
    return totals.stream().max(BigDecimal::compareTo).orElseThrow();
  }
}
