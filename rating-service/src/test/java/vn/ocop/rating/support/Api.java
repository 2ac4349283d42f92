package vn.ocop.rating.support;

import static io.restassured.RestAssured.given;

import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import vn.ocop.devstack.TestTokens;

/** REST Assured requests as the accounts of the tests. */
public final class Api {
  /** Decimals are read as BigDecimal, so 80.17 compares exactly. */
  public static final RestAssuredConfig DECIMALS =
      RestAssuredConfig.config()
          .jsonConfig(
              JsonConfig.jsonConfig()
                  .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

  public static final String DAK_LAK = "66";
  public static final String HA_TINH = "42";

  private Api() {}

  public static RequestSpecification as(String token) {
    return given().config(DECIMALS).auth().oauth2(token).contentType(ContentType.JSON);
  }

  public static RequestSpecification anonymous() {
    return given().config(DECIMALS).contentType(ContentType.JSON);
  }

  public static String officer(String provinceCode) {
    return TestTokens.provinceOfficer("officer." + provinceCode, provinceCode);
  }

  public static String admin() {
    return TestTokens.admin("ocop.admin");
  }

  public static String nationalOfficer() {
    return TestTokens.nationalOfficer("ntm.officer");
  }

  public static String member(String username, String provinceCode) {
    return TestTokens.councilMember(username, provinceCode);
  }
}
