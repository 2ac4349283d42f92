package vn.ocop.gateway.routing;

import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Names the route a request took in the HTTP server metrics ({@code http_server_requests{uri}}),
 * instead of its path: a proxied path carries codes and ids, and one timer per code would make the
 * metrics grow with the traffic and cost a meter look-up that is refused per request once Quarkus'
 * cap on URI tags is reached. The key is the one Quarkus' REST layer and its Micrometer binder
 * share on the request's context.
 */
public final class MetricsTemplate {
  private static final String KEY = "UrlPathTemplate";

  private MetricsTemplate() {}

  public static void set(String template) {
    Context context = Vertx.currentContext();
    if (context != null) {
      context.putLocal(KEY, template);
    }
  }
}
