package vn.ocop.gateway.edge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;
import vn.ocop.gateway.routing.MetricsTemplate;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.platform.problem.Problem;
import vn.ocop.platform.request.RequestIds;

/**
 * Problem+json answers the gateway gives itself, outside the REST layer (bad paths, missing tokens,
 * oversized requests, rate limits, services that are down), in the same shape as every service's
 * errors. Each refusal is logged with the client's address and counted in {@code
 * ocop_gateway_refused_total{code}}.
 */
@ApplicationScoped
public class EdgeResponses {
  private static final Logger LOG = Logger.getLogger(EdgeResponses.class);

  /** A refused path may be kilobytes long: the log keeps its start. */
  private static final int LOGGED_PATH_LENGTH = 200;

  private final ObjectMapper mapper;
  private final MeterRegistry meters;

  EdgeResponses(ObjectMapper mapper, MeterRegistry meters) {
    this.mapper = mapper;
    this.meters = meters;
  }

  public Buffer problem(
      HttpServerRequest request,
      int status,
      String code,
      String title,
      String detail,
      List<FieldError> errors) {
    Problem body =
        new Problem(
            Problem.typeOf(code),
            title,
            status,
            detail,
            shortened(request.path()),
            code,
            request.getHeader(RequestIds.HEADER),
            errors.isEmpty() ? null : errors);
    try {
      return Buffer.buffer(mapper.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a problem cannot be serialised", e);
    }
  }

  /** Answers a refusal of the gateway's own and logs it. */
  public void send(
      HttpServerRequest request,
      int status,
      String code,
      String title,
      String detail,
      List<FieldError> errors) {
    LOG.infof(
        "%s %s refused with %d %s from %s: %s",
        request.method(),
        shortened(request.path()),
        status,
        code,
        ClientAddress.of(request),
        detail);
    sendQuietly(request, status, code, title, detail, errors);
  }

  /** As {@link #send}, without the log line: for refusals that may come in floods. */
  public void sendQuietly(
      HttpServerRequest request,
      int status,
      String code,
      String title,
      String detail,
      List<FieldError> errors) {
    meters.counter("ocop.gateway.refused", "code", code).increment();
    // A refused path is the client's invention: one metrics series for all of them.
    MetricsTemplate.set("REFUSED");
    Buffer body = problem(request, status, code, title, detail, errors);
    HttpServerResponse response = request.response();
    response
        .setStatusCode(status)
        .putHeader("Content-Type", Problem.MEDIA_TYPE)
        .putHeader(RequestIds.HEADER, request.getHeader(RequestIds.HEADER))
        .end(body);
  }

  /** Logs and counts a 404 of the REST layer: no route serves the path. */
  void notFound(HttpServerRequest request) {
    LOG.infof(
        "%s %s answered 404 NOT_FOUND from %s (no route serves it, or nothing is there)",
        request.method(), shortened(request.path()), ClientAddress.of(request));
    meters.counter("ocop.gateway.refused", "code", "NOT_FOUND").increment();
  }

  /** 429 with {@code Retry-After}: the refused request never reaches a service. */
  public void tooManyRequests(HttpServerRequest request, RateLimiter.Refusal refusal) {
    request.response().putHeader("Retry-After", Long.toString(refusal.retryAfterSeconds()));
    sendQuietly(
        request,
        429,
        "RATE_LIMITED",
        "Too many requests",
        "Too many requests: "
            + refusal.detail()
            + "; retry after "
            + refusal.retryAfterSeconds()
            + " s",
        List.of());
  }

  private static String shortened(String path) {
    if (path == null) {
      return null;
    }
    return path.length() <= LOGGED_PATH_LENGTH
        ? path
        : path.substring(0, LOGGED_PATH_LENGTH) + "…(" + path.length() + " characters)";
  }
}
