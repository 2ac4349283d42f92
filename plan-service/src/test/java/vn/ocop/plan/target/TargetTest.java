package vn.ocop.plan.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.plan.support.Api;
import vn.ocop.plan.support.Await;
import vn.ocop.plan.support.CertificateEvents;
import vn.ocop.plan.support.Tables;
import vn.ocop.plan.support.Tokens;

/** Setting province targets, and the actuals measured against them. */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "plan"))
class TargetTest {
  static final String TARGETS = "/api/plan/v1/provinces/{code}/targets";

  @Test
  void theActualsShowTheTargetAndThePercentReached() {
    String eventId =
        CertificateEvents.publish(
            CertificateEvents.certificate("56", 3, LocalDate.of(2036, 5, 19)));
    Await.until(() -> Tables.consumed(eventId), applied -> applied, "the certificate event");

    Api.as(Tokens.provinceOfficer("56"))
        .contentType("application/json")
        .body(
            "{\"indicatorCode\":\"PRODUCTS_3STAR_PLUS\",\"year\":2036,\"value\":50,"
                + "\"kind\":\"AT_LEAST\"}")
        .post(TARGETS, "56")
        .then()
        .statusCode(201)
        .body("provinceCode", equalTo("56"))
        .body("indicatorCode", equalTo("PRODUCTS_3STAR_PLUS"))
        .body("year", equalTo(2036))
        .body("value", equalTo(50))
        .body("kind", equalTo("AT_LEAST"))
        .body("setBy", equalTo("can-bo-56"));

    List<Map<String, Object>> indicators =
        Api.as(Tokens.provinceOfficer("56"))
            .queryParam("year", 2036)
            .get("/api/plan/v1/provinces/{code}/actuals", "56")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("indicators");
    assertThat(indicators.get(0))
        .containsEntry("code", "PRODUCTS_3STAR_PLUS")
        .containsEntry("value", 1)
        .containsEntry("target", 50)
        .containsEntry("targetKind", "AT_LEAST")
        .containsEntry("percentOfTarget", 2.0f)
        .containsEntry("targetMet", false);
    // Indicators without a target show no target fields.
    assertThat(indicators.subList(1, indicators.size()))
        .allSatisfy(i -> assertThat(i).doesNotContainKeys("target", "percentOfTarget"));
  }

  @Test
  void settingATargetAgainReplacesItAndLeavesOneTarget() {
    String officer = Tokens.provinceOfficer("22");
    String body =
        "{\"indicatorCode\":\"PRODUCTS_4STAR\",\"year\":2041,\"value\":%s,\"kind\":\"AT_LEAST\"}";
    Api.as(officer)
        .contentType("application/json")
        .body(body.formatted(10))
        .post(TARGETS, "22")
        .then()
        .statusCode(201);
    Api.as(officer)
        .contentType("application/json")
        .body(body.formatted(12))
        .post(TARGETS, "22")
        .then()
        .statusCode(200)
        .body("value", equalTo(12));

    Api.as(officer)
        .queryParam("year", 2041)
        .get(TARGETS, "22")
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("items[0].value", equalTo(12))
        .body("pager.total", equalTo(1));
  }

  @Test
  void anAdminSetsTargetsOfAnyProvince() {
    Api.as(Tokens.admin())
        .contentType("application/json")
        .body(
            "{\"indicatorCode\":\"PRODUCTS_5STAR\",\"year\":2042,\"value\":2,"
                + "\"kind\":\"AT_LEAST\"}")
        .post(TARGETS, "92")
        .then()
        .statusCode(201)
        .body("provinceCode", equalTo("92"));
  }

  @Test
  void aProvinceOfficerSettingAnotherProvincesTargetGetsNotFoundAndNothingIsWritten() {
    long before = targetsOf("56");

    Api.as(Tokens.provinceOfficer("66"))
        .contentType("application/json")
        .body(
            "{\"indicatorCode\":\"PRODUCTS_3STAR_PLUS\",\"year\":2043,\"value\":5,"
                + "\"kind\":\"AT_LEAST\"}")
        .post(TARGETS, "56")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("code", equalTo("NOT_FOUND"));

    assertThat(targetsOf("56")).isEqualTo(before);
  }

  @Test
  void rolesOtherThanProvinceOfficerAndAdminMayNotSetTargets() {
    long before = targetsOf("66");
    String body =
        "{\"indicatorCode\":\"PRODUCTS_3STAR_PLUS\",\"year\":2043,\"value\":5,"
            + "\"kind\":\"AT_LEAST\"}";
    for (String token :
        List.of(Tokens.national(), Tokens.communeOfficer("66"), Tokens.councilMember("66"))) {
      Api.as(token)
          .contentType("application/json")
          .body(body)
          .post(TARGETS, "66")
          .then()
          .statusCode(403)
          .contentType("application/problem+json")
          .body("code", equalTo("FORBIDDEN"));
    }
    assertThat(targetsOf("66")).isEqualTo(before);
  }

