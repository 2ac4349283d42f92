package vn.ocop.platform.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdsTest {

  @Test
  void aSafeIncomingIdIsKept() {
    assertThat(RequestIds.acceptOrCreate("gw-3f2a9c1e-77")).isEqualTo("gw-3f2a9c1e-77");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "short", "has space in it", "new\nline-injection", "<script>alert</script>"})
  void anUnsafeIdIsReplacedByAFreshOne(String candidate) {
    String id = RequestIds.acceptOrCreate(candidate);
    assertThat(id).isNotEqualTo(candidate).matches("[0-9a-f-]{36}");
  }

  @Test
  void aMissingIdIsCreated() {
    assertThat(RequestIds.acceptOrCreate(null)).matches("[0-9a-f-]{36}");
  }
}
