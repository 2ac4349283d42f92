package vn.ocop.registry.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.platform.problem.ProblemException;

class VisibilityTest {
  private static final UUID SUBJECT = UUID.randomUUID();

  @Test
  void nationalScopeSeesEverything() {
    Visibility national = Visibility.national();
    assertThat(national.allows("66", SUBJECT)).isTrue();
    assertThat(national.allows("01", UUID.randomUUID())).isTrue();
    assertThat(national.condition("p", "s")).isEqualTo("1 = 1");
  }

  @Test
  void provinceScopeSeesItsProvinceOnly() {
    Visibility province = Visibility.province("66");
    assertThat(province.allows("66", UUID.randomUUID())).isTrue();
    assertThat(province.allows("01", SUBJECT)).isFalse();
    Map<String, Object> parameters = new HashMap<>();
    province.bind(parameters);
    assertThat(province.condition("p", "s")).isEqualTo("p = :visibleProvince");
    assertThat(parameters).containsExactly(Map.entry("visibleProvince", "66"));
  }

  @Test
  void subjectScopeSeesItsSubjectOnly() {
    Visibility subject = Visibility.subject(SUBJECT);
    assertThat(subject.allows("66", SUBJECT)).isTrue();
    assertThat(subject.allows("66", UUID.randomUUID())).isFalse();
    assertThat(subject.condition("p", "s")).isEqualTo("s = :visibleSubject");
  }

  @Test
  void foreignRecordAnswersNotFound() {
    assertThatThrownBy(() -> Visibility.province("01").require("66", SUBJECT, "Subject", SUBJECT))
        .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(404));
  }

  @Test
  void callerWithoutScopeSeesNothing() {
    Visibility nothing = new Visibility(false, null, null);
    assertThat(nothing.none()).isTrue();
    assertThat(nothing.allows("66", SUBJECT)).isFalse();
    assertThat(nothing.condition("p", "s")).isEqualTo("1 = 0");
  }
}
