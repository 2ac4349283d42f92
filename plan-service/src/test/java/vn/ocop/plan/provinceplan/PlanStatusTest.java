package vn.ocop.plan.provinceplan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The life of a plan version, every pair of statuses. */
class PlanStatusTest {

  @ParameterizedTest(name = "{0} → {1}: {2}")
  @CsvSource({
    "DRAFT, DRAFT, false",
    "DRAFT, APPROVED, true",
    "DRAFT, SUPERSEDED, false",
    "APPROVED, DRAFT, false",
    "APPROVED, APPROVED, false",
    "APPROVED, SUPERSEDED, true",
    "SUPERSEDED, DRAFT, false",
    "SUPERSEDED, APPROVED, false",
    "SUPERSEDED, SUPERSEDED, false"
  })
  void aVersionMovesOnlyFromDraftToApprovedToSuperseded(
      PlanStatus from, PlanStatus to, boolean allowed) {
    assertThat(from.canMoveTo(to)).isEqualTo(allowed);
  }
}
