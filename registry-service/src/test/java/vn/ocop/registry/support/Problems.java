package vn.ocop.registry.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.specification.RequestSpecification;

/** Asserts that a bad request is answered with problem+json and writes nothing. */
public final class Problems {
  private Problems() {}

  /**
   * Posts {@code body} and checks status, code, one error's field and rule, and that no subject,
   * product, certificate or outbox row was written.
   */
  public static void assertRefused(
      RequestSpecification request,
      String path,
      String body,
      int status,
      String code,
      String field,
      String rule) {
    long before = Db.writes();
    var response =
        request
            .body(body)
            .post(path)
            .then()
            .statusCode(status)
            .contentType("application/problem+json")
            .body("status", equalTo(status))
            .body("code", equalTo(code))
            .body("requestId", notNullValue());
    if (field != null) {
      response.body("errors.field", hasItem(field)).body("errors.rule", hasItem(rule));
      assertThat(response.extract().<String>path("errors.find { it.field == '%s' }.rule", field))
          .isEqualTo(rule);
    }
    assertThat(Db.writes()).as("nothing written").isEqualTo(before);
  }
}
