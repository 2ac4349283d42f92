package vn.ocop.rating.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ocop.platform.problem.ProblemException;

/** The session state machine over every pair of states. */
class SessionStatusTest {
  private static final Set<String> ALLOWED =
      Set.of("PLANNED>OPEN", "PLANNED>CANCELLED", "OPEN>CLOSED");

  @Test
  void exactlyTheDocumentedMovesAreAllowedAndEveryOtherIsA409WithItsCode() {
    int checked = 0;
    for (SessionStatus from : SessionStatus.values()) {
      for (SessionStatus to : SessionStatus.values()) {
        boolean allowed = ALLOWED.contains(from + ">" + to);
        assertThat(from.canMoveTo(to)).as(from + " → " + to).isEqualTo(allowed);
        if (allowed) {
          assertThat(from.moveTo(to)).isEqualTo(to);
        } else {
          assertThatThrownBy(() -> from.moveTo(to))
              .as(from + " → " + to)
              .isInstanceOfSatisfying(
                  ProblemException.class,
                  e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo(SessionStatus.refusalCode(to));
                  });
        }
        checked++;
      }
    }
    assertThat(checked).isEqualTo(16);
  }

  @Test
  void refusalCodesNameTheStateTheMoveNeeds() {
    assertThat(SessionStatus.refusalCode(SessionStatus.OPEN)).isEqualTo("SESSION_NOT_PLANNED");
    assertThat(SessionStatus.refusalCode(SessionStatus.CANCELLED)).isEqualTo("SESSION_NOT_PLANNED");
    assertThat(SessionStatus.refusalCode(SessionStatus.CLOSED)).isEqualTo("SESSION_NOT_OPEN");
    assertThat(SessionStatus.refusalCode(SessionStatus.PLANNED))
        .isEqualTo("SESSION_ALREADY_STARTED");
  }

  @Test
  void onlyPlannedAndOpenSessionsTakeDossiersAndDeclarations() {
    EnumSet<SessionStatus> active = EnumSet.noneOf(SessionStatus.class);
    for (SessionStatus status : SessionStatus.values()) {
      if (status.isActive()) {
        active.add(status);
      }
    }
    assertThat(active).containsExactly(SessionStatus.PLANNED, SessionStatus.OPEN);
  }
}
