package vn.ocop.devstack.openapi;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.interaction.ApiOperationResolver;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.ApiOperationMatch;
import com.atlassian.oai.validator.model.Body;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A service's committed OpenAPI document used as the contract that every response of its tests must
 * keep, so the document cannot lie. Only responses are compared: tests send bad input on purpose,
 * and then it is the error answer that the document must describe.
 */
public final class OpenApiContract {

  /**
   * Error statuses a response may have although its operation does not list them, provided the body
   * is a valid problem+json. None since the platform's OpenAPI filter documents the standard errors
   * of every operation (400 with parameters or a body, 401 and 403 when secured, 404 with a path
   * parameter, 415 with a body); {@code -Docop.openapi.tolerated-undocumented-errors=400,404}
   * tolerates some again, for a document being reworked.
   */
  public static final Set<Integer> TOLERATED_UNDOCUMENTED_ERRORS = Set.of();

  static final String TOLERANCE_PROPERTY = "ocop.openapi.tolerated-undocumented-errors";

  private static final String STATUS_UNKNOWN = "validation.response.status.unknown";
  private static final String PROBLEM_JSON = "application/problem+json";

  private final Path document;
  private final OpenApiInteractionValidator validator;
  private final ApiOperationResolver operations;
  private final SchemaValidator schemas;
  private final Schema<?> problem;
  private final Set<Integer> tolerated;

  private OpenApiContract(Path document, OpenAPI api, Set<Integer> tolerated) {
    this.document = document;
    this.validator = OpenApiInteractionValidator.createFor(document.toUri().toString()).build();
    this.operations = new ApiOperationResolver(api, null, false);
    this.schemas = new SchemaValidator(api, new MessageResolver());
    this.problem =
        api.getComponents() == null || api.getComponents().getSchemas() == null
            ? null
            : api.getComponents().getSchemas().containsKey("Problem")
                ? new Schema<>().$ref("#/components/schemas/Problem")
                : null;
    this.tolerated = Set.copyOf(tolerated);
  }

  /** Reads a document, tolerating the errors of {@link #toleratedFromConfiguration()}. */
  public static OpenApiContract load(Path document) {
    return load(document, toleratedFromConfiguration());
  }

  public static OpenApiContract load(Path document, Set<Integer> toleratedUndocumentedErrors) {
    if (!Files.isRegularFile(document)) {
      throw new IllegalStateException("no OpenAPI document at " + document.toAbsolutePath());
    }
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult parsed =
        new OpenAPIV3Parser().readLocation(document.toUri().toString(), null, options);
    if (parsed.getOpenAPI() == null) {
      throw new IllegalStateException(
          "cannot read " + document + ": " + String.join("; ", parsed.getMessages()));
    }
    return new OpenApiContract(document, parsed.getOpenAPI(), toleratedUndocumentedErrors);
  }

  /** The tolerated statuses: the constant, unless the system property lists others (or none). */
  public static Set<Integer> toleratedFromConfiguration() {
    String configured = System.getProperty(TOLERANCE_PROPERTY);
    if (configured == null) {
      return TOLERATED_UNDOCUMENTED_ERRORS;
    }
    return Arrays.stream(configured.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .map(Integer::valueOf)
        .collect(Collectors.toUnmodifiableSet());
  }

  public Path document() {
    return document;
  }

  /** Compares one response with what the document says the operation answers. */
  public Verdict check(Request.Method method, String path, Response response) {
    String requestLine = method + " " + path;
    int status = response.getStatus();
    ApiOperationMatch match = operations.findApiOperation(path, method);
    if (!match.isPathFound() || !match.isOperationAllowed()) {
      return new Verdict(Verdict.Outcome.NOT_IN_DOCUMENT, requestLine, status, List.of());
    }
    String operation = describe(match.getApiOperation());
    ValidationReport report = validator.validateResponse(path, method, response);
    List<ValidationReport.Message> errors =
        report.getMessages().stream()
            .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
            .collect(Collectors.toList());
    if (errors.isEmpty()) {
      return new Verdict(Verdict.Outcome.KEPT, operation, status, List.of());
    }
    boolean onlyUndocumentedStatus =
        errors.stream().allMatch(m -> STATUS_UNKNOWN.equals(m.getKey()));
    if (onlyUndocumentedStatus && tolerated.contains(status)) {
      List<String> problemFindings = problemFindings(response);
      if (problemFindings.isEmpty()) {
        return new Verdict(Verdict.Outcome.TOLERATED, operation, status, List.of());
      }
      return new Verdict(Verdict.Outcome.BROKEN, operation, status, problemFindings);
    }
    List<String> findings = new ArrayList<>();
    errors.forEach(m -> describe(m, "", findings));
    return new Verdict(Verdict.Outcome.BROKEN, operation, status, findings);
  }

  /** Why an undocumented standard error is not a valid problem+json, if it is not. */
  private List<String> problemFindings(Response response) {
    List<String> findings = new ArrayList<>();
    String contentType = response.getContentType().orElse("");
    if (!contentType.startsWith(PROBLEM_JSON)) {
      findings.add(
          "undocumented error status "
              + response.getStatus()
              + " answered with Content-Type '"
              + contentType
              + "' instead of "
              + PROBLEM_JSON);
      return findings;
    }
    if (problem == null) {
      return findings;
    }
    Optional<Body> body = response.getResponseBody().filter(Body::hasBody);
    if (body.isEmpty()) {
      findings.add("undocumented error status " + response.getStatus() + " has no problem body");
      return findings;
    }
    ValidationReport report = schemas.validate(body.get()::toJsonNode, problem, "response.body");
    report.getMessages().stream()
        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
        .forEach(m -> describe(m, "undocumented error status body is not a Problem: ", findings));
    return findings;
  }

  private static String describe(ApiOperation operation) {
    String id = operation.getOperation().getOperationId();
    String line = operation.getMethod() + " " + operation.getApiPath().original();
    return id == null ? line : id + " (" + line + ")";
  }

  private static void describe(ValidationReport.Message message, String prefix, List<String> out) {
    StringBuilder line = new StringBuilder(prefix);
    message
        .getContext()
        .flatMap(ValidationReport.MessageContext::getPointers)
        .map(ValidationReport.MessageContext.Pointers::getInstance)
        .filter(p -> !p.isEmpty())
        .ifPresent(p -> line.append("at ").append(p).append(": "));
    line.append(message.getMessage()).append(" [").append(message.getKey()).append(']');
    out.add(line.toString());
    Set<String> nested = new TreeSet<>();
    message.getNestedMessages().forEach(n -> nested.add("    " + n.getMessage()));
    out.addAll(nested);
  }
}
