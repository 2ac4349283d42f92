package vn.ocop.gateway.routing;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A service behind the gateway: its route name and origin.
 *
 * @param name the route name, also the second segment of its API paths ({@code registry})
 * @param origin where it listens, {@code http://127.0.0.1:8081}
 */
record Backend(String name, URI origin) {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,30}");

  static Backend parse(String name, String url) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("ocop.gateway.routes: bad route name '" + name + "'");
    }
    URI uri = URI.create(url.trim());
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    boolean noPath =
        uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/");
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || !noPath) {
      throw new IllegalArgumentException(
          "ocop.gateway.routes." + name + ": expected http(s)://host:port, got '" + url + "'");
    }
    return new Backend(name, URI.create(scheme + "://" + uri.getHost() + ":" + port(uri)));
  }

  boolean ssl() {
    return origin.getScheme().equals("https");
  }

  String host() {
    return origin.getHost();
  }

  int port() {
    return origin.getPort();
  }

  /** True if an absolute URI points at this service (as a Location header it sent may). */
  boolean isOriginOf(URI uri) {
    return uri.isAbsolute()
        && uri.getHost() != null
        && origin.getScheme().equalsIgnoreCase(uri.getScheme())
        && origin.getHost().equalsIgnoreCase(uri.getHost())
        && origin.getPort() == port(uri);
  }

  private static int port(URI uri) {
    if (uri.getPort() >= 0) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }
}
