package vn.ocop.rating.businessplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.ocop.platform.problem.ProblemException;

/** The business plan's state machine over every pair of states. */
class PlanStatusTest {
  static final Map<PlanStatus, Set<PlanStatus>> ALLOWED =
      Map.of(
          PlanStatus.SUBMITTED,
              Set.of(PlanStatus.APPROVED, PlanStatus.RETURNED, PlanStatus.REJECTED),
          PlanStatus.RETURNED, Set.of(PlanStatus.SUBMITTED),
          PlanStatus.APPROVED, Set.of(PlanStatus.READY_FOR_EVALUATION),
          PlanStatus.REJECTED, Set.of(),
          PlanStatus.READY_FOR_EVALUATION, Set.of());

  static final Map<PlanStatus, String> CODES =
      Map.of(
          PlanStatus.SUBMITTED, "BUSINESS_PLAN_NOT_RETURNED",
          PlanStatus.APPROVED, "BUSINESS_PLAN_NOT_SUBMITTED",
          PlanStatus.RETURNED, "BUSINESS_PLAN_NOT_SUBMITTED",
          PlanStatus.REJECTED, "BUSINESS_PLAN_NOT_SUBMITTED",
          PlanStatus.READY_FOR_EVALUATION, "BUSINESS_PLAN_NOT_APPROVED");

  @ParameterizedTest
  @EnumSource(PlanStatus.class)
  void everyMoveIsAllowedOrRefusedWithTheCodeOfTheStateItNeeds(PlanStatus from) {
    for (PlanStatus to : PlanStatus.values()) {
      boolean allowed = ALLOWED.get(from).contains(to);
      assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(allowed);
      if (allowed) {
        assertThat(from.moveTo(to)).isEqualTo(to);
      } else {
        assertThatThrownBy(() -> from.moveTo(to))
            .isInstanceOfSatisfying(
                ProblemException.class,
                e -> {
                  assertThat(e.status()).isEqualTo(409);
                  assertThat(e.code()).as(from + " -> " + to).isEqualTo(CODES.get(to));
                });
      }
    }
  }
}
