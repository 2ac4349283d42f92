package vn.ocop.plan.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ocop.plan.indicator.IndicatorUnit;
import vn.ocop.plan.target.TargetKind;

/**
 * The status rule of docs/decisions/0006-plan-progress-status.md, case by case. 2072 is a leap
 * year: on 1 July 2072 (day 183 of 366) exactly half of it has elapsed.
 */
class ProgressRuleTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // case | unit | kind | target | actual | from | due | year | today | status | expected
        "per year: reached | COUNT | AT_LEAST | 50 | 50 | 2072 | 2072 | 2072 | 2072-07-01 | MET | 25.0",
        "per year: ahead of the half due | COUNT | AT_LEAST | 50 | 30 | 2072 | 2072 | 2072 | 2072-07-01 | ON_TRACK | 25.0",
        "per year: exactly the half due | COUNT | AT_LEAST | 50 | 25 | 2072 | 2072 | 2072 | 2072-07-01 | ON_TRACK | 25.0",
        "per year: behind the half due | COUNT | AT_LEAST | 50 | 24 | 2072 | 2072 | 2072 | 2072-07-01 | AT_RISK | 25.0",
        "per year: on 1 January a day is due | COUNT | AT_LEAST | 366 | 0 | 2072 | 2072 | 2072 | 2072-01-01 | AT_RISK | 1.0",
        "per year: year over, short | COUNT | AT_LEAST | 50 | 49 | 2072 | 2072 | 2072 | 2073-01-01 | NOT_MET | 50.0",
        "per year: year over, reached | COUNT | AT_LEAST | 50 | 51 | 2072 | 2072 | 2072 | 2073-01-01 | MET | 50.0",
        "per year: last day, not over yet | COUNT | AT_LEAST | 50 | 49 | 2072 | 2072 | 2072 | 2072-12-31 | AT_RISK | 50.0",
        "per year: future year, nothing due | COUNT | AT_LEAST | 50 | 0 | 2072 | 2072 | 2072 | 2071-12-31 | ON_TRACK | 0.0",
        "whole period: 1.5 of 5 years gone | COUNT | AT_LEAST | 100 | 30 | 2071 | 2075 | 2072 | 2072-07-01 | ON_TRACK | 30.0",
        "whole period: behind | COUNT | AT_LEAST | 100 | 29 | 2071 | 2075 | 2072 | 2072-07-01 | AT_RISK | 30.0",
        "whole period: a past year is judged at its end | COUNT | AT_LEAST | 100 | 39 | 2071 | 2075 | 2072 | 2080-06-01 | AT_RISK | 40.0",
        "whole period: final year over | COUNT | AT_LEAST | 100 | 99 | 2071 | 2075 | 2075 | 2076-01-01 | NOT_MET | 100.0",
        "cumulative to a year: 2.5 of 3 years gone | COUNT | AT_LEAST | 60 | 50 | 2071 | 2073 | 2073 | 2073-07-02 | AT_RISK | 50.0",
        "cumulative to a year: reached early | COUNT | AT_LEAST | 60 | 60 | 2071 | 2073 | 2073 | 2072-03-01 | MET | 23.3",
        "at most, count under | COUNT | AT_MOST | 5 | 4 | 2072 | 2072 | 2072 | 2072-07-01 | ON_TRACK | ",
        "at most, count over: cannot come back | COUNT | AT_MOST | 5 | 6 | 2072 | 2072 | 2072 | 2072-07-01 | NOT_MET | ",
        "at most, kept to the end | COUNT | AT_MOST | 5 | 5 | 2072 | 2072 | 2072 | 2073-01-01 | MET | ",
        "at most, share over while open | PERCENT | AT_MOST | 20 | 25 | 2072 | 2072 | 2072 | 2072-07-01 | AT_RISK | ",
        "at most, share over at the end | PERCENT | AT_MOST | 20 | 25 | 2072 | 2072 | 2072 | 2073-01-01 | NOT_MET | ",
        "share below the bar while open | PERCENT | AT_LEAST | 40 | 30 | 2072 | 2072 | 2072 | 2072-07-01 | AT_RISK | ",
        "share at the bar | PERCENT | AT_LEAST | 40 | 40.0 | 2072 | 2072 | 2072 | 2072-07-01 | MET | ",
        "share below the bar at the end | PERCENT | AT_LEAST | 40 | 30 | 2072 | 2072 | 2072 | 2073-01-01 | NOT_MET | ",
        "no actual to compare | COUNT | AT_LEAST | 50 | | 2072 | 2072 | 2072 | 2072-07-01 | NO_DATA | 25.0",
        "no target | COUNT | | | 7 | 2072 | 2072 | 2072 | 2072-07-01 | NO_TARGET | "
      })
  void aTargetIsJudgedAgainstItsProRataShare(
      String name,
      IndicatorUnit unit,
      TargetKind kind,
      BigDecimal target,
      BigDecimal actual,
      int from,
      int due,
      int year,
      LocalDate today,
      ProgressStatus status,
      BigDecimal expected) {
    ProgressRule.Judgement judgement =
        ProgressRule.judge(unit, kind, target, actual, from, due, year, today);
    assertThat(judgement.status()).isEqualTo(status);
    if (expected == null) {
      assertThat(judgement.expected()).isNull();
    } else {
      assertThat(judgement.expected()).isEqualByComparingTo(expected);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "2072, 2072, 2072-07-01, 0.5",
    "2072, 2072, 2071-06-01, 0",
    "2072, 2072, 2073-06-01, 1",
    "2071, 2072, 2072-07-01, 0.75",
    "2071, 2075, 2071-12-31, 0.2"
  })
  void theElapsedShareCountsFullYearsAndTheCurrentYearsDays(
      int from, int due, LocalDate asOf, BigDecimal share) {
    assertThat(ProgressRule.elapsedShare(from, due, asOf)).isEqualByComparingTo(share);
  }
}
