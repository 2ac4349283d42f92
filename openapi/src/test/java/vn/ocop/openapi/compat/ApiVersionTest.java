package vn.ocop.openapi.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiVersionTest {

  @ParameterizedTest(name = "{0} -> {1}: breaking allowed = {2}")
  @CsvSource({
    "0.1.0, 0.1.0, false",
    "0.1.0, 0.1.7, false",
    "0.1.0, 0.2.0, true",
    "0.1.3, 0.2.0-rc.1, true",
    "0.1.0, 1.0.0, true",
    "1.2.3, 1.2.4, false",
    "1.2.3, 1.9.0, false",
    "1.2.3, 2.0.0, true",
    "2.0.0, 1.9.0, false",
    "0.3.0, 0.2.0, false"
  })
  void breakingChangesNeedAMajorBumpOrAMinorOneBelowOne(
      String released, String current, boolean allowed) {
    assertThat(ApiVersion.parse(current).allowsBreakingChangesSince(ApiVersion.parse(released)))
        .isEqualTo(allowed);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1", "1.0", "v1.0.0", "1.0.x", "latest"})
  void versionThatIsNotSemanticIsRejectedWithTheRule(String text) {
    assertThatThrownBy(() -> ApiVersion.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MAJOR.MINOR.PATCH");
  }
}
