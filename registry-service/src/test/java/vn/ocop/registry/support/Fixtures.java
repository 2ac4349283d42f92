package vn.ocop.registry.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
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

  public static final String OFFICER_66 = TestTokens.provinceOfficer("officer.daklak", DAK_LAK);
  public static final String OFFICER_01 = TestTokens.provinceOfficer("officer.hanoi", HA_NOI);
  public static final String NATIONAL = TestTokens.nationalOfficer("national.officer");
  public static final String ADMIN = TestTokens.admin("admin");

  private Fixtures() {}

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
