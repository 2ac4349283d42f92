package vn.ocop.rating.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.ocop.platform.problem.ProblemException;

/** The cycle's step machine over every pair of steps: only the next one is allowed. */
class CycleStepTest {
  static final List<CycleStep> ORDER =
      List.of(
          CycleStep.PROMOTION,
          CycleStep.IDEA_REGISTRATION,
          CycleStep.BUSINESS_PLANS,
          CycleStep.IMPLEMENTATION,
          CycleStep.EVALUATION,
          CycleStep.TRADE_PROMOTION,
          CycleStep.CLOSED);

  @ParameterizedTest
  @EnumSource(CycleStep.class)
  void aStepMovesOnlyToTheOneAfterIt(CycleStep from) {
    for (CycleStep to : CycleStep.values()) {
      boolean allowed = ORDER.indexOf(to) == ORDER.indexOf(from) + 1;
      assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(allowed);
      if (allowed) {
        assertThat(from.moveTo(to)).isEqualTo(to);
      } else {
        assertThatThrownBy(() -> from.moveTo(to))
            .isInstanceOfSatisfying(
                ProblemException.class,
                e -> {
                  assertThat(e.status()).isEqualTo(409);
                  assertThat(e.code()).isEqualTo("CYCLE_STEP_TRANSITION_NOT_ALLOWED");
                });
      }
    }
  }

  @ParameterizedTest
  @EnumSource(CycleStep.class)
  void noStepMovesToNothing(CycleStep from) {
    assertThat(from.canMoveTo(null)).isFalse();
  }

  @org.junit.jupiter.api.Test
  void theSixStepsAreInTheirPublishedOrderAndOnlyEvaluationTakesDossiers() {
    assertThat(CycleStep.steps()).containsExactlyElementsOf(ORDER.subList(0, 6));
    assertThat(CycleStep.values())
        .filteredOn(CycleStep::acceptsDossiers)
        .containsExactly(CycleStep.EVALUATION);
    assertThat(CycleStep.CLOSED.next()).isNull();
  }
}
