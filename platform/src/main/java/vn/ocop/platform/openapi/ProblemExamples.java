package vn.ocop.platform.openapi;

import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.platform.problem.Problem;
import vn.ocop.platform.problem.ProblemException;

/**
 * Example problem+json bodies as {@code ProblemMappers} writes them: the same titles, details and
 * codes for the standard answers, and for a specific answer the code its description names ({@code
 * "The username is taken (ACCOUNT_USERNAME_TAKEN)"}).
 */
final class ProblemExamples {
  /** A fixed request id: the document is committed, so every value in it is deterministic. */
  static final String REQUEST_ID = "5b0e6c1e-3f51-4f7e-9d3c-2a7f0f3e8a11";

  private static final Pattern CODE =
      Pattern.compile(
          "\\b([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|FORBIDDEN|UNAUTHENTICATED|UNPROCESSABLE)\\b");
  private static final Pattern TRAILING_CODES =
      Pattern.compile("\\s*\\([^()]*[A-Z]{2,}_?[^()]*\\)\\s*$");
  private static final Set<String> VALIDATION = Set.of("VALIDATION_FAILED", "MALFORMED_REQUEST");

  private ProblemExamples() {}

  static Map<String, Object> validationFailed(String instance, FieldError rule) {
    return of(ProblemException.invalidField(rule.field(), rule.rule(), rule.message()), instance);
  }

  static Map<String, Object> malformed(String instance) {
    return body(
        400,
        "MALFORMED_REQUEST",
        "Malformed request",
        "The request body cannot be read",
        instance,
        List.of(new FieldError("body", "syntax", "The body is not valid JSON")));
  }

  static Map<String, Object> unauthenticated(String instance) {
    return of(ProblemException.unauthenticated(), instance);
  }

  static Map<String, Object> forbidden(String instance) {
    return of(ProblemException.forbidden(), instance);
  }

  static Map<String, Object> notFound(String instance, String what, Object id) {
    return of(ProblemException.notFound(what, id), instance);
  }

  /** The body the platform's mapper answers for this exception. */
  static Map<String, Object> of(ProblemException problem, String instance) {
    return body(
        problem.status(),
        problem.code(),
        problem.title(),
        problem.getMessage(),
        instance,
        problem.errors());
  }

  static Map<String, Object> unsupportedMediaType(String instance) {
    return body(
        415,
        "UNSUPPORTED_MEDIA_TYPE",
        "Unsupported Media Type",
        "Unsupported Media Type",
        instance,
        List.of());
  }

  /**
   * The body of an answer the operation declares itself: the first code its description names
   * (validation codes only when no other is named), else the status' generic one; the description
   * without its codes as the detail.
   */
  static Map<String, Object> declared(int status, String description, String instance) {
    String code = codeIn(description);
    if (code == null) {
      code = defaultCode(status);
    }
    String detail = description == null ? "" : TRAILING_CODES.matcher(description).replaceAll("");
    if (detail.isBlank()) {
      detail = reason(status);
    }
    String title =
        switch (code) {
          case "UNPROCESSABLE" -> "Request cannot be processed";
          case "INTERNAL_ERROR" -> "Internal error";
          default -> status == 409 ? "Conflict" : reason(status);
        };
    return body(status, code, title, detail, instance, List.of());
  }

  /** The first code named in a description, preferring a specific one to the validation codes. */
  static String codeIn(String description) {
    if (description == null) {
      return null;
    }
    Matcher matcher = CODE.matcher(description);
    String validation = null;
    while (matcher.find()) {
      String code = matcher.group(1);
      if (!VALIDATION.contains(code)) {
        return code;
      }
      if (validation == null) {
        validation = code;
      }
    }
    return validation;
  }

  static String defaultCode(int status) {
    return switch (status) {
      case 400 -> "VALIDATION_FAILED";
      case 401 -> "UNAUTHENTICATED";
      case 403 -> "FORBIDDEN";
      case 404 -> "NOT_FOUND";
      case 422 -> "UNPROCESSABLE";
      case 500 -> "INTERNAL_ERROR";
      default -> {
        Response.Status known = Response.Status.fromStatusCode(status);
        yield known == null ? "HTTP_" + status : known.name().toUpperCase(Locale.ROOT);
      }
    };
  }

  private static String reason(int status) {
    Response.Status known = Response.Status.fromStatusCode(status);
    return known == null ? "HTTP " + status : known.getReasonPhrase();
  }

  static Map<String, Object> body(
      int status,
      String code,
      String title,
      String detail,
      String instance,
      List<FieldError> errors) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", Problem.typeOf(code));
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    body.put("instance", instance);
    body.put("code", code);
    body.put("requestId", REQUEST_ID);
    if (!errors.isEmpty()) {
      body.put(
          "errors",
          errors.stream()
              .map(
                  e -> {
                    Map<String, Object> error = new LinkedHashMap<>();
                    error.put("field", e.field());
                    error.put("rule", e.rule());
                    error.put("message", e.message());
                    return error;
                  })
              .toList());
    }
    return body;
  }
}
