package vn.ocop.plan.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.ocop.plan.support.PlanData.inCommune;
import static vn.ocop.plan.support.PlanData.plan;
import static vn.ocop.plan.support.PlanData.target;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.devstack.TestTokens;
import vn.ocop.plan.support.Api;
import vn.ocop.plan.support.CertificateEvents;
import vn.ocop.plan.support.PlanData;
import vn.ocop.plan.support.Tokens;

/**
 * Progress against targets in force, with today fixed: statuses, windows, communes, the drill-down,
 * the merged provinces' plans and the national roll-up.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "plan"))
class ProgressTest {
  static final String HUE = "46";
  static final String PHU_XUAN = "19753";
  static final String KIM_LONG = "19774";
  static final String PROVINCE = "/api/plan/v1/provinces/{code}/progress";
  static final String COMMUNE = "/api/plan/v1/provinces/{code}/communes/{commune}/progress";
  static final String ITEMS = "/api/plan/v1/provinces/{code}/progress/items";
  static final String NATIONAL = "/api/plan/v1/progress";

  static void today(int year, int month, int day) {
    ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
    Clock clock =
        Clock.fixed(
            LocalDate.of(year, month, day).atStartOfDay(zone).plusHours(9).toInstant(), zone);
    QuarkusMock.installMockForType(new ProgressClock(clock), ProgressClock.class);
  }

  static JsonPath province(String token, String code, int year) {
    return Api.as(token)
        .queryParam("year", year)
        .get(PROVINCE, code)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  static Map<String, Object> line(
      JsonPath view, String path, String indicator, String accumulation, Object targetYear) {
    List<Map<String, Object>> lines = view.getList(path);
    return lines.stream()
        .filter(l -> indicator.equals(l.get("indicatorCode")))
        .filter(l -> java.util.Objects.equals(accumulation, l.get("accumulation")))
        .filter(l -> java.util.Objects.equals(targetYear, l.get("targetYear")))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no line "
                        + indicator
                        + " "
                        + accumulation
                        + " "
                        + targetYear
                        + " in "
                        + lines));
  }

  @Test
  void eachTargetIsJudgedOverItsWindowAsOfToday() {
    today(2072, 7, 1);
    PlanData.publishAndAwait(
        List.of(
            CertificateEvents.certificate(HUE, 3, LocalDate.of(2072, 2, 1)),
            CertificateEvents.certificate(HUE, 3, LocalDate.of(2072, 3, 1)),
            CertificateEvents.certificate(HUE, 3, LocalDate.of(2072, 4, 1)),
            CertificateEvents.certificate(HUE, 4, LocalDate.of(2071, 5, 1)),
            CertificateEvents.certificate(HUE, 4, LocalDate.of(2071, 6, 1))));
    PlanData.approved(
        HUE,
        plan(
            "Kế hoạch OCOP Huế 2071–2075",
            2071,
            2075,
            List.of(
                target("PRODUCTS_3STAR_PLUS", 2072, "AT_LEAST", 3),
                target("PRODUCTS_3STAR", 2072, "AT_LEAST", 6),
                target("PRODUCTS_4STAR", 2072, "AT_LEAST", 10),
                target("PRODUCTS_4STAR", 2071, "AT_LEAST", 5),
                target("PRODUCTS_5STAR", null, "AT_LEAST", 5))));
    // One target per indicator, commune and year in a plan: the cumulative one is in another.
    Map<String, Object> cumulative = new HashMap<>(target("PRODUCTS_4STAR", 2072, "AT_LEAST", 2));
    cumulative.put("accumulation", "CUMULATIVE");
    PlanData.approved(HUE, plan("Kế hoạch lũy kế Huế 2071–2072", 2071, 2072, List.of(cumulative)));

    JsonPath view = province(Tokens.provinceOfficer(HUE), HUE, 2072);
    assertThat(view.getString("asOf")).isEqualTo("2072-07-01");
    assertThat(line(view, "lines", "PRODUCTS_3STAR_PLUS", "PER_YEAR", 2072))
        .containsEntry("target", 3)
        .containsEntry("actual", 3)
        .containsEntry("percentOfTarget", 100.0f)
        .containsEntry("status", "MET");
    assertThat(line(view, "lines", "PRODUCTS_3STAR", "PER_YEAR", 2072))
        .containsEntry("actual", 3)
        .containsEntry("expected", 3.0f)
        .containsEntry("status", "ON_TRACK");
    assertThat(line(view, "lines", "PRODUCTS_4STAR", "PER_YEAR", 2072))
        .containsEntry("actual", 0)
        .containsEntry("expected", 5.0f)
        .containsEntry("status", "AT_RISK");
    // The same indicator counted from the period's start: 2071's products count.
    assertThat(line(view, "lines", "PRODUCTS_4STAR", "CUMULATIVE", 2072))
        .containsEntry("fromYear", 2071)
        .containsEntry("toYear", 2072)
        .containsEntry("actual", 2)
        .containsEntry("status", "MET");
    assertThat(line(view, "lines", "PRODUCTS_5STAR", "CUMULATIVE", null))
        .containsEntry("fromYear", 2071)
        .containsEntry("toYear", 2072)
        .containsEntry("dueYear", 2075)
        .containsEntry("actual", 0)
        .containsEntry("expected", 1.5f)
        .containsEntry("status", "AT_RISK");

    // 2071 is over: what was short of its target is NOT_MET; indicators without one show actuals.
    JsonPath lastYear = province(Tokens.national(), HUE, 2071);
    assertThat(line(lastYear, "lines", "PRODUCTS_4STAR", "PER_YEAR", 2071))
        .containsEntry("target", 5)
        .containsEntry("actual", 2)
        .containsEntry("status", "NOT_MET");
    assertThat(line(lastYear, "lines", "PRODUCTS_3STAR_PLUS", null, null))
        .containsEntry("actual", 2)
        .containsEntry("status", "NO_TARGET")
        .doesNotContainKey("target");
  }

  @Test
  void communeTargetsAreSummedUpPerCommuneAndACommuneOfficerSeesOnlyTheirs() {
    today(2073, 7, 1);
    PlanData.publishAndAwait(
        List.of(
            inCommune(HUE, PHU_XUAN, 3, LocalDate.of(2073, 1, 10)),
            inCommune(HUE, PHU_XUAN, 4, LocalDate.of(2073, 2, 10)),
            inCommune(HUE, KIM_LONG, 4, LocalDate.of(2072, 2, 10))));
    Map<String, Object> phuXuan = new HashMap<>(target("PRODUCTS_3STAR_PLUS", 2073, "AT_LEAST", 2));
    phuXuan.put("communeCode", PHU_XUAN);
    Map<String, Object> kimLong = new HashMap<>(target("PRODUCTS_3STAR_PLUS", 2073, "AT_LEAST", 4));
    kimLong.put("communeCode", KIM_LONG);
    PlanData.approved(HUE, plan("Chỉ tiêu xã năm 2073", 2073, 2073, List.of(phuXuan, kimLong)));

    JsonPath view = province(Tokens.provinceOfficer(HUE), HUE, 2073);
    List<Map<String, Object>> communes = view.getList("communes");
    assertThat(communes)
        .extracting(
            c ->
                c.get("communeCode")
                    + " "
                    + c.get("communeName")
                    + " "
                    + c.get("targets")
                    + " met "
                    + c.get("met")
                    + " at risk "
                    + c.get("atRisk"))
        .containsExactly("19753 Phú Xuân 1 met 1 at risk 0", "19774 Kim Long 1 met 0 at risk 1");
    assertThat(line(view, "communes[1].lines", "PRODUCTS_3STAR_PLUS", "PER_YEAR", 2073))
        .containsEntry("actual", 0)
        .containsEntry("expected", 2.0f);

    String officer =
        TestTokens.token(
            "can-bo-phu-xuan",
            Set.of("commune-officer"),
            Map.of("province", HUE, "commune", PHU_XUAN));
    JsonPath own =
        Api.as(officer)
            .queryParam("year", 2073)
            .get(COMMUNE, HUE, PHU_XUAN)
            .then()
            .statusCode(200)
            .body("communeName", equalTo("Phú Xuân"))
            .extract()
            .jsonPath();
    assertThat(line(own, "lines", "PRODUCTS_3STAR_PLUS", "PER_YEAR", 2073))
        .containsEntry("actual", 2)
        .containsEntry("status", "MET");
    assertThat(line(own, "lines", "PRODUCTS_4STAR", null, null))
        .containsEntry("actual", 1)
        .containsEntry("status", "NO_TARGET");
    Api.as(officer).queryParam("year", 2073).get(COMMUNE, HUE, KIM_LONG).then().statusCode(404);
    Api.as(officer).queryParam("year", 2073).get(PROVINCE, HUE).then().statusCode(403);
    Api.as(Tokens.provinceOfficer("66")).get(COMMUNE, HUE, PHU_XUAN).then().statusCode(404);
    Api.as(Tokens.provinceOfficer(HUE)).get(COMMUNE, HUE, "00004").then().statusCode(404);

    // The list behind the commune's number.
    JsonPath items =
        Api.as(officer)
            .queryParam("indicatorCode", "PRODUCTS_3STAR_PLUS")
            .queryParam("year", 2073)
            .get(ITEMS, HUE)
            .then()
            .statusCode(200)
            .body("pager.total", equalTo(2))
            .extract()
            .jsonPath();
    assertThat(items.getList("items.communeCode")).containsOnly(PHU_XUAN);
    assertThat(items.getList("items.date")).containsExactly("2073-02-10", "2073-01-10");
    Api.as(officer)
        .queryParam("indicatorCode", "PRODUCTS_3STAR_PLUS")
        .queryParam("communeCode", KIM_LONG)
        .get(ITEMS, HUE)
        .then()
        .statusCode(404);
    // The province officer opens a cumulative number: from..year.
    Api.as(Tokens.provinceOfficer(HUE))
        .queryParam("indicatorCode", "PRODUCTS_4STAR")
        .queryParam("year", 2073)
        .queryParam("from", 2072)
        .queryParam("communeCode", KIM_LONG)
        .get(ITEMS, HUE)
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("items[0].starClass", equalTo(4));
  }

  @Test
  void theDrillDownRefusesWhatItCannotOpen() {
    String officer = Tokens.provinceOfficer(HUE);
    record Case(Map<String, Object> query, int status, String field, String rule) {}
    List<Case> cases =
        List.of(
            new Case(Map.of("year", 2073), 400, "indicatorCode", "NotBlank"),
            new Case(Map.of("indicatorCode", "NOPE"), 422, "indicatorCode", "exists"),
            new Case(
                Map.of("indicatorCode", "PRODUCTS_3STAR", "communeCode", "00004"),
                422,
                "communeCode",
                "InProvince"),
            new Case(
                Map.of("indicatorCode", "PRODUCTS_3STAR", "year", 2073, "from", 2074),
                400,
                "from",
                "NotAfterYear"),
            new Case(
                Map.of("indicatorCode", "PRODUCTS_3STAR", "year", "abc"), 400, "year", "type"));
    for (Case c : cases) {
      Api.as(officer)
          .queryParams(c.query())
          .get(ITEMS, HUE)
          .then()
          .statusCode(c.status())
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo(c.field()))
          .body("errors[0].rule", equalTo(c.rule()));
    }
    Api.as(Tokens.councilMember(HUE))
        .queryParam("indicatorCode", "PRODUCTS_3STAR")
        .get(ITEMS, HUE)
        .then()
        .statusCode(403);
    Api.as(Tokens.provinceOfficer("66"))
        .queryParam("indicatorCode", "PRODUCTS_3STAR")
        .get(ITEMS, HUE)
        .then()
        .statusCode(404);
  }

  @Test
  void thePlansOfAProvinceMergedIn2025RollUpIntoItsSuccessor() {
    today(2026, 3, 1);
    int before = Api.value("66", 2023, "PRODUCTS_5STAR");
    PlanData.publishAndAwait(
        List.of(
            CertificateEvents.certificate("54", 5, LocalDate.of(2023, 9, 1)),
            CertificateEvents.certificate("66", 5, LocalDate.of(2022, 9, 1))));
    int after = Api.value("66", 2023, "PRODUCTS_5STAR");
    assertThat(after).isEqualTo(before + 1);

    Map<String, Object> phuYenBody =
        new HashMap<>(
            plan(
                "Kế hoạch OCOP tỉnh Phú Yên giai đoạn 2021–2025",
                2021,
                2025,
                List.of(
                    target("PRODUCTS_5STAR", 2023, "AT_LEAST", 2),
                    target("PRODUCTS_5STAR", null, "AT_LEAST", 4))));
    phuYenBody.put("mapVersion", "2025-03");
    phuYenBody.put("planProvinceCode", "54");
    JsonPath phuYen = PlanData.create("66", phuYenBody);
    assertThat(phuYen.getString("planProvinceCode")).isEqualTo("54");
    assertThat(phuYen.getString("provinceCode")).isEqualTo("66");
    PlanData.approve("66", phuYen.getString("id"));
    Map<String, Object> dakLakBody =
        new HashMap<>(
            plan(
                "Kế hoạch OCOP tỉnh Đắk Lắk giai đoạn 2021–2025",
                2021,
                2025,
                List.of(
                    target("PRODUCTS_5STAR", 2023, "AT_LEAST", 3),
                    target("PRODUCTS_5STAR", null, "AT_LEAST", 6))));
    dakLakBody.put("mapVersion", "2025-03");
    String dakLak = PlanData.approved("66", dakLakBody);

    JsonPath view = province(Tokens.provinceOfficer("66"), "66", 2023);
    Map<String, Object> perYear = line(view, "lines", "PRODUCTS_5STAR", "PER_YEAR", 2023);
    List<Map<String, Object>> sources = (List<Map<String, Object>>) perYear.get("sources");
    assertThat(sources)
        .extracting(
            s -> s.get("planId") + " " + s.get("planProvinceCode") + " " + s.get("mapVersion"))
        .contains(phuYen.getString("id") + " 54 2025-03", dakLak + " 66 2025-03");
    assertThat(perYear.get("target"))
        .isEqualTo(sources.stream().mapToInt(s -> (Integer) s.get("target")).sum());
    assertThat(perYear).containsEntry("actual", after);
    Map<String, Object> period = line(view, "lines", "PRODUCTS_5STAR", "CUMULATIVE", null);
    assertThat((List<?>) period.get("sources")).hasSizeGreaterThanOrEqualTo(2);
    assertThat(period).containsEntry("fromYear", 2021).containsEntry("dueYear", 2025);

    // The national roll-up shows the same line for Đắk Lắk.
    JsonPath national =
        Api.as(Tokens.national())
            .queryParam("year", 2023)
            .get(NATIONAL)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Map<String, Object> inNational =
        line(
            national,
            "provinces.find { it.provinceCode == '66' }.lines",
            "PRODUCTS_5STAR",
            "PER_YEAR",
            2023);
    assertThat(inNational).isEqualTo(perYear);
  }

  @Test
  void theNationalRollUpListsEveryProvinceAndCountsProductsOnceOverTheCountry() {
    today(2074, 7, 1);
    UUID travelling = UUID.randomUUID();
    PlanData.publishAndAwait(
        List.of(
            CertificateEvents.certificate("42", 3, LocalDate.of(2074, 1, 5)),
            CertificateEvents.certificate(
                UUID.randomUUID(), travelling, "42", 3, LocalDate.of(2074, 2, 5)),
            CertificateEvents.certificate(
                UUID.randomUUID(), travelling, "44", 4, LocalDate.of(2074, 3, 5)),
            CertificateEvents.certificate("44", 3, LocalDate.of(2074, 4, 5)),
            CertificateEvents.certificate("44", 3, LocalDate.of(2074, 5, 5))));
    PlanData.approved(
        "42",
        plan(
            "Hà Tĩnh 2074",
            2074,
            2074,
            List.of(target("PRODUCTS_3STAR_PLUS", 2074, "AT_LEAST", 5))));
    PlanData.approved(
        "44",
        plan(
            "Quảng Trị 2074",
            2074,
            2074,
            List.of(target("PRODUCTS_3STAR_PLUS", 2074, "AT_LEAST", 6))));

    JsonPath view =
        Api.as(Tokens.national())
            .queryParam("year", 2074)
            .get(NATIONAL)
            .then()
            .statusCode(200)
            .body("year", equalTo(2074))
            .body("provinces", hasSize(34))
            .extract()
            .jsonPath();
    assertThat(
            line(
                view,
                "provinces.find { it.provinceCode == '42' }.lines",
                "PRODUCTS_3STAR_PLUS",
                "PER_YEAR",
                2074))
        .containsEntry("target", 5)
        .containsEntry("actual", 2)
        .containsEntry("expected", 2.5f)
        .containsEntry("status", "AT_RISK");
    assertThat(
            line(
                view,
                "provinces.find { it.provinceCode == '44' }.lines",
                "PRODUCTS_3STAR_PLUS",
                "PER_YEAR",
                2074))
        .containsEntry("target", 6)
        .containsEntry("actual", 3)
        .containsEntry("expected", 3.0f)
        .containsEntry("status", "ON_TRACK");
    // A province without a plan still has its row, with actuals only.
    List<Map<String, Object>> hanoi =
        view.getList("provinces.find { it.provinceCode == '01' }.lines");
    assertThat(hanoi)
        .isNotEmpty()
        .allSatisfy(
            l -> assertThat(l).containsEntry("status", "NO_TARGET").containsEntry("actual", 0));
    // The country: targets summed, the product certified in two provinces counted once.
    Map<String, Object> total = line(view, "totals", "PRODUCTS_3STAR_PLUS", "PER_YEAR", 2074);
    assertThat(total).containsEntry("target", 11).containsEntry("actual", 4);
    assertThat((List<?>) total.get("sources")).hasSize(2);

    Api.as(Tokens.provinceOfficer("42"))
        .get(NATIONAL)
        .then()
        .statusCode(403)
        .body("code", equalTo("FORBIDDEN"));
    Api.as(Tokens.communeOfficer("42")).get(NATIONAL).then().statusCode(403);
    Api.as(Tokens.admin()).queryParam("year", 2074).get(NATIONAL).then().statusCode(200);
  }

  @Test
  void theSeriesShowEachYearsActualAndPerYearTarget() {
    today(2093, 7, 1);
    PlanData.publishAndAwait(
        List.of(
            CertificateEvents.certificate("82", 3, LocalDate.of(2091, 5, 1)),
            CertificateEvents.certificate("82", 3, LocalDate.of(2092, 5, 1)),
            CertificateEvents.certificate("82", 4, LocalDate.of(2092, 6, 1))));
    PlanData.approved(
        "82",
        plan(
            "Đồng Tháp 2091–2093",
            2091,
            2093,
            List.of(
                target("PRODUCTS_3STAR_PLUS", 2091, "AT_LEAST", 3),
                target("PRODUCTS_3STAR_PLUS", 2092, "AT_LEAST", 4),
                target("PRODUCTS_3STAR_PLUS", null, "AT_LEAST", 12))));

    JsonPath series =
        Api.as(Tokens.provinceOfficer("82"))
            .queryParam("from", 2091)
            .queryParam("to", 2093)
            .get("/api/plan/v1/provinces/{code}/progress/series", "82")
            .then()
            .statusCode(200)
            .body("from", equalTo(2091))
            .body("to", equalTo(2093))
            .extract()
            .jsonPath();
    assertThat(points(series))
        .containsExactly(
            "2091 actual 1 target 3", "2092 actual 2 target 4", "2093 actual 0 target null");

    JsonPath national =
        Api.as(Tokens.national())
            .queryParam("from", 2091)
            .queryParam("to", 2093)
            .get("/api/plan/v1/progress/series")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(national.getString("provinceCode")).isNull();
    assertThat(points(national))
        .containsExactly(
            "2091 actual 1 target 3", "2092 actual 2 target 4", "2093 actual 0 target null");

    record Case(String from, String to, String field, String rule) {}
    for (Case c :
        List.of(
            new Case("2093", "2091", "to", "NotBeforeFrom"),
            new Case("2060", "2075", "to", "MaxYears"),
            new Case("abc", "2091", "from", "type"),
            new Case("2091", "2101", "to", "Range"))) {
      Api.as(Tokens.national())
          .queryParam("from", c.from())
          .queryParam("to", c.to())
          .get("/api/plan/v1/progress/series")
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo(c.field()))
          .body("errors[0].rule", equalTo(c.rule()));
    }
    Api.as(Tokens.provinceOfficer("82")).get("/api/plan/v1/progress/series").then().statusCode(403);
    Api.as(Tokens.provinceOfficer("66"))
        .get("/api/plan/v1/provinces/{code}/progress/series", "82")
        .then()
        .statusCode(404);
    Api.as(Tokens.communeOfficer("82"))
        .get("/api/plan/v1/provinces/{code}/progress/series", "82")
        .then()
        .statusCode(403);
  }

  @Test
  void progressIsReadOnlyWithinTheCallersScope() {
    Api.as(Tokens.provinceOfficer("66"))
        .get(PROVINCE, HUE)
        .then()
        .statusCode(404)
        .body("code", equalTo("NOT_FOUND"));
    Api.as(Tokens.councilMember(HUE))
        .get(PROVINCE, HUE)
        .then()
        .statusCode(403)
        .body("code", equalTo("FORBIDDEN"));
    Api.as(Tokens.national()).get(PROVINCE, "99").then().statusCode(404);
    Api.as(Tokens.national())
        .queryParam("year", 1999)
        .get(PROVINCE, HUE)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("year"));
  }

  private static List<String> points(JsonPath series) {
    List<Map<String, Object>> points =
        series.getList("indicators.find { it.code == 'PRODUCTS_3STAR_PLUS' }.points");
    return points.stream()
        .map(p -> p.get("year") + " actual " + p.get("actual") + " target " + p.get("target"))
        .toList();
  }
}
