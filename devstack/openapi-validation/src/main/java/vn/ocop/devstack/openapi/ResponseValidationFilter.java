package vn.ocop.devstack.openapi;

import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.RestAssured;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * The REST Assured filter that holds every response of a service's tests to the service's committed
 * OpenAPI document: a response the document does not describe fails the test with what differs.
 */
public final class ResponseValidationFilter implements OrderedFilter {

  /**
   * Overrides where the committed document is; by default {@code ../openapi/<module
   * directory>.yaml}, Surefire running each module's tests in its directory.
   */
  static final String DOCUMENT_PROPERTY = "ocop.openapi.document";

  /**
   * {@code false} records findings in the summary file instead of failing the test: for a service
   * whose document is still being corrected, so the findings stay visible while the suite runs.
   */
  static final String ENFORCE_PROPERTY = "ocop.openapi.enforce";

  private static final int BODY_SHOWN = 800;
  private static ResponseValidationFilter installed;

  private final OpenApiContract contract;
  private final ValidationStatistics statistics;

  public ResponseValidationFilter(OpenApiContract contract, ValidationStatistics statistics) {
    this.contract = contract;
    this.statistics = statistics;
  }

  /**
   * Adds the filter to REST Assured's global filters once per class loader: Quarkus gives a test
   * profile its own class loader, and with it its own REST Assured.
   */
  public static synchronized ResponseValidationFilter install() {
    if (installed == null) {
      Path document = committedDocument();
      installed =
          new ResponseValidationFilter(
              OpenApiContract.load(document), ValidationStatistics.forDocument(document));
    }
    if (RestAssured.filters().stream().noneMatch(f -> f instanceof ResponseValidationFilter)) {
      RestAssured.filters(installed);
    }
    return installed;
  }

  /**
   * The document of the module under test: {@code ../openapi/<module directory>.yaml} by default.
   */
  static Path committedDocument() {
    String configured = System.getProperty(DOCUMENT_PROPERTY);
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    Path module = Path.of("").toAbsolutePath();
    return module.resolveSibling("openapi").resolve(module.getFileName() + ".yaml");
  }

  public ValidationStatistics statistics() {
    return statistics;
  }

  /** After every other filter, so that it sees the response the test sees. */
  @Override
  public int getOrder() {
    return OrderedFilter.LOWEST_PRECEDENCE;
  }

  @Override
  public Response filter(
      FilterableRequestSpecification request,
      FilterableResponseSpecification response,
      FilterContext context) {
    Response answer = context.next(request, response);
    var requestModel = RestAssuredRequest.of(request);
    Verdict verdict =
        contract.check(
            requestModel.getMethod(), requestModel.getPath(), RestAssuredResponse.of(answer));
    statistics.record(verdict);
    if (verdict.outcome() == Verdict.Outcome.BROKEN
        && !"false".equals(System.getProperty(ENFORCE_PROPERTY))) {
      throw new AssertionError(explain(verdict, request, answer));
    }
    return answer;
  }

  private String explain(Verdict verdict, FilterableRequestSpecification request, Response answer) {
    String body = answer.asString();
    if (body.length() > BODY_SHOWN) {
      body = body.substring(0, BODY_SHOWN) + "…";
    }
    return "The response does not match "
        + contract.document().getFileName()
        + " (the committed OpenAPI document):\n  operation: "
        + verdict.operation()
        + "\n  request:   "
        + request.getMethod()
        + " "
        + request.getURI()
        + "\n  response:  "
        + verdict.status()
        + " "
        + answer.getContentType()
        + "\n"
        + verdict.findings().stream().map(f -> "  - " + f).collect(Collectors.joining("\n"))
        + "\n  body: "
        + body;
  }
}
