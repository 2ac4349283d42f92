package vn.ocop.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ocop.platform.problem.FieldError;

class PathGuardTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "/api/registry/../rating/v1/cycles, traversal",
    "/api/registry/v1/%2e%2e/x, traversal",
    "/api/registry/v1/%2E%2e/x, traversal",
    "/api/registry/v1/.%2e/x, traversal",
    "/api/registry/v1/%252e%252e/x, traversal",
    "/api/registry/v1/%25252e%25252e/x, traversal",
    "/api/registry/v1/..;/x, traversal",
    "/api/registry/v1/..;jsessionid=1/x, traversal",
    "/api/registry/v1/%2e%2e%3b/x, traversal",
    "/api/registry/v1/./x, traversal",
    "/openapi/registry/.., traversal",
    "/api/registry/v1%2f..%2fx, separator",
    "/api/registry/v1/%252f, separator",
    "/public/..%5c..%5cq/metrics, separator",
    "/public/a\\b, separator",
    "/api/registry/v1/x%00.json, control",
    "/api/registry/v1/x%0d%0aSet-Cookie:a, control",
    "/api/registry/v1/x%2500, control",
    "/api/registry//v1/x, empty-segment",
    "//api/registry/v1/x, empty-segment",
    "/api/registry/v1/%c0%ae%c0%ae/x, encoding",
    "/api/registry/v1/%e0%80%ae%e0%80%ae/x, encoding",
    "/api/registry/v1/%c0%af, encoding",
    "/api/registry/v1/%ff, encoding",
    "/api/registry/v1/%2, encoding",
    "/api/registry/v1/%zz, encoding",
    "api/registry/v1, absolute",
    "/api/registry/v1/%2525252e, encoding",
  })
  void hostilePathIsRefusedNamingTheRule(String path, String rule) {
    Optional<FieldError> broken = PathGuard.check(path);

    assertThat(broken).as(path).isPresent();
    assertThat(broken.get().field()).isEqualTo("path");
    assertThat(broken.get().rule()).as(path).isEqualTo(rule);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/api/registry/v1/subjects",
        "/api/registry/v1/subjects/",
        "/public/verify/k7q2m4xw3v5zr6ta2bycd4efgh/qr.png",
        "/api/registry/v1/products/search/C%C3%A0%20ph%C3%AA",
        "/api/registry/v1/files/report.v2.csv",
        "/api/registry/v1/a..b/...",
        "/q/swagger-ui/index.html",
      })
  void ordinaryPathPasses(String path) {
    assertThat(PathGuard.check(path)).as(path).isEmpty();
  }
}
