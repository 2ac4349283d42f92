package vn.ocop.registry.verification;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import vn.ocop.platform.request.RequestIds;

/**
 * The hot path of {@code GET /public/verify/{code}}: a Vert.x route, ahead of the REST layer, that
 * writes the cached answer straight from memory on the I/O thread. Everything else (a code not in
 * memory, a malformed or unknown code, the QR images) falls through to {@link
 * VerificationResource}, which owns the endpoint, its documentation and its errors. The answer is
 * the same either way: same body, same headers.
 *
 * <p>Why not only the REST method: per request it activates a request context, runs the filters and
 * the security and metrics layers, which together cost several times the map look-up; a QR code on
 * a popular product is scanned far more often than anything else is called.
 */
@ApplicationScoped
class VerificationFastPath {
  /**
   * Well-formed codes only (see {@link PublicCode}); anything else is the REST layer's to refuse.
   */
  static final String PATH = "/public/verify/([A-Za-z2-7]{" + PublicCode.LENGTH + "})";

  private final Verifications verifications;

  VerificationFastPath(Verifications verifications) {
    this.verifications = verifications;
  }

  void install(@Observes Router router) {
    router
        .getWithRegex(PATH)
        .order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT)
        .handler(this::answerFromMemory);
  }

  private void answerFromMemory(RoutingContext rc) {
    byte[] json = verifications.hit(rc.pathParam("param0").toLowerCase(Locale.ROOT));
    if (json == null) {
      rc.next();
      return;
    }
    rc.response()
        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
        .putHeader(HttpHeaders.CACHE_CONTROL, VerificationResource.CACHE_CONTROL)
        .putHeader(
            RequestIds.HEADER, RequestIds.acceptOrCreate(rc.request().getHeader(RequestIds.HEADER)))
        .end(Buffer.buffer(json));
  }
}
