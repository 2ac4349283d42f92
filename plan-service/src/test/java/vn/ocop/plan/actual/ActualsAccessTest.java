package vn.ocop.plan.actual;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.plan.support.Api;
import vn.ocop.plan.support.Await;
import vn.ocop.plan.support.CertificateEvents;
import vn.ocop.plan.support.PlanData;
import vn.ocop.plan.support.Tables;
import vn.ocop.plan.support.Tokens;

/** Who may read which actuals, and how bad requests are answered. */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "plan"))
class ActualsAccessTest {
  static final String PROVINCE = "/api/plan/v1/provinces/{code}/actuals";
  static final String NATIONAL = "/api/plan/v1/actuals";

  @Test
  void aProvinceOfficerReadsTheirProvinceWithEveryIndicatorAtZeroWhenNothingWasCounted() {
    JsonPath body =
        Api.as(Tokens.provinceOfficer("66"))
            .queryParam("year", 2099)
            .get(PROVINCE, "66")
            .then()
            .statusCode(200)
            .body("provinceCode", equalTo("66"))
            .body("provinceName", equalTo("Đắk Lắk"))
            .body("year", equalTo(2099))
            .extract()
            .jsonPath();

    List<Map<String, Object>> indicators = body.getList("indicators");
    assertThat(indicators)
        .extracting(i -> i.get("code"))
        .startsWith("PRODUCTS_3STAR_PLUS", "PRODUCTS_3STAR", "PRODUCTS_4STAR", "PRODUCTS_5STAR");
    // Counts are 0; a share of nothing (denominator 0) has no value rather than a made-up one.
    assertThat(indicators)
        .filteredOn(i -> "COUNT".equals(i.get("unit")))
        .isNotEmpty()
        .allSatisfy(i -> assertThat(i.get("value")).isEqualTo(0));
    assertThat(indicators)
        .filteredOn(i -> "PERCENT".equals(i.get("unit")))
        .isNotEmpty()
        .allSatisfy(i -> assertThat(i).doesNotContainKey("value"));
    assertThat(indicators).allSatisfy(i -> assertThat(i).doesNotContainKeys("target"));
    assertThat(indicators.get(0))
        .containsEntry("name", "Số sản phẩm đạt OCOP từ 3 sao trở lên")
        .containsEntry("unit", "COUNT");
  }

  @Test
  void aProvinceOfficerAskingForAnotherProvinceGetsNotFound() {
    Api.as(Tokens.provinceOfficer("66"))
        .queryParam("year", 2026)
        .get(PROVINCE, "01")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("code", equalTo("NOT_FOUND"))
        .body("status", equalTo(404));
  }

  @Test
  void aCommuneOfficerDoesNotReadTheProvinceWideActuals() {
    for (String province : new String[] {"66", "68"}) {
      Api.as(Tokens.communeOfficer("66"))
          .queryParam("year", 2026)
          .get(PROVINCE, province)
          .then()
          .statusCode(403)
          .contentType("application/problem+json")
          .body("code", equalTo("FORBIDDEN"))
          .body("provinceCode", nullValue());
    }
  }

  @Test
  void nationalOfficersAndAdminsReadAnyProvince() {
    Api.as(Tokens.national()).get(PROVINCE, "01").then().statusCode(200);
    Api.as(Tokens.admin()).get(PROVINCE, "96").then().statusCode(200);
  }

  @Test
  void anUnknownProvinceIsNotFoundEvenForNationalOfficers() {
    Api.as(Tokens.national())
        .get(PROVINCE, "99")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("code", equalTo("NOT_FOUND"));
  }

  @Test
  void aCouncilMemberMayNotReadActuals() {
    Api.as(Tokens.councilMember("66"))
        .get(PROVINCE, "66")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("code", equalTo("FORBIDDEN"));
  }

  @Test
  void aRequestWithoutTokenIsUnauthenticated() {
    given()
        .get(PROVINCE, "66")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("code", equalTo("UNAUTHENTICATED"));
  }

