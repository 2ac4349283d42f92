package vn.ocop.devstack.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The filter against the committed registry document, with a stand-in server that answers what each
 * test tells it to: it must pass what the document describes and fail, readably, what it does not.
 */
class ResponseValidationFilterTest {
  private static final Set<Integer> STANDARD_ERRORS = Set.of(400, 401, 403, 404, 415);

  private static final Path REGISTRY = Path.of("..", "..", "openapi", "registry-service.yaml");
  private static final String PROVINCES = "/api/registry/v1/provinces";
  private static final String PROBLEM =
      "{\"type\":\"urn:ocop:problem:not-found\",\"title\":\"Not found\",\"status\":404,"
          + "\"code\":\"NOT_FOUND\",\"requestId\":\"r-1\"}";

  private static HttpServer server;
  private static volatile Answer answer;

  private ValidationStatistics statistics;

  record Answer(int status, String contentType, String body) {}

  @BeforeAll
  static void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", answer.contentType());
          exchange.sendResponseHeaders(answer.status(), body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  @AfterAll
  static void stopServer() {
    server.stop(0);
  }

  @BeforeEach
  void freshStatistics() {
    statistics = new ValidationStatistics(REGISTRY);
  }

  private ResponseValidationFilter filter(Set<Integer> tolerated) {
    return new ResponseValidationFilter(OpenApiContract.load(REGISTRY, tolerated), statistics);
  }

  private int get(ResponseValidationFilter filter, String path, Answer given) {
    answer = given;
    return given()
        .baseUri("http://127.0.0.1")
        .port(server.getAddress().getPort())
        .filter(filter)
        .get(path)
        .statusCode();
  }

  @Test
  void aResponseTheDocumentDescribesPasses() {
    var filter = filter(Set.of());
    String provinces =
        "[{\"code\":\"66\",\"name\":\"Đắk Lắk\",\"fullName\":\"Tỉnh Đắk Lắk\","
            + "\"nameEn\":\"Dak Lak\",\"mapVersion\":\"2025-07\"}]";

    int status = get(filter, PROVINCES, new Answer(200, "application/json", provinces));

    assertThat(status).isEqualTo(200);
    assertThat(statistics.validated()).isEqualTo(1);
    assertThat(statistics.summary()).contains("listProvinces (GET " + PROVINCES + ") → 200 ×1");
  }

  @Test
  void aFieldOfTheWrongTypeFailsNamingOperationStatusAndField() {
    var filter = filter(Set.of());
    Answer numberCode = new Answer(200, "application/json", "[{\"code\":66,\"name\":\"Đắk Lắk\"}]");

    assertThatThrownBy(() -> get(filter, PROVINCES, numberCode))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("registry-service.yaml")
        .hasMessageContaining("operation: listProvinces (GET " + PROVINCES + ")")
        .hasMessageContaining("response:  200 application/json")
        .hasMessageContaining("at /0/code")
        .hasMessageContaining("validation.response.body.schema.type");
  }

  @Test
  void aFieldTheDocumentDoesNotListFails() {
    var filter = filter(Set.of());
    Answer extra =
        new Answer(200, "application/json", "[{\"code\":\"66\",\"capital\":\"Buôn Ma Thuột\"}]");

    assertThatThrownBy(() -> get(filter, PROVINCES, extra))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("capital")
        .hasMessageContaining("validation.response.body.schema.additionalProperties");
  }

  @Test
  void aMediaTypeTheDocumentDoesNotListFails() {
    var filter = filter(Set.of());
    Answer csv = new Answer(200, "text/csv", "code,name\n66,Đắk Lắk\n");

    assertThatThrownBy(() -> get(filter, PROVINCES, csv))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("text/csv")
        .hasMessageContaining("validation.response.contentType.notAllowed");
  }

  @Test
  void anUndocumentedStatusFailsEvenAsProblemJson() {
    var filter = filter(STANDARD_ERRORS);
    Answer serverError = new Answer(500, "application/problem+json", PROBLEM.replace("404", "500"));

    assertThatThrownBy(() -> get(filter, PROVINCES, serverError))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("response:  500")
        .hasMessageContaining("validation.response.status.unknown");
  }

  @Test
  void anUndocumentedStandardErrorIsToleratedAndCountedWhileTheToleranceLasts() {
    var filter = filter(STANDARD_ERRORS);

    int status = get(filter, PROVINCES, new Answer(404, "application/problem+json", PROBLEM));

    assertThat(status).isEqualTo(404);
    assertThat(statistics.toleratedByStatus()).isEqualTo(Map.of(404, 1));
  }

  @Test
  void anUndocumentedStandardErrorFailsOnceTheToleranceIsOff() {
    var filter = filter(Set.of());
    Answer notFound = new Answer(404, "application/problem+json", PROBLEM);

    assertThatThrownBy(() -> get(filter, PROVINCES, notFound))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Response status 404 not defined");
  }

  @Test
  void aToleratedStatusMustStillBeAProblem() {
    var filter = filter(STANDARD_ERRORS);
    Answer plain = new Answer(404, "text/plain", "not here");
    Answer notAProblem =
        new Answer(404, "application/problem+json", "{\"status\":\"404\",\"code\":7}");

    assertThatThrownBy(() -> get(filter, PROVINCES, plain))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("instead of application/problem+json");
    assertThatThrownBy(() -> get(filter, PROVINCES, notAProblem))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("body is not a Problem");
  }

  @Test
  void aRequestTheDocumentHasNoOperationForIsNotValidated() {
    var filter = filter(Set.of());

    int status = get(filter, "/q/health", new Answer(200, "application/json", "{\"status\":1}"));

    assertThat(status).isEqualTo(200);
    assertThat(statistics.validated()).isZero();
    assertThat(statistics.summary()).contains("GET /q/health");
  }

  @Test
  void theToleranceCanBeChangedWithoutCode() {
    System.setProperty(OpenApiContract.TOLERANCE_PROPERTY, "");
    try {
      assertThat(OpenApiContract.toleratedFromConfiguration()).isEmpty();
      System.setProperty(OpenApiContract.TOLERANCE_PROPERTY, "401, 403");
      assertThat(OpenApiContract.toleratedFromConfiguration()).containsExactlyInAnyOrder(401, 403);
    } finally {
      System.clearProperty(OpenApiContract.TOLERANCE_PROPERTY);
    }
    assertThat(OpenApiContract.toleratedFromConfiguration())
        .isEqualTo(OpenApiContract.TOLERATED_UNDOCUMENTED_ERRORS);
  }
}
