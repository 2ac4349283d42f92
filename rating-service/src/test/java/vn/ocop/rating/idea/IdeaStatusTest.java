package vn.ocop.rating.idea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.ocop.platform.problem.ProblemException;

/** The idea's state machine over every pair of states. */
class IdeaStatusTest {
  static final Map<IdeaStatus, Set<IdeaStatus>> ALLOWED =
      Map.of(
          IdeaStatus.SUBMITTED,
              Set.of(IdeaStatus.ACCEPTED, IdeaStatus.RETURNED, IdeaStatus.REJECTED),
          IdeaStatus.RETURNED, Set.of(IdeaStatus.SUBMITTED),
          IdeaStatus.ACCEPTED, Set.of(),
          IdeaStatus.REJECTED, Set.of());

  @ParameterizedTest
  @EnumSource(IdeaStatus.class)
  void everyMoveIsAllowedOrRefusedWithTheCodeOfTheStateItNeeds(IdeaStatus from) {
    for (IdeaStatus to : IdeaStatus.values()) {
      boolean allowed = ALLOWED.get(from).contains(to);
      assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(allowed);
      if (allowed) {
        assertThat(from.moveTo(to)).isEqualTo(to);
      } else {
        String code = to == IdeaStatus.SUBMITTED ? "IDEA_NOT_RETURNED" : "IDEA_NOT_SUBMITTED";
        assertThatThrownBy(() -> from.moveTo(to))
            .isInstanceOfSatisfying(
                ProblemException.class,
                e -> {
                  assertThat(e.status()).isEqualTo(409);
                  assertThat(e.code()).as(from + " -> " + to).isEqualTo(code);
                });
      }
    }
  }
}
