package vn.ocop.rating.support;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/** Assertions on RFC 9457 problem answers. */
public final class Problems {
  private Problems() {}

  /** A problem+json answer with this status and code, and a request id. */
  public static ValidatableResponse problem(Response response, int status, String code) {
    return response
        .then()
        .statusCode(status)
        .contentType("application/problem+json")
        .body("status", equalTo(status))
        .body("code", equalTo(code))
        .body("requestId", notNullValue());
  }

  /** A problem naming a broken rule of a field among its errors. */
  public static ValidatableResponse fieldProblem(
      Response response, int status, String code, String field, String rule) {
    return problem(response, status, code)
        .body("errors.findAll { it.field == '" + field + "' }.rule", hasItem(rule));
  }
}
