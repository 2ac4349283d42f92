package vn.ocop.registry.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.devstack.TestTokens;

/**
 * The service verifies every token itself (zero trust): each kind of bad token is a 401
 * problem+json that says nothing of the reason, and a valid token without the role is a 403.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "registry"))
class BadTokensTest {
  private static final String SUBJECTS = "/api/registry/v1/subjects";

  @Test
  void everyKindOfBadTokenIsUnauthenticatedWithoutSayingWhy() throws Exception {
    long now = Instant.now().getEpochSecond();
    Map<String, String> tokens = new LinkedHashMap<>();
    tokens.put("expired", TestTokens.sign(claims(now - 3600, now - 600)));
    Map<String, Object> notYet = claims(now, now + 600);
    notYet.put("nbf", now + 300);
    tokens.put("not yet valid", TestTokens.sign(notYet));
    tokens.put("forged signature", signWithAnotherKey(null, claims(now, now + 600)));
    tokens.put("unknown kid", signWithAnotherKey("unknown-kid", claims(now, now + 600)));
    Map<String, Object> otherIssuer = claims(now, now + 600);
    otherIssuer.put("iss", "https://elsewhere.example");
    tokens.put("wrong issuer", TestTokens.sign(otherIssuer));
    Map<String, Object> otherAudience = claims(now, now + 600);
    otherAudience.put("aud", "another-api");
    tokens.put("wrong audience", TestTokens.sign(otherAudience));
    Map<String, Object> noAudience = claims(now, now + 600);
    noAudience.remove("aud");
    tokens.put("no audience", TestTokens.sign(noAudience));
    String valid = TestTokens.sign(claims(now, now + 600));
    String payload = valid.split("\\.")[1];
    tokens.put("alg none", base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + payload + ".");
    tokens.put("alg HS256 keyed with the RSA public key", hs256WithPublicKey(payload));
    tokens.put("garbage", "garbage");
    tokens.put("three garbage parts", "a.b.c");

    String firstBody = null;
    for (Map.Entry<String, String> bad : tokens.entrySet()) {
      Response response = given().header("Authorization", "Bearer " + bad.getValue()).get(SUBJECTS);
      assertThat(response.statusCode()).as(bad.getKey()).isEqualTo(401);
      assertThat(response.contentType()).startsWith("application/problem+json");
      assertThat(response.header("WWW-Authenticate"))
          .as(bad.getKey())
          .isEqualTo("Bearer error=\"invalid_token\"");
      assertThat(response.jsonPath().getString("code")).isEqualTo("UNAUTHENTICATED");
      String body =
          response.body().asString().replace(response.jsonPath().getString("requestId"), "");
      assertThat(body).doesNotContain(bad.getValue());
      if (firstBody == null) {
        firstBody = body;
      }
      assertThat(body).as(bad.getKey()).isEqualTo(firstBody);
    }

    Response missing = given().get(SUBJECTS);
    assertThat(missing.statusCode()).isEqualTo(401);
    assertThat(missing.jsonPath().getString("code")).isEqualTo("UNAUTHENTICATED");
    // No token sent: the bare challenge, nothing about a token.
    assertThat(missing.header("WWW-Authenticate")).isEqualTo("Bearer");

    // The control: the same claims, well signed, are accepted.
    given().header("Authorization", "Bearer " + valid).get(SUBJECTS).then().statusCode(200);
  }

  @Test
  void aValidTokenWithoutTheRoleIsForbidden() {
    String council =
        TestTokens.token("bad-tokens.council", Set.of("council-member"), Map.of("province", "66"));
    Response response =
        given()
            .header("Authorization", "Bearer " + council)
            .contentType(ContentType.JSON)
            .body("{}")
            .post("/api/registry/v1/expiry-runs");
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.jsonPath().getString("code")).isEqualTo("FORBIDDEN");
  }

  /** A province officer of Đắk Lắk, valid for the given window. */
  private static Map<String, Object> claims(long issuedAt, long expiresAt) {
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("iss", TestTokens.ISSUER);
    claims.put("aud", TestTokens.AUDIENCE);
    claims.put("sub", "bad-tokens.officer");
    claims.put("upn", "bad-tokens.officer");
    claims.put("groups", List.of("province-officer"));
    claims.put("province", "66");
    claims.put("iat", issuedAt);
    claims.put("exp", expiresAt);
    return claims;
  }

  private static String signWithAnotherKey(String kid, Map<String, Object> claims)
      throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    PrivateKey other = generator.generateKeyPair().getPrivate();
    String valid = TestTokens.sign(claims);
    String header =
        base64(
            "{\"alg\":\"RS256\",\"typ\":\"JWT\""
                + (kid == null ? "" : ",\"kid\":\"" + kid + "\"")
                + "}");
    String input = header + "." + valid.split("\\.")[1];
    Signature rs256 = Signature.getInstance("SHA256withRSA");
    rs256.initSign(other);
    rs256.update(input.getBytes(StandardCharsets.US_ASCII));
    return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign());
  }

  private static String hs256WithPublicKey(String payload) throws Exception {
    String pem =
        "-----BEGIN PUBLIC KEY-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(TestTokens.publicKey().getEncoded())
            + "\n-----END PUBLIC KEY-----\n";
    String input = base64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + payload;
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(pem.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
    return input
        + "."
        + Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
  }

  private static String base64(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
