package vn.ocop.platform.problem;

import java.util.List;

/**
 * A domain or request error with a stable code, answered as problem+json. Domain code throws these
 * (an illegal state transition is a 409 with its own code); the mapper turns them into responses.
 */
public class ProblemException extends RuntimeException {
  private final int status;
  private final String code;
  private final String title;
  private final List<FieldError> errors;

  public ProblemException(int status, String code, String title, String detail) {
    this(status, code, title, detail, List.of());
  }

  public ProblemException(
      int status, String code, String title, String detail, List<FieldError> errors) {
    super(detail);
    this.status = status;
    this.code = code;
    this.title = title;
    this.errors = List.copyOf(errors);
  }

  /** 404: also the answer for records outside the caller's scope, so existence does not leak. */
  public static ProblemException notFound(String what, Object id) {
    return new ProblemException(
        404, "NOT_FOUND", "Not found", what + " " + id + " does not exist or is not yours to see");
  }

  /** 401: the request carries no valid bearer token (which check failed is logged, not said). */
  public static ProblemException unauthenticated() {
    return new ProblemException(
        401, "UNAUTHENTICATED", "Unauthenticated", "A valid bearer token is required");
  }

  /** 403: the caller's roles do not allow the operation. */
  public static ProblemException forbidden() {
    return new ProblemException(
        403, "FORBIDDEN", "Forbidden", "Your role does not allow this operation");
  }

  public static ProblemException conflict(String code, String detail) {
    return new ProblemException(409, code, "Conflict", detail);
  }

  /** 400 for a single field that breaks a rule Bean Validation cannot express. */
  public static ProblemException invalidField(String field, String rule, String message) {
    return new ProblemException(
        400,
        "VALIDATION_FAILED",
        "Invalid request",
        "The request breaks 1 rule",
        List.of(new FieldError(field, rule, message)));
  }

  /** 422 for a request that is well-formed but refers to something that cannot be used. */
  public static ProblemException unprocessable(String field, String rule, String message) {
    return new ProblemException(
        422,
        "UNPROCESSABLE",
        "Request cannot be processed",
        message,
        List.of(new FieldError(field, rule, message)));
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String title() {
    return title;
  }

  public List<FieldError> errors() {
    return errors;
  }
}