  @Test
  void malformedJsonIsRejectedAndNothingIsWritten() {
    long before = targetsOf("20");

    Api.as(Tokens.provinceOfficer("20"))
        .contentType("application/json")
        .body("{\"indicatorCode\":\"PRODUCTS_3STAR_PLUS\",\"year\":")
        .post(TARGETS, "20")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("MALFORMED_REQUEST"))
        .body("errors[0].field", equalTo("body"))
        .body("errors[0].rule", equalTo("syntax"));

    assertThat(targetsOf("20")).isEqualTo(before);
  }

  @Test
  void missingFieldsAreEachNamedAndNothingIsWritten() {
    long before = targetsOf("20");

    List<Map<String, String>> errors =
        Api.as(Tokens.provinceOfficer("20"))
            .contentType("application/json")
            .body("{}")
            .post(TARGETS, "20")
            .then()
            .statusCode(400)
            .contentType("application/problem+json")
            .body("code", equalTo("VALIDATION_FAILED"))
            .extract()
            .jsonPath()
            .getList("errors");

    assertThat(errors)
        .extracting(e -> e.get("field") + ":" + e.get("rule"))
        .containsExactly("indicatorCode:NotBlank", "kind:NotNull", "value:NotNull", "year:NotNull");
    assertThat(targetsOf("20")).isEqualTo(before);
  }

  @Test
  void outOfRangeValuesAreRejectedNamingFieldAndRuleAndNothingIsWritten() {
    long before = targetsOf("20");
    record Case(String body, int status, String code, String field, String rule) {}
    List<Case> cases =
        List.of(
            new Case(
                "{\"indicatorCode\":\"PRODUCTS_3STAR_PLUS\",\"year\":1999,\"value\":5,\"kind\":\"AT_LEAST\"}",
                400,
                "VALIDATION_FAILED",
                "year",
                "Min"),
            new Case(
                "{\"indicatorCode\":\"PRODUCTS_3STAR_PLUS\",\"year\":2101,\"value\":5,\"kind\":\"AT_LEAST\"}",
                400,
                "VALIDATION_FAILED",
                "year",
                "Max"),
            new Case(
                "{\"indicatorCode\":\"PRODUCTS_3STAR_PLUS\",\"year\":2040,\"value\":-1,\"kind\":\"AT_LEAST\"}",
                400,
                "VALIDATION_FAILED",
                "value",
                "DecimalMin"),
            new Case(
                "{\"indicatorCode\":\"PRODUCTS_3STAR_PLUS\",\"year\":2040,\"value\":12.5,\"kind\":\"AT_LEAST\"}",
                400,
                "VALIDATION_FAILED",
                "value",
                "Integer"),
            new Case(
                "{\"indicatorCode\":\"PRODUCTS_3STAR_PLUS\",\"year\":2040,\"value\":5,\"kind\":\"SOMETIMES\"}",
                400,
                "MALFORMED_REQUEST",
                "kind",
                "type"),
            new Case(
                "{\"indicatorCode\":\"PRODUCTS_3STAR_PLUS\",\"year\":\"soon\",\"value\":5,\"kind\":\"AT_LEAST\"}",
                400,
                "MALFORMED_REQUEST",
                "year",
                "type"),
            new Case(
                "{\"indicatorCode\":\"NEW_SALES_POINTS\",\"year\":2040,\"value\":5,\"kind\":\"AT_LEAST\"}",
                422,
                "UNPROCESSABLE",
                "indicatorCode",
                "exists"));

    for (Case c : cases) {
      Api.as(Tokens.provinceOfficer("20"))
          .contentType("application/json")
          .body(c.body())
          .post(TARGETS, "20")
          .then()
          .statusCode(c.status())
          .contentType("application/problem+json")
          .body("code", equalTo(c.code()))
          .body("errors", hasSize(1))
          .body("errors[0].field", equalTo(c.field()))
          .body("errors[0].rule", equalTo(c.rule()));
    }
    assertThat(targetsOf("20")).isEqualTo(before);
  }

  @Test
  void aProvinceOfficerListsOnlyTheirOwnTargets() {
    Api.as(Tokens.provinceOfficer("66"))
        .get(TARGETS, "56")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("code", equalTo("NOT_FOUND"));
    Api.as(Tokens.provinceOfficer("66"))
        .queryParam("year", "abc")
        .get(TARGETS, "66")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("year"));
  }

  private static long targetsOf(String provinceCode) {
    return Tables.count("select count(*) from target where province_code = ?", provinceCode);
  }
}
