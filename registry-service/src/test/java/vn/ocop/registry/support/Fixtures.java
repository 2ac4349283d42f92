package vn.ocop.registry.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import vn.ocop.devstack.TestTokens;

/** Tokens, request builders and registrations the tests share. */
public final class Fixtures {
  /** Đắk Lắk and a ward of it on the current map. */
  public static final String DAK_LAK = "66";

  public static final String BUON_MA_THUOT = "24133";

  /** Hà Nội and a ward of it. */
  public static final String HA_NOI = "01";

  public static final String BA_DINH = "00004";

  // Minted once per test JVM and used by classes that run long after: they must outlive a full
  // run of the module, which takes longer than TestTokens' ten minutes on a busy machine.
  public static final String OFFICER_66 =
      forTheRun("officer.daklak", "province-officer", Map.of("province", DAK_LAK));
  public static final String OFFICER_01 =
      forTheRun("officer.hanoi", "province-officer", Map.of("province", HA_NOI));
  public static final String NATIONAL = forTheRun("national.officer", "national-officer", Map.of());
  public static final String ADMIN = forTheRun("admin", "admin", Map.of());

  private Fixtures() {}

  /** A token shaped like {@link TestTokens#token}'s, valid for four hours. */
  private static String forTheRun(String username, String role, Map<String, Object> claims) {
    Instant now = Instant.now();
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("iss", TestTokens.ISSUER);
    payload.put("aud", TestTokens.AUDIENCE);
    payload.put("sub", username);
    payload.put("upn", username);
    payload.put("groups", List.of(role));
    payload.put("iat", now.getEpochSecond());
    payload.put("exp", now.plus(Duration.ofHours(4)).getEpochSecond());
    payload.put("jti", UUID.randomUUID().toString());
    payload.putAll(claims);
    return TestTokens.sign(payload);
  }

  public static RequestSpecification as(String token) {
    return given().auth().oauth2(token).contentType(ContentType.JSON);
  }

  /** A fresh 10-digit tax code. */
  public static String taxCode() {
    return String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
  }

  /** A fresh 12-digit personal id. */
  public static String personalId() {
    return "0" + ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L);
  }

  public static String cooperative(String identifier, String provinceCode, String communeCode) {
    return """
        {"type":"COOPERATIVE","identifier":"%s","name":"HTX Cà phê Ea Tu","provinceCode":%s,\
        "communeCode":"%s","representative":"Y Bhim Niê","womanLed":false,\
        "ethnicMinorityLed":true}"""
        .formatted(
            identifier, provinceCode == null ? "null" : "\"" + provinceCode + "\"", communeCode);
  }

  public static ValidatableResponse registerSubject(String token, String body) {
    return as(token).body(body).post("/api/registry/v1/subjects").then();
  }

  /** Registers a cooperative in Đắk Lắk as its province officer; returns its id. */
  public static UUID subjectInDakLak() {
    return UUID.fromString(
        registerSubject(OFFICER_66, cooperative(taxCode(), null, BUON_MA_THUOT))
            .statusCode(201)
            .extract()
            .path("id"));
  }

  /** Registers a cooperative in Hà Nội as its province officer; returns its id. */
  public static UUID subjectInHaNoi() {
    return UUID.fromString(
        registerSubject(OFFICER_01, cooperative(taxCode(), null, BA_DINH))
            .statusCode(201)
            .extract()
            .path("id"));
  }

  private static final java.util.concurrent.atomic.AtomicInteger PRODUCT_NUMBER =
      new java.util.concurrent.atomic.AtomicInteger();

  /** A product request; each call names a new product (a subject has one product per name). */
  public static String product(UUID subjectId, Object productSet) {
    return """
        {"subjectId":"%s","name":"Cà phê bột Ea Tu số %d","productSet":%s,\
        "description":"Cà phê Robusta rang xay"}"""
        .formatted(subjectId, PRODUCT_NUMBER.incrementAndGet(), productSet);
  }

  /** Registers a coffee product (set 13) of a subject; returns its id. */
  public static UUID productOf(String token, UUID subjectId) {
    return UUID.fromString(
        as(token)
            .body(product(subjectId, 13))
            .post("/api/registry/v1/products")
            .then()
            .statusCode(201)
            .extract()
            .path("id"));
  }
}
