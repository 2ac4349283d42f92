package vn.ocop.gateway.routing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.platform.problem.Problem;
import vn.ocop.platform.request.RequestIds;

/**
 * Problem+json answers the gateway gives itself, outside the REST layer (bad paths, missing tokens,
 * services that are down), in the same shape as every service's errors.
 */
@ApplicationScoped
public class EdgeResponses {
  private final ObjectMapper mapper;

  EdgeResponses(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  Buffer problem(
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
            request.path(),
            code,
            request.getHeader(RequestIds.HEADER),
            errors.isEmpty() ? null : errors);
    try {
      return Buffer.buffer(mapper.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a problem cannot be serialised", e);
    }
  }

  void send(
      HttpServerRequest request,
      int status,
      String code,
      String title,
      String detail,
      List<FieldError> errors) {
    Buffer body = problem(request, status, code, title, detail, errors);
    HttpServerResponse response = request.response();
    response
        .setStatusCode(status)
        .putHeader("Content-Type", Problem.MEDIA_TYPE)
        .putHeader(RequestIds.HEADER, request.getHeader(RequestIds.HEADER))
        .end(body);
  }
}
