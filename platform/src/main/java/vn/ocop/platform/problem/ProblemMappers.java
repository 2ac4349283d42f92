package vn.ocop.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.ocop.platform.db.DatabaseOutage;
import vn.ocop.platform.request.RequestIds;

/**
 * Turns every exception that reaches the REST layer into an RFC 9457 problem+json answer: field and
 * rule for validation errors, a stable code for domain errors, and never a stack trace.
 */
public class ProblemMappers {
  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @ServerExceptionMapper
  public Response problem(ProblemException e, UriInfo uri) {
    return respond(e.status(), e.code(), e.title(), e.getMessage(), uri, e.errors());
  }

  @ServerExceptionMapper
  public Response validation(ConstraintViolationException e, UriInfo uri) {
    List<FieldError> errors = new ArrayList<>();
    for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
      errors.add(
          new FieldError(
              fieldOf(violation.getPropertyPath()),
              violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
              violation.getMessage()));
    }
    errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::rule));
    return respond(
        400,
        "VALIDATION_FAILED",
        "Invalid request",
        "The request breaks " + errors.size() + (errors.size() == 1 ? " rule" : " rules"),
        uri,
        errors);
  }

  @ServerExceptionMapper
  public Response json(JsonProcessingException e, UriInfo uri) {
    return malformed(e, uri);
  }

  /**
   * Wrong types and missing creator values ({@code "year":"next"}): without this, Quarkus' own
   * mapper for this exception answers plain JSON instead of problem+json.
   */
  @ServerExceptionMapper
  public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
    return malformed(e, uri);
  }

  @ServerExceptionMapper
  public Response unauthorized(UnauthorizedException e, UriInfo uri, HttpHeaders headers) {
    return unauthenticated(uri, headers);
  }

  @ServerExceptionMapper
  public Response authenticationFailed(
      AuthenticationFailedException e, UriInfo uri, HttpHeaders headers) {
    return unauthenticated(uri, headers);
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, UriInfo uri) {
    return problem(ProblemException.forbidden(), uri);
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e, UriInfo uri, ResourceInfo resource) {
    JsonProcessingException json = causeOf(e, JsonProcessingException.class);
    if (json != null) {
      return malformed(json, uri);
    }
    if (e instanceof NotFoundException && e.getCause() != null) {
      // JAX-RS says 404 when a path or query parameter does not convert to its type.
      List<FieldError> unreadable = UnreadableParameters.of(resource, uri);
      if (!unreadable.isEmpty()) {
        return respond(
            400,
            "VALIDATION_FAILED",
            "Invalid request",
            "The request breaks "
                + unreadable.size()
                + (unreadable.size() == 1 ? " rule" : " rules"),
            uri,
            unreadable);
      }
    }
    int status = e.getResponse().getStatus();
    Response.Status type = Response.Status.fromStatusCode(status);
    String title = type == null ? "HTTP " + status : type.getReasonPhrase();
    String code =
        type == null ? "HTTP_" + status : type.name().toUpperCase(Locale.ROOT).replace(' ', '_');
    String detail = status == 404 ? "No resource at " + uri.getPath() : title;
    if (status >= 500) {
      LOG.error("request failed", e);
      detail = "The server could not complete the request; quote the request id to support";
    }
    return respond(status, code, title, detail, uri, List.of());
  }

  @ServerExceptionMapper
  public Response unexpected(Throwable e, UriInfo uri) {
    ConstraintViolationException violation = causeOf(e, ConstraintViolationException.class);
    if (violation != null) {
      return validation(violation, uri);
    }
    ProblemException problem = causeOf(e, ProblemException.class);
    if (problem != null) {
      return problem(problem, uri);
    }
    if (DatabaseOutage.isCause(e)) {
      // Not a defect: the database is restarting or out of connections, and the same request will
      // work again once it is back (the pool reconnects by itself), so the client is told to retry.
      LOG.warnf("database unavailable: %s", DatabaseOutage.describe(e));
      return Response.fromResponse(
              respond(
                  503,
                  "DATABASE_UNAVAILABLE",
                  "Service unavailable",
                  "The database cannot be reached for now; nothing was changed, retry after "
                      + DatabaseOutage.RETRY_AFTER_SECONDS
                      + " s",
                  uri,
                  List.of()))
          .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS)
          .build();
    }
    LOG.error("unexpected error", e);
    return respond(
        500,
        "INTERNAL_ERROR",
        "Internal error",
        "The server could not complete the request; quote the request id to support",
        uri,
        List.of());
  }

  private Response malformed(JsonProcessingException e, UriInfo uri) {
    String field = "body";
    String rule = "syntax";
    String message = "The body is not valid JSON";
    if (e instanceof JsonMappingException mapping && !(e instanceof StreamReadException)) {
      String path = pathOf(mapping);
      field = path.isEmpty() ? "body" : path;
      if (e instanceof NulFreeText.NulInText) {
        rule = NulFreeText.RULE;
        message = NulFreeText.MESSAGE;
      } else if (e instanceof UnrecognizedPropertyException unknown) {
        rule = "unknown";
        message = "Unknown field '" + unknown.getPropertyName() + "'";
      } else if (e instanceof InvalidFormatException format) {
        rule = "type";
        message = "Expected " + simpleType(format.getTargetType()) + ", got " + format.getValue();
      } else if (e instanceof MismatchedInputException mismatch) {
        rule = "type";
        message = "Expected " + simpleType(mismatch.getTargetType());
      } else if (e instanceof ValueInstantiationException) {
        rule = "value";
        message = rootMessage(e);
      } else {
        rule = "type";
        message = e.getOriginalMessage();
      }
    }
    return respond(
        400,
        "MALFORMED_REQUEST",
        "Malformed request",
        "The request body cannot be read",
        uri,
        List.of(new FieldError(field, rule, message)));
  }

  /**
   * The challenge of RFC 6750 (section 3.1): a request that sent a bearer token and was refused is
   * told {@code error="invalid_token"}, so that a client knows to get a new one rather than to ask
   * the user to sign in; one without a token gets the bare challenge. Which check failed is not
   * said (it is logged by the JWT layer).
   */
  private Response unauthenticated(UriInfo uri, HttpHeaders headers) {
    String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
    boolean sentToken =
        authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    return Response.fromResponse(problem(ProblemException.unauthenticated(), uri))
        .header(
            HttpHeaders.WWW_AUTHENTICATE, sentToken ? "Bearer error=\"invalid_token\"" : "Bearer")
        .build();
  }

  static Response respond(
      int status, String code, String title, String detail, UriInfo uri, List<FieldError> errors) {
    Problem body =
        new Problem(
            Problem.typeOf(code),
            title,
            status,
            detail,
            uri == null ? null : uri.getPath(),
            code,
            RequestIds.current(),
            errors.isEmpty() ? null : errors);
    return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
  }

  /** The field path after the method and parameter nodes: {@code create.request.name -> name}. */
  static String fieldOf(Path path) {
    List<String> names = new ArrayList<>();
    String parameter = null;
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.PARAMETER) {
        parameter = node.getName();
      } else if (node.getKind() == ElementKind.PROPERTY
          || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
        String name = node.getName();
        if (node.getIndex() != null && !names.isEmpty()) {
          names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
        }
        if (name != null && !name.startsWith("<")) {
          names.add(name);
        }
      }
    }
    if (names.isEmpty()) {
      return parameter == null ? "body" : parameter;
    }
    return String.join(".", names);
  }

  private static String pathOf(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String simpleType(Class<?> type) {
    if (type == null) {
      return "a value of another type";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type.isEnum()) {
      StringBuilder values = new StringBuilder("one of");
      for (Object constant : type.getEnumConstants()) {
        values.append(' ').append(constant);
      }
      return values.toString();
    }
    if (type == String.class) {
      return "a string";
    }
    if (type.getName().startsWith("java.time")) {
      return "an ISO-8601 " + type.getSimpleName();
    }
    if (type.getName().equals("java.util.UUID")) {
      return "a UUID";
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    return "an object";
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage();
  }

  private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
