package vn.ocop.gateway.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.gateway.FakeServices;
import vn.ocop.gateway.LogCapture;

/**
 * Every kind of bad bearer token gets the same 401 at the gateway, is logged with its reason, and
 * never reaches a service; the answer tells nothing of the reason.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(FakeServices.class)
class BadTokensTest {
  private static final String ISSUER = "https://ocop.local/gateway";

  @ConfigProperty(name = "ocop.gateway.routes.registry")
  String registry;

  @Inject SigningKeys signingKeys;

  @BeforeEach
  void forgetWhatTheRegistrySaw() {
    given().delete(registry + "/__recorded").then().statusCode(204);
  }

  @Test
  void everyKindOfBadTokenGetsTheSameUnauthorizedAnswerIsLoggedWithItsReasonAndIsNotForwarded()
      throws Exception {
    SigningKeys.ActiveKey ours = signingKeys.signingKey();
    Instant now = Instant.now();
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    PrivateKey attackerKey = generator.generateKeyPair().getPrivate();
    RSAPublicKey ourPublicKey = (RSAPublicKey) signingKeys.verificationKeys().get(ours.kid());
    String valid = sign(claims(now), ours.kid(), ours.privateKey());

    Map<String, String> tokens = new LinkedHashMap<>();
    tokens.put(
        "expired",
        sign(
            claims(now.minusSeconds(3600)).expiresAt(now.minusSeconds(600)),
            ours.kid(),
            ours.privateKey()));
    tokens.put(
        "not yet valid (nbf)",
        sign(
            claims(now).claim("nbf", now.plusSeconds(600).getEpochSecond()),
            ours.kid(),
            ours.privateKey()));
    tokens.put(
        "issued in the future",
        sign(
            claims(now).issuedAt(now.plusSeconds(3600)).expiresAt(now.plusSeconds(4000)),
            ours.kid(),
            ours.privateKey()));
    tokens.put("bad signature", sign(claims(now), ours.kid(), attackerKey));
    tokens.put(
        "unknown kid of the embedded issuer", sign(claims(now), "no-such-kid", ours.privateKey()));
    tokens.put("no kid header", sign(claims(now), null, ours.privateKey()));
    tokens.put(
        "untrusted issuer",
        sign(claims(now).issuer("https://elsewhere.example"), ours.kid(), ours.privateKey()));
    tokens.put(
        "wrong or missing audience",
        sign(claims(now).audience("another-api"), ours.kid(), ours.privateKey()));
    String[] parts = valid.split("\\.");
    tokens.put(
        "algorithm none is not accepted",
        base64("{\"alg\":\"none\",\"kid\":\"" + ours.kid() + "\"}") + "." + parts[1] + ".");
    tokens.put(
        "algorithm HS256 is not accepted",
        hs256WithPublicKey(
            "{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"" + ours.kid() + "\"}",
            parts[1],
            ourPublicKey));
    tokens.put("not a compact JWS", "not-a-jwt");
    tokens.put("unreadable header", base64("not json") + "." + parts[1] + "." + parts[2]);
    tokens.put(
        "bad signature (payload changed)",
        parts[0] + "." + base64(payloadWithProvince(parts[1])) + "." + parts[2]);

    String firstBody = null;
    try (LogCapture log = LogCapture.of(BearerTokens.class)) {
      for (Map.Entry<String, String> bad : tokens.entrySet()) {
        Response response =
            given()
                .header("Authorization", "Bearer " + bad.getValue())
                .header("X-Request-Id", "bad-token-test-0001")
                .get("/api/registry/v1/subjects");
        assertThat(response.statusCode()).as(bad.getKey()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate"))
            .as(bad.getKey())
            .isEqualTo("Bearer error=\"invalid_token\"");
        assertThat(response.jsonPath().getString("code")).isEqualTo("UNAUTHENTICATED");
        String body = response.body().asString();
        assertThat(body).doesNotContain(bad.getValue()).doesNotContain(ours.kid());
        // The same body whatever the reason: nothing in it says why.
        if (firstBody == null) {
          firstBody = body;
        }
        assertThat(body).as(bad.getKey()).isEqualTo(firstBody);
      }
      List<String> lines = log.lines();
      for (String reason : tokens.keySet()) {
        String expected = reason.replace(" (payload changed)", "");
        assertThat(lines)
            .as(reason)
            .anyMatch(line -> line.contains("bearer token refused: " + expected));
      }
      assertThat(lines)
          .noneMatch(
              line -> tokens.values().stream().anyMatch(t -> t.length() > 20 && line.contains(t)));
    }
    assertThat(seenByRegistry()).isEmpty();

    // The valid token built the same way passes: the refusals are about what was changed.
    given()
        .header("Authorization", "Bearer " + valid)
        .get("/api/registry/v1/subjects")
        .then()
        .statusCode(200);
  }

  @Test
  void missingOrNonBearerAuthorizationGetsAPlainBearerChallenge() {
    for (Map<String, String> headers :
        List.of(Map.<String, String>of(), Map.of("Authorization", "Basic YWRtaW46YWRtaW4="))) {
      Response response = given().headers(headers).get("/api/registry/v1/subjects");
      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
      assertThat(response.jsonPath().getString("code")).isEqualTo("UNAUTHENTICATED");
    }
    assertThat(seenByRegistry()).isEmpty();
  }

  @Test
  void theGatewaysOwnEndpointsRefuseBadTokensTheSameWay() throws Exception {
    SigningKeys.ActiveKey ours = signingKeys.signingKey();
    Instant now = Instant.now();
    String admin = sign(claims(now).groups("admin"), ours.kid(), ours.privateKey());
    String[] parts = admin.split("\\.");
    for (String bad :
        List.of(
            sign(
                claims(now).groups("admin").expiresAt(now.minusSeconds(60)),
                ours.kid(),
                ours.privateKey()),
            sign(
                claims(now).groups("admin").audience("another-api"), ours.kid(), ours.privateKey()),
            base64("{\"alg\":\"none\",\"kid\":\"" + ours.kid() + "\"}") + "." + parts[1] + ".",
            "garbage")) {
      Response response =
          given().header("Authorization", "Bearer " + bad).get("/api/gateway/v1/accounts");
      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.contentType()).startsWith("application/problem+json");
      assertThat(response.jsonPath().getString("code")).isEqualTo("UNAUTHENTICATED");
      assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
      assertThat(response.body().asString()).doesNotContain("items");
    }
    given()
        .header("Authorization", "Bearer " + admin)
        .get("/api/gateway/v1/accounts")
        .then()
        .statusCode(200);
  }

  private static JwtClaimsBuilder claims(Instant issuedAt) {
    return Jwt.issuer(ISSUER)
        .audience("ocop-api")
        .subject("daklak.officer")
        .upn("daklak.officer")
        .groups("province-officer")
        .claim("province", "66")
        .issuedAt(issuedAt)
        .expiresAt(issuedAt.plusSeconds(600));
  }

  private static String sign(JwtClaimsBuilder claims, String kid, PrivateKey key) {
    var jws = claims.jws();
    if (kid != null) {
      jws.keyId(kid);
    }
    return jws.sign(key);
  }

  /** The classic confusion attack: HMAC keyed with the text of the RSA public key. */
  private static String hs256WithPublicKey(String header, String payload, RSAPublicKey key)
      throws Exception {
    String pem =
        "-----BEGIN PUBLIC KEY-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getEncoded())
            + "\n-----END PUBLIC KEY-----\n";
    String signingInput = base64(header) + "." + payload;
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(pem.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
    return signingInput
        + "."
        + Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
  }

  private static String payloadWithProvince(String payload) {
    return new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8)
        .replace("\"66\"", "\"68\"");
  }

  private static String base64(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private List<Object> seenByRegistry() {
    return given()
        .get(registry + "/__recorded")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("$");
  }
}
