package vn.ocop.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The RFC 9457 problem (application/problem+json) a service answered instead of a result. The
 * generated clients throw an {@code ApiException} (one class per service) carrying the status and
 * the raw body; this reads the stable {@code code} (e.g. DOSSIER_NOT_SUBMITTABLE), the request id
 * to quote to the operators, and the field errors of a refused input.
 *
 * @param status the HTTP status
 * @param code the stable error code (docs/error-codes.md), or null when the body had none
 * @param title the short, human-readable summary
 * @param detail the explanation of this occurrence
 * @param requestId the X-Request-Id of the failed request
 * @param errors for a refused input: one entry per field and rule
 */
public record ApiProblem(
    int status,
    String code,
    String title,
    String detail,
    String requestId,
    List<FieldError> errors) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One refused field of an input: its path, the rule it broke and a message. */
  public record FieldError(String field, String rule, String message) {}

  public ApiProblem {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  /**
   * The problem carried by an exception of any of the generated clients (also when it is the cause
   * of {@code e}); empty when {@code e} is not an answer of a service (e.g. a connection error). A
   * body that is not problem+json (a proxy's HTML page) gives a problem with its status only.
   */
  public static Optional<ApiProblem> of(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof vn.ocop.sdk.registry.ApiException x && x.getCode() > 0) {
        return Optional.of(parse(x.getCode(), x.getResponseBody()));
      }
      if (t instanceof vn.ocop.sdk.rating.ApiException x && x.getCode() > 0) {
        return Optional.of(parse(x.getCode(), x.getResponseBody()));
      }
      if (t instanceof vn.ocop.sdk.plan.ApiException x && x.getCode() > 0) {
        return Optional.of(parse(x.getCode(), x.getResponseBody()));
      }
      if (t instanceof vn.ocop.sdk.gateway.ApiException x && x.getCode() > 0) {
        return Optional.of(parse(x.getCode(), x.getResponseBody()));
      }
    }
    return Optional.empty();
  }

  /** The problem's code, or null when {@code e} carries no problem with a code. */
  public static String codeOf(Throwable e) {
    return of(e).map(ApiProblem::code).orElse(null);
  }

  /** Reads a problem body; the status of the response wins over the one written in the body. */
  public static ApiProblem parse(int status, String body) {
    JsonNode root = read(body);
    List<FieldError> errors = new ArrayList<>();
    for (JsonNode error : root.path("errors")) {
      errors.add(new FieldError(text(error, "field"), text(error, "rule"), text(error, "message")));
    }
    return new ApiProblem(
        status,
        text(root, "code"),
        text(root, "title"),
        text(root, "detail"),
        text(root, "requestId"),
        errors);
  }

  private static JsonNode read(String body) {
    if (body == null || body.isBlank()) {
      return JSON.missingNode();
    }
    try {
      JsonNode node = JSON.readTree(body);
      return node != null && node.isObject() ? node : JSON.missingNode();
    } catch (IOException e) {
      return JSON.missingNode();
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isValueNode() && !value.isNull() ? value.asText() : null;
  }
}
