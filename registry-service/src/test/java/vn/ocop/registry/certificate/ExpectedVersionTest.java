package vn.ocop.registry.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.ocop.platform.problem.ProblemException;

class ExpectedVersionTest {

  @Test
  void theVersionComesFromTheBodyOrFromIfMatch() {
    assertThat(ExpectedVersion.of(3L, null)).isEqualTo(3);
    assertThat(ExpectedVersion.of(null, "\"4\"")).isEqualTo(4);
    assertThat(ExpectedVersion.of(null, "W/\"5\"")).isEqualTo(5);
    assertThat(ExpectedVersion.of(6L, "\"6\"")).isEqualTo(6);
  }

  @Test
  void withoutEitherThePreconditionIsRequired() {
    assertThatThrownBy(() -> ExpectedVersion.of(null, " "))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.status()).isEqualTo(428);
              assertThat(e.code()).isEqualTo("CERTIFICATE_VERSION_REQUIRED");
              assertThat(e.errors()).singleElement().satisfies(f -> f.field().equals("version"));
            });
  }

  @Test
  void aBadOrDisagreeingIfMatchIsRefused() {
    assertThatThrownBy(() -> ExpectedVersion.of(null, "\"abc\""))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("If-Match"));
    assertThatThrownBy(() -> ExpectedVersion.of(1L, "\"2\""))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> assertThat(e.errors().get(0).rule()).isEqualTo("MatchesIfMatch"));
  }
}
