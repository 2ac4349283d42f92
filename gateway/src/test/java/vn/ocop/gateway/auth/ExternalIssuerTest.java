package vn.ocop.gateway.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.gateway.LogCapture;

/**
 * Trusting an external OIDC issuer by configuration alone: the profile adds {@code
 * ocop.jwt.trusted.test-sso.*} pointing at a JWK Set served by a test HTTP server (no Keycloak).
 * Its tokens, with the roles where Keycloak puts them by default, pass through to the service; a
 * token of an issuer not configured does not.
 */
@QuarkusTest
@TestProfile(ExternalIssuerTest.TrustsAnExternalIssuer.class)
class ExternalIssuerTest {

  /** The gateway's test configuration plus one trusted external issuer. */
  public static class TrustsAnExternalIssuer implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(ExternalIssuer.class));
    }
  }

  @ConfigProperty(name = "test.external-issuer.private-key")
  String privateKey;

  @ConfigProperty(name = "ocop.gateway.routes.registry")
  String registry;

  @BeforeEach
  void forgetWhatTheRegistrySaw() {
    given().delete(registry + "/__recorded").then().statusCode(204);
  }

  @Test
  void aTokenOfTheTrustedIssuerPassesThroughToTheServiceUnchanged() throws Exception {
    String token = sign(claims("ocop-api", "national-officer"), ExternalIssuer.KID, key());

    Response response =
        given().header("Authorization", "Bearer " + token).get("/api/registry/v1/subjects");

    assertThat(response.statusCode()).isEqualTo(200);
    List<Map<String, Object>> seen =
        given().get(registry + "/__recorded").then().extract().jsonPath().getList("$");
    assertThat(seen).hasSize(1);
    @SuppressWarnings("unchecked")
    Map<String, String> headers = (Map<String, String>) seen.get(0).get("headers");
    assertThat(headers.get("authorization")).isEqualTo("Bearer " + token);
  }

  @Test
  void theRolesAreReadWhereTheIssuerPutsThemForTheGatewaysOwnEndpoints() throws Exception {
    String admin = sign(claims("ocop-api", "admin"), ExternalIssuer.KID, key());
    String officer = sign(claims("ocop-api", "national-officer"), ExternalIssuer.KID, key());

    given()
        .header("Authorization", "Bearer " + admin)
        .get("/api/gateway/v1/signing-keys")
        .then()
        .statusCode(200);
    given()
        .header("Authorization", "Bearer " + officer)
        .get("/api/gateway/v1/signing-keys")
        .then()
        .statusCode(403);
  }

  @Test
  void tokensOfAnUntrustedIssuerOrKeyOrAudienceAreRefused() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    PrivateKey rogue = generator.generateKeyPair().getPrivate();

    String untrustedIssuer =
        sign(
            claims("ocop-api", "admin").issuer("https://rogue.example/realms/ocop"),
            ExternalIssuer.KID,
            rogue);
    String trustedIssuerRogueKey = sign(claims("ocop-api", "admin"), ExternalIssuer.KID, rogue);
    String unknownKid = sign(claims("ocop-api", "admin"), "sso-unknown-key", key());
    String otherAudience = sign(claims("account", "admin"), ExternalIssuer.KID, key());

    try (LogCapture log = LogCapture.of(BearerTokens.class)) {
      for (String token :
          List.of(untrustedIssuer, trustedIssuerRogueKey, unknownKid, otherAudience)) {
        Response response =
            given().header("Authorization", "Bearer " + token).get("/api/registry/v1/subjects");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).contains("invalid_token");
      }
      assertThat(log.lines())
          .anyMatch(l -> l.contains("untrusted issuer") && l.contains("rogue.example"))
          .anyMatch(l -> l.contains("bad signature"))
          .anyMatch(l -> l.contains("unknown kid of trusted issuer test-sso"))
          .anyMatch(l -> l.contains("wrong or missing audience"));
    }
    assertThat(given().get(registry + "/__recorded").jsonPath().getList("$")).isEmpty();
  }

  private static JwtClaimsBuilder claims(String audience, String role) {
    Instant now = Instant.now();
    return Jwt.issuer(ExternalIssuer.ISSUER)
        .audience(audience)
        .subject("f3a1c2d4-0000-4000-8000-000000000001")
        .claim("preferred_username", "sso.user")
        .claim("realm_access", Map.of("roles", List.of(role, "offline_access")))
        .issuedAt(now)
        .expiresAt(now.plusSeconds(300));
  }

  private static String sign(JwtClaimsBuilder claims, String kid, PrivateKey key) {
    return claims.jws().keyId(kid).sign(key);
  }

  private PrivateKey key() throws Exception {
    return KeyFactory.getInstance("RSA")
        .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKey)));
  }
}
