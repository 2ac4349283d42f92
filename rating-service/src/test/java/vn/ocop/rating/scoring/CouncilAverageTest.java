package vn.ocop.rating.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CouncilAverageTest {

  @ParameterizedTest(name = "mean of {0} is {1}")
  @CsvSource({
    "82.5 78 80, 80.17",
    "80 80.33, 80.17",
    "80 80.32, 80.16",
    "90 90 89.99, 90.00",
    "89.99 89.99 90, 89.99",
    "100 100 100, 100.00",
    "0 0.01, 0.01",
    "70, 70.00"
  })
  void theAverageIsTheMeanToTwoDecimalsRoundedHalfUp(String totals, BigDecimal average) {
    List<BigDecimal> values = Arrays.stream(totals.split(" ")).map(BigDecimal::new).toList();
    assertThat(CouncilAverage.of(values)).isEqualByComparingTo(average);
    assertThat(CouncilAverage.of(values).scale()).isEqualTo(2);
  }

  @Test
  void thereIsNoAverageOfNoSheets() {
    assertThatThrownBy(() -> CouncilAverage.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
