package vn.ocop.gateway.edge;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The client a request is charged to: the socket's remote address. Behind a trusted load balancer
 * Quarkus' {@code proxy-address-forwarding} puts the real client there; an {@code X-Forwarded-For}
 * the client wrote itself is never read here. An IPv6 client counts by its /64 network, since one
 * host usually holds a whole /64 and could otherwise change address at every request.
 */
final class ClientAddress {
  private static final String UNKNOWN = "unknown";

  private ClientAddress() {}

  static String of(HttpServerRequest request) {
    SocketAddress remote = request.remoteAddress();
    String host = remote == null ? null : remote.hostAddress();
    if (host == null || host.isEmpty()) {
      return UNKNOWN;
    }
    return host.indexOf(':') < 0 ? host : ipv6Network(host);
  }

  private static String ipv6Network(String host) {
    byte[] bytes;
    try {
      // A literal address: parsed, never looked up.
      bytes = InetAddress.getByName(host).getAddress();
    } catch (UnknownHostException | SecurityException e) {
      return host;
    }
    if (bytes.length != 16) {
      return host;
    }
    StringBuilder network = new StringBuilder(24);
    for (int i = 0; i < 8; i += 2) {
      network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)));
      network.append(':');
    }
    return network.append(":/64").toString();
  }
}
