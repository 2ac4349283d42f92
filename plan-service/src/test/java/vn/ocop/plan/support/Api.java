package vn.ocop.plan.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** REST calls of the plan API as a given user. */
public final class Api {
  private Api() {}

  public static RequestSpecification as(String token) {
    return given().auth().oauth2(token).accept(ContentType.JSON);
  }

  /** The actuals of a province as a national officer (who sees every province). */
  public static JsonPath actuals(String provinceCode, int year) {
    return as(Tokens.national())
        .queryParam("year", year)
        .get("/api/plan/v1/provinces/{code}/actuals", provinceCode)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** One indicator's actual value in a province and year. */
  public static int value(String provinceCode, int year, String indicatorCode) {
    return actuals(provinceCode, year)
        .getInt("indicators.find { it.code == '" + indicatorCode + "' }.value");
  }
}
