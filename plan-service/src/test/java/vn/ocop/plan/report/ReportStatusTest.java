package vn.ocop.plan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ocop.platform.problem.ProblemException;

/** The report workflow as a table: every pair of states, allowed or refused. */
class ReportStatusTest {

  @ParameterizedTest(name = "{0} → {1}: {2}")
  @CsvSource({
    "DRAFT,     DRAFT,     false",
    "DRAFT,     SUBMITTED, true",
    "DRAFT,     RETURNED,  false",
    "DRAFT,     APPROVED,  false",
    "SUBMITTED, DRAFT,     false",
    "SUBMITTED, SUBMITTED, false",
    "SUBMITTED, RETURNED,  true",
    "SUBMITTED, APPROVED,  true",
    "RETURNED,  DRAFT,     false",
    "RETURNED,  SUBMITTED, true",
    "RETURNED,  RETURNED,  false",
    "RETURNED,  APPROVED,  false",
    "APPROVED,  DRAFT,     false",
    "APPROVED,  SUBMITTED, false",
    "APPROVED,  RETURNED,  false",
    "APPROVED,  APPROVED,  false"
  })
  void eachMoveIsAllowedOrRefusedWithItsCode(ReportStatus from, ReportStatus to, boolean allowed) {
    assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    if (allowed) {
      assertThat(from.moveTo(to)).isEqualTo(to);
    } else {
      assertThatThrownBy(() -> from.moveTo(to))
          .isInstanceOfSatisfying(
              ProblemException.class,
              problem -> {
                assertThat(problem.status()).isEqualTo(409);
                assertThat(problem.code()).isEqualTo("REPORT_TRANSITION_NOT_ALLOWED");
                assertThat(problem.getMessage()).contains(from.name()).contains(to.name());
              });
    }
  }

  @Test
  void onlyDraftAndReturnedReportsAreEdited() {
    assertThat(Set.of(ReportStatus.values()))
        .filteredOn(ReportStatus::isEditable)
        .containsExactlyInAnyOrder(ReportStatus.DRAFT, ReportStatus.RETURNED);
  }

  @Test
  void anUnknownStatusFilterIsRefusedNamingTheField() {
    assertThat(ReportStatus.parse(null, "status")).isNull();
    assertThat(ReportStatus.parse(" SUBMITTED ", "status")).isEqualTo(ReportStatus.SUBMITTED);
    assertThatThrownBy(() -> ReportStatus.parse("DONE", "status"))
        .isInstanceOfSatisfying(
            ProblemException.class,
            problem -> {
              assertThat(problem.status()).isEqualTo(400);
              assertThat(problem.errors().get(0).field()).isEqualTo("status");
            });
  }

  @Test
  void onlyTheAnnualReportLocksTheYear() {
    assertThat(ReportPeriod.FY.locksYear()).isTrue();
    assertThat(ReportPeriod.H1.locksYear()).isFalse();
  }
}
