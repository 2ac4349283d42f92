package vn.ocop.devstack.fuzz;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;
import vn.ocop.devstack.openapi.OpenApiContract;
import vn.ocop.devstack.openapi.Verdict;

/**
 * Fires generated requests at the service of a {@code @QuarkusTest} and holds every answer to the
 * house rules (with a plain keep-alive HTTP client, many times faster than REST Assured, and the
 * same check against the committed document as the response validation): no 5xx, every error a
 * problem+json of the house shape, and no record written by a refused write. The seed is fixed
 * unless {@code -Docop.fuzz.seed} says otherwise, so a failure in CI is reproduced by running the
 * same test.
 */
public final class FuzzRun {
  public static final String SEED_PROPERTY = "ocop.fuzz.seed";
  public static final String REQUESTS_PROPERTY = "ocop.fuzz.requests";
  public static final long DEFAULT_SEED = 20_260_909L;
  public static final int DEFAULT_REQUESTS = 10_000;
  private static final int GENERATION_SIZE = 1_000;

  private final String service;
  private final List<Operation> operations;
  private final RequestArbitraries arbitraries;
  private final DatabaseFingerprint database;
  private final Set<String> oauthOperations;
  private final OpenApiContract contract = OpenApiContract.load(committedDocument());
  // As the response validation of the other tests: off for a document still being corrected.
  private final boolean enforceDocument =
      !"false".equals(System.getProperty("ocop.openapi.enforce"));
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  // The port of the application under test, which Quarkus gives REST Assured.
  private final String base = RestAssured.baseURI + ":" + RestAssured.port;

  public FuzzRun(
      String service,
      List<Operation> operations,
      RequestArbitraries arbitraries,
      DatabaseFingerprint database) {
    this(service, operations, arbitraries, database, Set.of());
  }

  /**
   * @param oauthOperations operations whose errors follow RFC 6749 §5.2 ({@code {"error": ...}} as
   *     application/json) instead of problem+json, as their document says
   */
  public FuzzRun(
      String service,
      List<Operation> operations,
      RequestArbitraries arbitraries,
      DatabaseFingerprint database,
      Set<String> oauthOperations) {
    this.service = service;
    this.operations = List.copyOf(operations);
    this.arbitraries = arbitraries;
    this.database = database;
    this.oauthOperations = Set.copyOf(oauthOperations);
  }

  /** The committed document of the module under test, as the response validation finds it. */
  public static Path committedDocument() {
    Path module = Path.of("").toAbsolutePath();
    return module.resolveSibling("openapi").resolve(module.getFileName() + ".yaml");
  }

  public static long seed() {
    return Long.getLong(SEED_PROPERTY, DEFAULT_SEED);
  }

  public static int requests() {
    return Integer.getInteger(REQUESTS_PROPERTY, DEFAULT_REQUESTS);
  }

  /** Sends {@link #requests()} requests generated from {@link #seed()}; writes the summary. */
  public FuzzReport run() {
    return run(requests(), seed());
  }

  public FuzzReport run(int count, long seed) {
    FuzzReport report = new FuzzReport(service, seed);
    Arbitrary<FuzzRequest> requests = arbitraries.requests(operations);
    long started = System.nanoTime();
    JqwikSession.start();
    try {
      RandomGenerator<FuzzRequest> generator = requests.generator(GENERATION_SIZE, true);
      Random random = new Random(seed);
      for (int i = 0; i < count; i++) {
        FuzzRequest request = generator.next(random).value();
        fire(request, report);
      }
    } finally {
      JqwikSession.finish();
    }
    report.finish(Duration.ofNanos(System.nanoTime() - started));
    report.write(Path.of("target", "fuzz-summary.txt"));
    System.out.println(report.summary());
    return report;
  }

  private void fire(FuzzRequest request, FuzzReport report) {
    Map<String, Long> before = request.operation().writes() ? database.read() : null;
    HttpResponse<byte[]> response;
    try {
      response = send(request);
    } catch (IOException | IllegalArgumentException e) {
      report.unsent(request, new IllegalStateException(e.getMessage(), e));
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    int status = response.statusCode();
    String contentType = response.headers().firstValue("Content-Type").orElse(null);
    String body = new String(response.body(), StandardCharsets.UTF_8);
    report.answered(request, status);
    SimpleResponse.Builder answer = SimpleResponse.Builder.status(status).withBody(body);
    if (contentType != null) {
      // A 204 has no Content-Type, and "" is not a media type the validator accepts.
      answer.withContentType(contentType);
    }
    Verdict verdict =
        contract.check(
            Request.Method.valueOf(request.operation().method()), request.path(), answer.build());
    if (verdict.outcome() == Verdict.Outcome.BROKEN && enforceDocument) {
      report.failure(request, status, "document: " + String.join("; ", verdict.findings()));
    }
    if (status >= 500) {
      report.failure(request, status, "server error: " + cut(body));
    }
    if (status >= 400) {
      boolean oauth =
          oauthOperations.contains(request.operation().id())
              && contentType != null
              && contentType.startsWith("application/json");
      for (String finding :
          oauth
              ? ProblemCheck.oauthFindings(contentType, body)
              : ProblemCheck.findings(status, contentType, body)) {
        report.failure(request, status, "problem: " + finding);
      }
      if (before != null) {
        List<String> written = DatabaseFingerprint.differences(before, database.read());
        if (!written.isEmpty()) {
          report.failure(request, status, "refused but wrote: " + written);
        }
      }
    }
  }

  private HttpResponse<byte[]> send(FuzzRequest request) throws IOException, InterruptedException {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base + request.uri())).timeout(Duration.ofSeconds(30));
    request.headers().forEach(builder::header);
    if (request.body() != null) {
      builder.header("Content-Type", request.contentType());
      builder.method(
          request.operation().method(), HttpRequest.BodyPublishers.ofByteArray(request.body()));
    } else {
      builder.method(request.operation().method(), HttpRequest.BodyPublishers.noBody());
    }
    return http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String firstLines(String message) {
    if (message == null) {
      return "";
    }
    String[] lines = message.split("\n");
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      if (line.startsWith("  - ") || line.startsWith("  response:")) {
        out.append(line.trim()).append("; ");
      }
    }
    return out.toString();
  }

  private static String cut(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }
}
