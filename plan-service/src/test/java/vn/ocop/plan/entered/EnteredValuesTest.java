package vn.ocop.plan.entered;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.devstack.TestTokens;
import vn.ocop.plan.support.Api;
import vn.ocop.plan.support.Tables;
import vn.ocop.plan.support.Tokens;
import vn.ocop.plan.support.Values;

/**
 * Values entered by hand for ENTERED indicators, and how actuals read them. Ninh Bình (37) and
 * Thanh Hoá (38), years 2073–2076, belong to this class.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "plan"))
class EnteredValuesTest {
  static final String PATH = "/api/plan/v1/provinces/{code}/entered-values";
  static final String VILLAGES = "CRAFT_VILLAGES";
  static final String WITH_OCOP = "CRAFT_VILLAGES_WITH_OCOP";
  static final String SHARE = "SHARE_CRAFT_VILLAGES_WITH_OCOP";

  @Test
  void enteringAValueAgainReplacesItAndKeepsWhoChangedWhatAndWhen() {
    enter(Tokens.provinceOfficer("37"), "37", body(VILLAGES, 2073, null, "12", "Sở Công Thương"))
        .statusCode(201)
        .body("provinceCode", equalTo("37"))
        .body("indicatorCode", equalTo(VILLAGES))
        .body("year", equalTo(2073))
        .body("value", equalTo(12))
        .body("note", equalTo("Sở Công Thương"))
        .body("enteredBy", equalTo("can-bo-37"));
    enter(Tokens.admin(), "37", body(VILLAGES, 2073, null, "14", null))
        .statusCode(200)
        .body("value", equalTo(14))
        .body("enteredBy", equalTo("quan-tri"));

    assertThat(
            Tables.count(
                "select count(*) from entered_value where province_code = '37'"
                    + " and indicator_code = ? and year = 2073",
                VILLAGES))
        .isEqualTo(1);
    assertThat(
            Tables.strings(
                "select coalesce(cast(old_value as varchar), '-') || '>' || new_value || ' by '"
                    + " || changed_by from entered_value_change where province_code = '37'"
                    + " and indicator_code = ? and year = 2073 order by changed_at",
                VILLAGES))
        .containsExactly("->12.00 by can-bo-37", "12.00>14.00 by quan-tri");
    assertThat(Values.value("37", Values.years(2073, 2073), VILLAGES)).isEqualByComparingTo("14");
  }

  @Test
  void theProvinceValueIsItsOwnEntryOrTheSumOfItsCommunesAndAWindowTakesItsLatestYear() {
    List<String> communes =
        Tables.strings("select code from commune where province_code = '38' order by code limit 2");
    String officer = Tokens.provinceOfficer("38");
    enter(officer, "38", body(VILLAGES, 2073, communes.get(0), "3", null)).statusCode(201);
    enter(officer, "38", body(VILLAGES, 2073, communes.get(1), "4", null)).statusCode(201);
    enter(officer, "38", body(WITH_OCOP, 2073, communes.get(0), "1", null)).statusCode(201);
    enter(officer, "38", body(WITH_OCOP, 2073, communes.get(1), "1", null)).statusCode(201);

    assertThat(Values.value("38", Values.years(2073, 2073), VILLAGES)).isEqualByComparingTo("7");
    assertThat(Values.value("38", Values.years(2073, 2073), SHARE)).isEqualByComparingTo("28.57");
    assertThat(Values.ofCommune("38", communes.get(0), Values.years(2073, 2073), VILLAGES, SHARE))
        .containsEntry(VILLAGES, new BigDecimal("3"))
        .containsEntry(SHARE, new BigDecimal("33.33"));
    assertThat(Values.byCommune("38", Values.years(2073, 2073), VILLAGES))
        .containsEntry(communes.get(1), Map.of(VILLAGES, new BigDecimal("4")));

    // A province-wide entry wins over the communes' sum.
    enter(officer, "38", body(VILLAGES, 2073, null, "10", null)).statusCode(201);
    assertThat(Values.value("38", Values.years(2073, 2073), VILLAGES)).isEqualByComparingTo("10");

    // 2074 has nothing; 2075 has its own figure: a window takes its latest year with one.
    enter(officer, "38", body(VILLAGES, 2075, null, "11", null)).statusCode(201);
    assertThat(Values.value("38", Values.years(2073, 2074), VILLAGES)).isEqualByComparingTo("10");
    assertThat(Values.value("38", Values.years(2073, 2075), VILLAGES)).isEqualByComparingTo("11");
    assertThat(Values.byYear("38", Values.years(2073, 2075), VILLAGES))
        .containsEntry(2074, Map.of())
        .containsEntry(2075, Map.of(VILLAGES, new BigDecimal("11")));
    // No WITH_OCOP figure in 2075: a ratio needs both parts.
    assertThat(Values.ofProvince("38", Values.years(2075, 2075), SHARE)).isEmpty();

    // Zero craft villages: no share.
    enter(officer, "38", body(VILLAGES, 2076, null, "0", null)).statusCode(201);
    enter(officer, "38", body(WITH_OCOP, 2076, null, "0", null)).statusCode(201);
    assertThat(Values.ofProvince("38", Values.years(2076, 2076), VILLAGES, SHARE))
        .containsOnlyKeys(VILLAGES);

    assertThat(Values.national(Values.years(2073, 2073), VILLAGES).get(VILLAGES))
        .isGreaterThanOrEqualTo(new BigDecimal("10"));
  }

  @Test
  void officersListTheirProvincesValuesAndCommuneOfficersOnlyTheirCommunes() {
    String commune =
        Tables.strings("select code from commune where province_code = '37' order by code limit 1")
            .get(0);
    enter(Tokens.provinceOfficer("37"), "37", body(VILLAGES, 2074, null, "9", null))
        .statusCode(201);
    enter(Tokens.provinceOfficer("37"), "37", body(VILLAGES, 2074, commune, "2", null))
        .statusCode(201);

    Api.as(Tokens.provinceOfficer("37"))
        .queryParam("year", 2074)
        .get(PATH, "37")
        .then()
        .statusCode(200)
        .body("items", hasSize(2))
        .body("items[0].communeCode", equalTo(null))
        .body("items[0].value", equalTo(9))
        .body("items[1].communeCode", equalTo(commune));
    Api.as(Tokens.national())
        .queryParam("year", 2074)
        .get(PATH, "37")
        .then()
        .statusCode(200)
        .body("pager.total", equalTo(2));
    String communeOfficer =
        TestTokens.token(
            "can-bo-xa-37",
            Set.of("commune-officer"),
            Map.of("province", "37", "commune", commune));
    Api.as(communeOfficer)
        .queryParam("year", 2074)
        .get(PATH, "37")
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("items[0].communeCode", equalTo(commune))
        .body("items[0].value", equalTo(2));
    Api.as(Tokens.provinceOfficer("38"))
        .get(PATH, "37")
        .then()
        .statusCode(404)
        .body("code", equalTo("NOT_FOUND"));
    Api.as(Tokens.councilMember("37"))
        .get(PATH, "37")
        .then()
        .statusCode(403)
        .body("code", equalTo("FORBIDDEN"));
  }

  @Test
  void badEntriesAreRefusedNamingFieldAndRuleAndNothingIsWritten() {
    Tables.execute(
        "insert into period_lock (province_code, year, report_id, locked_by, locked_at)"
            + " values ('37', 2076, ?, 'trung-uong', now()) on conflict do nothing",
        UUID.randomUUID());
    String otherCommune =
        Tables.strings("select code from commune where province_code = '38' order by code limit 1")
            .get(0);
    long values = Tables.count("select count(*) from entered_value where province_code = '37'");
    long changes =
        Tables.count("select count(*) from entered_value_change where province_code = '37'");
    record Case(String token, String body, int status, String code, String field, String rule) {}
    String officer = Tokens.provinceOfficer("37");
    List<Case> cases =
        List.of(
            new Case(
                officer,
                body("PRODUCTS_3STAR_PLUS", 2073, null, "5", null),
                422,
                "UNPROCESSABLE",
                "indicatorCode",
                "Entered"),
            new Case(
                officer,
                body("NO_SUCH_INDICATOR", 2073, null, "5", null),
                422,
                "UNPROCESSABLE",
                "indicatorCode",
                "exists"),
            new Case(
                officer,
                body(VILLAGES, 2073, "99999", "5", null),
                422,
                "UNPROCESSABLE",
                "communeCode",
                "inProvince"),
            new Case(
                officer,
                body(VILLAGES, 2073, otherCommune, "5", null),
                422,
                "UNPROCESSABLE",
                "communeCode",
                "inProvince"),
            new Case(
                officer,
                body(VILLAGES, 2073, null, "-1", null),
                400,
                "VALIDATION_FAILED",
                "value",
                "DecimalMin"),
            new Case(
                officer,
                body(VILLAGES, 2073, null, "2.5", null),
                400,
                "VALIDATION_FAILED",
                "value",
                "Integer"),
            new Case(
                officer,
                body(VILLAGES, 1999, null, "5", null),
                400,
                "VALIDATION_FAILED",
                "year",
                "Min"),
            new Case(
                officer,
                body(VILLAGES, 2076, null, "5", null),
                409,
                "PERIOD_LOCKED",
                "year",
                "PeriodOpen"),
            new Case(officer, "{\"indicatorCode\":", 400, "MALFORMED_REQUEST", "body", "syntax"));
    for (Case c : cases) {
      enter(c.token(), "37", c.body())
          .statusCode(c.status())
          .contentType("application/problem+json")
          .body("code", equalTo(c.code()))
          .body("errors", hasSize(1))
          .body("errors[0].field", equalTo(c.field()))
          .body("errors[0].rule", equalTo(c.rule()));
    }
    // Roles and scope: another province answers 404; roles that may not enter values 403.
    enter(Tokens.provinceOfficer("38"), "37", body(VILLAGES, 2073, null, "5", null))
        .statusCode(404)
        .body("code", equalTo("NOT_FOUND"));
    for (String token :
        List.of(Tokens.national(), Tokens.communeOfficer("37"), Tokens.councilMember("37"))) {
      enter(token, "37", body(VILLAGES, 2073, null, "5", null))
          .statusCode(403)
          .body("code", equalTo("FORBIDDEN"));
    }

    assertThat(Tables.count("select count(*) from entered_value where province_code = '37'"))
        .isEqualTo(values);
    assertThat(Tables.count("select count(*) from entered_value_change where province_code = '37'"))
        .isEqualTo(changes);
  }

  private static ValidatableResponse enter(String token, String province, String body) {
    return Api.as(token).contentType("application/json").body(body).put(PATH, province).then();
  }

  private static String body(
      String indicator, int year, String commune, String value, String note) {
    return "{\"indicatorCode\":\""
        + indicator
        + "\",\"year\":"
        + year
        + (commune == null ? "" : ",\"communeCode\":\"" + commune + "\"")
        + ",\"value\":"
        + value
        + (note == null ? "" : ",\"note\":\"" + note + "\"")
        + "}";
  }
}
