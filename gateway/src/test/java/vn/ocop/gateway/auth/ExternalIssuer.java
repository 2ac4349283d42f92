package vn.ocop.gateway.auth;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

/**
 * A stand-in for an external OIDC issuer (Keycloak, a provincial SSO): a JDK HTTP server serving
 * the JWK Set of a key made for this test run. The private key reaches the test through a config
 * property, since the test and this resource may not share a class loader.
 */
public class ExternalIssuer implements QuarkusTestResourceLifecycleManager {
  static final String ISSUER = "https://sso.test.example/realms/ocop";
  static final String KID = "sso-test-key-1";

  private HttpServer server;

  @Override
  public Map<String, String> start() {
    KeyPair keys;
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      keys = generator.generateKeyPair();
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    RSAPublicKey publicKey = (RSAPublicKey) keys.getPublic();
    byte[] jwks =
        ("{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\""
                + KID
                + "\",\"n\":\""
                + unsigned(publicKey.getModulus())
                + "\",\"e\":\""
                + unsigned(publicKey.getPublicExponent())
                + "\"}]}")
            .getBytes(StandardCharsets.UTF_8);
    server.createContext(
        "/realms/ocop/protocol/openid-connect/certs",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, jwks.length);
          exchange.getResponseBody().write(jwks);
          exchange.close();
        });
    server.start();
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    return Map.of(
        "ocop.jwt.trusted.test-sso.issuer",
        ISSUER,
        "ocop.jwt.trusted.test-sso.jwks-url",
        base + "/realms/ocop/protocol/openid-connect/certs",
        "ocop.jwt.trusted.test-sso.groups-path",
        "realm_access/roles",
        "test.external-issuer.private-key",
        Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()));
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  private static String unsigned(BigInteger value) {
    byte[] bytes = value.toByteArray();
    if (bytes.length > 1 && bytes[0] == 0) {
      bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