  @Test
  void aYearOutsideTwoThousandToTwentyOneHundredIsRejectedNamingTheYear() {
    for (String year : List.of("1999", "2101", "abc")) {
      Api.as(Tokens.provinceOfficer("66"))
          .queryParam("year", year)
          .get(PROVINCE, "66")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("code", equalTo("VALIDATION_FAILED"))
          .body("errors", hasSize(1))
          .body("errors[0].field", equalTo("year"))
          .body("errors[0].rule", equalTo(year.equals("abc") ? "type" : "Range"));
    }
    Api.as(Tokens.national())
        .queryParam("year", 1999)
        .get(NATIONAL)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("year"));
  }

  @Test
  void theNationalRollUpIsForNationalRolesOnly() {
    Api.as(Tokens.provinceOfficer("66"))
        .get(NATIONAL)
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("code", equalTo("FORBIDDEN"));
    Api.as(Tokens.communeOfficer("66")).get(NATIONAL).then().statusCode(403);
    Api.as(Tokens.admin()).get(NATIONAL).then().statusCode(200);
  }

  @Test
  void aProvincesActualsShowTheYearsTargetOfItsApprovedPlansOnly() {
    String eventId =
        CertificateEvents.publish(
            CertificateEvents.certificate("56", 3, LocalDate.of(2036, 5, 19)));
    Await.until(() -> Tables.consumed(eventId), applied -> applied, "the certificate event");
    String period =
        PlanData.approved(
            "56",
            PlanData.plan(
                "Khánh Hòa 2036–2040",
                2036,
                2040,
                List.of(PlanData.target("PRODUCTS_3STAR_PLUS", 2036, "AT_LEAST", 50))));

    assertThat(target("56", 2036))
        .containsEntry("value", 1)
        .containsEntry("target", 50)
        .containsEntry("targetKind", "AT_LEAST")
        .containsEntry("percentOfTarget", 2.0f)
        .containsEntry("targetMet", false);

    // Another plan in force adds its target; an amendment replaces the version it supersedes.
    PlanData.approved(
        "56",
        PlanData.plan(
            "Khánh Hòa 2036",
            2036,
            2036,
            List.of(PlanData.target("PRODUCTS_3STAR_PLUS", 2036, "AT_LEAST", 10))));
    assertThat(target("56", 2036)).containsEntry("target", 60);
    String amendment =
        Api.as(Tokens.provinceOfficer("56"))
            .post(PlanData.PLAN + "/amendments", period)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Api.as(Tokens.provinceOfficer("56"))
        .contentType("application/json")
        .body(
            Map.of(
                "title",
                "Khánh Hòa 2036–2040 (điều chỉnh)",
                "periodStart",
                2036,
                "periodEnd",
                2040,
                "rowVersion",
                0,
                "targets",
                List.of(PlanData.target("PRODUCTS_3STAR_PLUS", 2036, "AT_LEAST", 40))))
        .put(PlanData.PLAN, amendment)
        .then()
        .statusCode(200);
    assertThat(target("56", 2036)).as("a draft is not in force").containsEntry("target", 60);
    PlanData.approve("56", amendment);
    assertThat(target("56", 2036)).containsEntry("target", 50);
  }

  private static Map<String, Object> target(String provinceCode, int year) {
    return Api.actuals(provinceCode, year)
        .getMap("indicators.find { it.code == 'PRODUCTS_3STAR_PLUS' }");
  }

  @Test
  void theNationalRollUpTotalsTheCountryAndListsEveryProvinceWithItsTargets() {
    List<String> events =
        List.of(
            CertificateEvents.publish(
                CertificateEvents.certificate("04", 3, LocalDate.of(2037, 4, 1))),
            CertificateEvents.publish(
                CertificateEvents.certificate("08", 5, LocalDate.of(2037, 8, 1))));
    Await.until(
        () -> events.stream().filter(Tables::consumed).count(),
        applied -> applied == events.size(),
        "the roll-up's events to be applied");
    // The target of the year comes from the approved plan; a draft's never counts.
    PlanData.approved(
        "04",
        PlanData.plan(
            "Cao Bằng 2037",
            2037,
            2037,
            List.of(PlanData.target("PRODUCTS_3STAR_PLUS", 2037, "AT_LEAST", 4))));
    PlanData.create(
        "08",
        PlanData.plan(
            "Tuyên Quang 2037 (nháp)",
            2037,
            2037,
            List.of(PlanData.target("PRODUCTS_5STAR", 2037, "AT_LEAST", 9))));

    JsonPath rollUp =
        Api.as(Tokens.national())
            .queryParam("year", 2037)
            .get(NATIONAL)
            .then()
            .statusCode(200)
            .body("year", equalTo(2037))
            .body("provinces", hasSize(34))
            .extract()
            .jsonPath();

    assertThat(rollUp.getInt("totals.find { it.code == 'PRODUCTS_3STAR_PLUS' }.value"))
        .isEqualTo(2);
    assertThat(rollUp.getInt("totals.find { it.code == 'PRODUCTS_5STAR' }.value")).isEqualTo(1);
    Map<String, Object> caoBang =
        rollUp.getMap(
            "provinces.find { it.provinceCode == '04' }.indicators.find { it.code =="
                + " 'PRODUCTS_3STAR_PLUS' }");
    assertThat(caoBang)
        .containsEntry("value", 1)
        .containsEntry("target", 4)
        .containsEntry("percentOfTarget", 25.0f)
        .containsEntry("targetMet", false);
    Map<String, Object> tuyenQuang =
        rollUp.getMap(
            "provinces.find { it.provinceCode == '08' }.indicators.find { it.code =="
                + " 'PRODUCTS_5STAR' }");
    assertThat(tuyenQuang).containsEntry("value", 1).doesNotContainKeys("target", "targetMet");
    // Indicators without a target show no target fields.
    assertThat(
            rollUp.getMap(
                "provinces.find { it.provinceCode == '04' }.indicators.find { it.code =="
                    + " 'PRODUCTS_4STAR' }"))
        .doesNotContainKeys("target", "percentOfTarget", "targetMet");
    assertThat(
            rollUp.getInt(
                "provinces.find { it.provinceCode == '01' }.indicators.find { it.code =="
                    + " 'PRODUCTS_3STAR_PLUS' }.value"))
        .isZero();
  }
}
