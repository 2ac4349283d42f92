package vn.ocop.registry.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.platform.problem.Problem;
import vn.ocop.platform.request.RequestIds;

/**
 * Refuses an import upload whose Content-Length is over {@code ocop.registry.import.max-bytes} with
 * 413 problem+json, before the body is buffered. It runs ahead of the HTTP layer's own body limit
 * ({@code quarkus.http.limits.max-body-size}), which would answer a bare 413. The body is read and
 * discarded before answering, so that clients that send the whole body before reading the answer
 * (most do) see the problem instead of a reset connection; a body many times over the limit is cut
 * short instead, and so is a client that waits for "100 Continue" before sending.
 */
@ApplicationScoped
class UploadLimitFilter {
  static final String IMPORT_PATH = "/api/registry/v1/imports";

  /** Above the HTTP layer's limit check (order -2): filter order is minus the priority. */
  private static final int PRIORITY = 100;

  /** Beyond this multiple of the limit the connection is closed rather than drained. */
  private static final int DRAIN_FACTOR = 8;

  private final ImportConfig config;
  private final ObjectMapper mapper;

  UploadLimitFilter(ImportConfig config, ObjectMapper mapper) {
    this.config = config;
    this.mapper = mapper;
  }

  void register(@Observes Filters filters) {
    filters.register(this::check, PRIORITY);
  }

  private void check(RoutingContext context) {
    HttpServerRequest request = context.request();
    long limit = config.maxBytes().asLongValue();
    if (request.method() != HttpMethod.POST || !IMPORT_PATH.equals(context.normalizedPath())) {
      context.next();
      return;
    }
    long length = contentLength(request);
    if (length <= limit) {
      context.next();
      return;
    }
    String requestId = RequestIds.acceptOrCreate(request.getHeader(RequestIds.HEADER));
    context.response().putHeader(RequestIds.HEADER, requestId);
    String body = problem(limit, requestId);
    // A client waiting for "100 Continue" has sent no body yet: the final answer stops it.
    boolean awaitingContinue =
        "100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT));
    if (awaitingContinue || length > limit * DRAIN_FACTOR) {
      context.response().putHeader(HttpHeaders.CONNECTION, "close");
      respond(context, body);
      return;
    }
    request.handler(chunk -> {});
    request.endHandler(end -> respond(context, body));
    request.exceptionHandler(error -> context.response().close());
    request.resume();
  }

  private static long contentLength(HttpServerRequest request) {
    String header = request.getHeader(HttpHeaders.CONTENT_LENGTH);
    if (header == null) {
      return -1;
    }
    try {
      return Long.parseLong(header.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private void respond(RoutingContext context, String body) {
    if (context.response().ended()) {
      return;
    }
    context
        .response()
        .setStatusCode(413)
        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
        .end(body);
  }

  private String problem(long limit, String requestId) {
    Problem problem =
        new Problem(
            Problem.typeOf(TransferProblems.TOO_LARGE),
            "Upload too large",
            413,
            "The file is larger than the limit of " + limit + " bytes; split it into several files",
            IMPORT_PATH,
            TransferProblems.TOO_LARGE,
            requestId,
            List.of(new FieldError("body", "MaxBytes", "at most " + limit + " bytes")));
    try {
      return mapper.writeValueAsString(problem);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
