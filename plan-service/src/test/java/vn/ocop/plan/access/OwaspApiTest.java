package vn.ocop.plan.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static vn.ocop.plan.access.PlanSides.FOREIGN_COMMUNE;
import static vn.ocop.plan.access.PlanSides.FOREIGN_PROVINCE;
import static vn.ocop.plan.access.PlanSides.OTHER_OWN_COMMUNE;
import static vn.ocop.plan.access.PlanSides.OWN_COMMUNE;
import static vn.ocop.plan.access.PlanSides.OWN_PROVINCE;
import static vn.ocop.plan.access.PlanSides.PLANS;
import static vn.ocop.plan.access.PlanSides.REPORTS;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.devstack.TestTokens;
import vn.ocop.devstack.scope.Actor;
import vn.ocop.devstack.scope.Side;
import vn.ocop.plan.support.Api;
import vn.ocop.plan.support.Tables;

/**
 * The OWASP API Top 10 items that are the plan service's: object-level authorisation through ids in
 * paths, bodies and filters (API1), function-level authorisation (API5), mass assignment of
 * server-owned fields (API3) and resource consumption (API4: page sizes, text lengths, array
 * sizes). Every refusal is problem+json naming the field and rule, and writes nothing.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "plan"))
class OwaspApiTest {
  private static final String PLAN = "/api/plan/v1/plans/{id}";
  private static final String REPORT = "/api/plan/v1/reports/{id}";
  private static final String ENTERED = "/api/plan/v1/provinces/{code}/entered-values";

  private static PlanSides sides;

  @BeforeEach
  void createTheSidesOnce() {
    if (sides == null) {
      sides = PlanSides.create();
    }
  }

  private static RequestSpecification as(Actor actor, Side side) {
    return as(sides.token(actor, side));
  }

  private static RequestSpecification as(String token) {
    return Api.as(token).contentType("application/json");
  }

  /** Every row the plan service writes on request, as one figure per table. */
  private static String writes() {
    return Tables.strings(
            "select concat_ws(',', (select count(*) from plan), (select count(*) from plan_target),"
                + " (select count(*) from progress_report),"
                + " (select count(*) from progress_report_transition),"
                + " (select count(*) from entered_value),"
                + " (select count(*) from entered_value_change),"
                + " (select count(*) from indicator), (select count(*) from period_lock),"
                + " (select count(*) from outbox_event),"
                + " (select coalesce(sum(row_version), 0) from plan),"
                + " (select coalesce(sum(row_version), 0) from progress_report))")
        .get(0);
  }

  /** Sends a request that must be refused, checks its problem+json and that nothing changed. */
  private static ValidatableResponse refused(
      Function<RequestSpecification, io.restassured.response.Response> request,
      RequestSpecification spec,
      int status,
      String code) {
    String before = writes();
    ValidatableResponse response =
        request
            .apply(spec)
            .then()
            .statusCode(status)
            .contentType("application/problem+json")
            .body("status", equalTo(status))
            .body("code", equalTo(code))
            .body("requestId", notNullValue());
    assertThat(writes()).as("nothing written").isEqualTo(before);
    return response;
  }

  private static void refusedField(
      Function<RequestSpecification, io.restassured.response.Response> request,
      RequestSpecification spec,
      int status,
      String code,
      String field,
      String rule) {
    ValidatableResponse response = refused(request, spec, status, code);
    assertThat(response.extract().<String>path("errors.find { it.field == '%s' }.rule", field))
        .as(field)
        .isEqualTo(rule);
  }

  private static String row(String sql, Object... parameters) {
    List<String> rows = Tables.strings(sql, parameters);
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }

  // API1: broken object-level authorisation.

  @Test
  void foreignOfficerNamingOwnProvinceRecordsGetsNotFoundAndWritesNothing() {
    String draft = sides.draftPlan();
    refused(
        r -> r.body("{\"year\":2026,\"period\":\"H1\"}").post(REPORTS, OWN_PROVINCE),
        as(Actor.PROVINCE_OFFICER, Side.FOREIGN),
        404,
        "NOT_FOUND");
    refused(
        r ->
            r.body("{\"indicatorCode\":\"CRAFT_VILLAGES\",\"year\":2026,\"value\":99}")
                .put(ENTERED, OWN_PROVINCE),
        as(Actor.PROVINCE_OFFICER, Side.FOREIGN),
        404,
        "NOT_FOUND");
    refused(
        r ->
            r.body("{\"decisionNumber\":\"1/QĐ\",\"decisionDate\":\"2026-01-02\"}")
                .post(PLAN + "/approve", draft),
        as(Actor.PROVINCE_OFFICER, Side.FOREIGN),
        404,
        "NOT_FOUND");
    refused(r -> r.delete(PLAN, draft), as(Actor.PROVINCE_OFFICER, Side.FOREIGN), 404, "NOT_FOUND");
    // Filtering the national list by the own province is a national officer's business only.
    refused(
        r -> r.queryParam("provinceCode", OWN_PROVINCE).get("/api/plan/v1/reports"),
        as(Actor.PROVINCE_OFFICER, Side.FOREIGN),
        403,
        "FORBIDDEN");
  }

  @Test
  void anOwnOfficerCannotReachIntoAnotherProvinceThroughACommuneInTheBody() {
    refusedField(
        r ->
            r.body(
                    ("{\"indicatorCode\":\"CRAFT_VILLAGES\",\"year\":2026,\"communeCode\":\"%s\","
                            + "\"value\":7}")
                        .formatted(FOREIGN_COMMUNE))
                .put(ENTERED, OWN_PROVINCE),
        as(Actor.PROVINCE_OFFICER, Side.OWN),
        422,
        "UNPROCESSABLE",
        "communeCode",
        "inProvince");
    refused(
        r ->
            r.body(
                    ("{\"title\":\"Kế hoạch lấn tỉnh\",\"periodStart\":2026,\"periodEnd\":2026,"
                            + "\"targets\":[{\"indicatorCode\":\"PRODUCTS_3STAR_PLUS\","
                            + "\"communeCode\":\"%s\",\"year\":2026,\"kind\":\"AT_LEAST\","
                            + "\"value\":5}]}")
                        .formatted(FOREIGN_COMMUNE))
                .post(PLANS, OWN_PROVINCE),
        as(Actor.PROVINCE_OFFICER, Side.OWN),
        422,
        "UNPROCESSABLE");
    // A plan on the current map may not name another province as its own.
    refusedField(
        r ->
            r.body(
                    ("{\"title\":\"Kế hoạch\",\"periodStart\":2026,\"periodEnd\":2026,"
                            + "\"mapVersion\":\"2025-07\",\"planProvinceCode\":\"%s\"}")
                        .formatted(FOREIGN_PROVINCE))
                .post(PLANS, OWN_PROVINCE),
        as(Actor.PROVINCE_OFFICER, Side.OWN),
        422,
        "UNPROCESSABLE",
        "planProvinceCode",
        "SameProvince");
  }

  @Test
  void aCommuneOfficerSeesOnlyTheirCommuneOfTheirProvince() {
    String neighbour = PlanSides.communeOfficer(OWN_PROVINCE, OTHER_OWN_COMMUNE);
    refused(
        r ->
            r.queryParam("year", 2026)
                .get("/api/plan/v1/provinces/{p}/communes/{c}/progress", OWN_PROVINCE, OWN_COMMUNE),
        as(neighbour),
        404,
        "NOT_FOUND");
    refused(
        r ->
            r.queryParam("indicatorCode", "PRODUCTS_3STAR_PLUS")
                .queryParam("communeCode", OWN_COMMUNE)
                .get("/api/plan/v1/provinces/{p}/progress/items", OWN_PROVINCE),
        as(neighbour),
        404,
        "NOT_FOUND");
    // The plan shows the neighbour none of the own commune's targets, nor the province-wide one.
    List<String> communes =
        as(neighbour)
            .get(PLAN, sides.ownPlan)
            .then()
            .statusCode(200)
            .extract()
            .path("targets.communeCode");
    assertThat(communes).isEmpty();
    List<String> own =
        as(Actor.COMMUNE_OFFICER, Side.OWN)
            .get(PLAN, sides.ownPlan)
            .then()
            .statusCode(200)
            .extract()
            .path("targets.communeCode");
    assertThat(own).containsExactly(OWN_COMMUNE);
    // Entered values: the province officer's own commune entry is not the neighbour's.
    as(Actor.PROVINCE_OFFICER, Side.OWN)
        .body(
            ("{\"indicatorCode\":\"CRAFT_VILLAGES\",\"year\":2025,\"communeCode\":\"%s\","
                    + "\"value\":3}")
                .formatted(OWN_COMMUNE))
        .put(ENTERED, OWN_PROVINCE)
        .then()
        .statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    List<String> seen =
        as(neighbour)
            .queryParam("year", 2025)
            .get(ENTERED, OWN_PROVINCE)
            .then()
            .statusCode(200)
            .extract()
            .path("items.communeCode");
    assertThat(seen).doesNotContain(OWN_COMMUNE);
    List<String> theirs =
        as(Actor.COMMUNE_OFFICER, Side.OWN)
            .queryParam("year", 2025)
            .get(ENTERED, OWN_PROVINCE)
            .then()
            .statusCode(200)
            .extract()
            .path("items.communeCode");
    assertThat(theirs).containsExactly(OWN_COMMUNE);
  }

  // API5: broken function-level authorisation.

  @Test
  void rolesWithoutTheFunctionAreForbiddenAndNothingChanges() {
    String submitted = sides.submittedReport();
    refused(
        r -> r.post(REPORT + "/approve", submitted),
        as(Actor.PROVINCE_OFFICER, Side.OWN),
        403,
        "FORBIDDEN");
    refused(
        r -> r.body("{\"year\":2026,\"period\":\"H1\"}").post(REPORTS, OWN_PROVINCE),
        as(Actor.COMMUNE_OFFICER, Side.OWN),
        403,
        "FORBIDDEN");
    refused(
        r ->
            r.body(
                    "{\"code\":\"PRODUCTS_FAKE\",\"nameVi\":\"Giả\",\"nameEn\":\"Fake\","
                        + "\"measure\":\"CERTIFIED_PRODUCTS\"}")
                .post("/api/plan/v1/indicators"),
        as(Actor.COUNCIL_MEMBER, Side.OWN),
        403,
        "FORBIDDEN");
    refused(
        r -> r.post("/api/plan/v1/facts/rebuild"),
        as(Actor.NATIONAL_OFFICER, Side.OWN),
        403,
        "FORBIDDEN");
    refused(
        r ->
            r.body("{\"title\":\"X\",\"periodStart\":2026,\"periodEnd\":2026}")
                .post(PLANS, OWN_PROVINCE),
        as(Actor.SUBJECT_MEMBER, Side.OWN),
        403,
        "FORBIDDEN");
    refused(
        r -> r.queryParam("year", 2026).get("/api/plan/v1/progress"),
        as(Actor.ADVISOR, Side.OWN),
        403,
        "FORBIDDEN");
    assertThat(PlanSides.status("progress_report", submitted)).isEqualTo("SUBMITTED");
    assertThat(Tables.count("select count(*) from indicator where code = 'PRODUCTS_FAKE'"))
        .isZero();
  }

  // API3: mass assignment.

  @Test
  void serverOwnedFieldsOfANewPlanAreIgnored() {
    String id =
        as(Actor.PROVINCE_OFFICER, Side.OWN)
            .body(
                ("{\"title\":\"Kế hoạch 2028\",\"periodStart\":2028,\"periodEnd\":2028,"
                        + "\"id\":\"00000000-0000-0000-0000-000000000001\",\"status\":\"APPROVED\","
                        + "\"version\":7,\"lineageId\":\"%s\",\"rowVersion\":9,"
                        + "\"currentProvinceCode\":\"%s\",\"decisionNumber\":\"1/QĐ\","
                        + "\"approvedBy\":\"intruder\",\"createdBy\":\"intruder\","
                        + "\"createdAt\":\"2001-01-01T00:00:00Z\",\"admin\":true}")
                    .formatted(sides.foreignPlan, FOREIGN_PROVINCE))
            .post(PLANS, OWN_PROVINCE)
            .then()
            .statusCode(201)
            .body("status", equalTo("DRAFT"))
            .extract()
            .path("id");
    assertThat(id).isNotEqualTo("00000000-0000-0000-0000-000000000001");
    assertThat(
            row(
                "select concat_ws('|', status, version, lineage_id = id, row_version,"
                    + " current_province_code, province_code, coalesce(decision_number, '-'),"
                    + " coalesce(approved_by, '-'), created_by, created_at > now() - interval"
                    + " '5 minutes') from plan where id = cast(? as uuid)",
                id))
        .isEqualTo(
            "DRAFT|1|t|0|%s|%s|-|-|scope.officer.%s|t"
                .formatted(OWN_PROVINCE, OWN_PROVINCE, OWN_PROVINCE));
    assertThat(
            Tables.count(
                "select count(*) from plan where lineage_id = cast(? as uuid)", sides.foreignPlan))
        .isEqualTo(1);

    // An approval records who approved it, not who the body says.
    as(Actor.PROVINCE_OFFICER, Side.OWN)
        .body(
            "{\"decisionNumber\":\"5/QĐ-UBND\",\"decisionDate\":\"2026-01-05\","
                + "\"approvedBy\":\"intruder\",\"status\":\"SUPERSEDED\",\"version\":4}")
        .post(PLAN + "/approve", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("APPROVED"));
    assertThat(
            row(
                "select concat_ws('|', status, version, approved_by) from plan"
                    + " where id = cast(? as uuid)",
                id))
        .isEqualTo("APPROVED|1|scope.officer." + OWN_PROVINCE);
  }

  @Test
  void aReportsStatusFiguresAndProvinceCannotBeSetByItsAuthor() {
    int year = PlanSides.freeReportYear();
    String id =
        as(Actor.PROVINCE_OFFICER, Side.OWN)
            .body(
                ("{\"year\":%d,\"period\":\"FY\",\"status\":\"APPROVED\",\"revision\":3,"
                        + "\"provinceCode\":\"%s\",\"submittedBy\":\"intruder\","
                        + "\"figures\":[{\"indicatorCode\":\"PRODUCTS_3STAR_PLUS\","
                        + "\"actual\":999}]}")
                    .formatted(year, FOREIGN_PROVINCE))
            .post(REPORTS, OWN_PROVINCE)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String figure =
        "select coalesce(actual::text, '-') from progress_report_figure"
            + " where report_id = cast(? as uuid) and indicator_code = 'PRODUCTS_3STAR_PLUS'";
    String actual = row(figure, id);
    assertThat(actual).isNotEqualTo("999");
    assertThat(
            row(
                "select concat_ws('|', status, revision, province_code,"
                    + " coalesce(submitted_by, '-'), (select count(*) from period_lock l where"
                    + " l.province_code = r.province_code and l.year = r.year))"
                    + " from progress_report r where id = cast(? as uuid)",
                id))
        .isEqualTo("DRAFT|0|" + OWN_PROVINCE + "|-|0");

    as(Actor.PROVINCE_OFFICER, Side.OWN)
        .body(
            "{\"version\":0,\"narrative\":\"Tường thuật\",\"status\":\"APPROVED\","
                + "\"figures\":[{\"indicatorCode\":\"PRODUCTS_3STAR_PLUS\",\"actual\":999,"
                + "\"target\":1}],\"decidedBy\":\"intruder\"}")
        .put(REPORT, id)
        .then()
        .statusCode(200)
        .body("status", equalTo("DRAFT"));
    assertThat(row(figure, id)).isEqualTo(actual);
    assertThat(
            row(
                "select concat_ws('|', status, narrative, coalesce(decided_by, '-'))"
                    + " from progress_report where id = cast(? as uuid)",
                id))
        .isEqualTo("DRAFT|Tường thuật|-");

    // An entered value belongs to the path's province and the caller, whatever the body says.
    as(Actor.PROVINCE_OFFICER, Side.OWN)
        .body(
            "{\"indicatorCode\":\"CRAFT_VILLAGES\",\"year\":2024,\"value\":6,"
                + "\"provinceCode\":\"%s\",\"enteredBy\":\"intruder\",\"version\":5}"
                    .formatted(FOREIGN_PROVINCE))
        .put(ENTERED, OWN_PROVINCE)
        .then()
        .statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    assertThat(
            row(
                "select concat_ws('|', province_code, entered_by, value) from entered_value"
                    + " where indicator_code = 'CRAFT_VILLAGES' and year = 2024"
                    + " and commune_code is null and province_code in (?, ?)",
                OWN_PROVINCE,
                FOREIGN_PROVINCE))
        .isEqualTo(OWN_PROVINCE + "|scope.officer." + OWN_PROVINCE + "|6.00");
  }

  // API4: unrestricted resource consumption.

  @Test
  void pageSizeOverTheCapIsClampedAndThePagerSaysSo() {
    for (String path :
        List.of(
            "/api/plan/v1/indicators",
            "/api/plan/v1/provinces/" + OWN_PROVINCE + "/plans",
            "/api/plan/v1/provinces/" + OWN_PROVINCE + "/reports",
            "/api/plan/v1/reports")) {
      as(TestTokens.admin("scope.admin"))
          .queryParam("pageSize", 100000)
          .get(path)
          .then()
          .statusCode(200)
          .body("pager.pageSize", equalTo(200));
    }
  }

  @Test
  void overLongTextAndHugeArraysAreRefusedNamingTheField() {
    RequestSpecification officer = as(Actor.PROVINCE_OFFICER, Side.OWN);
    refusedField(
        r ->
            r.body(
                    "{\"title\":\"%s\",\"periodStart\":2026,\"periodEnd\":2026}"
                        .formatted("K".repeat(301)))
                .post(PLANS, OWN_PROVINCE),
        officer,
        400,
        "VALIDATION_FAILED",
        "title",
        "Size");
    String target =
        "{\"indicatorCode\":\"PRODUCTS_3STAR_PLUS\",\"year\":2026,\"kind\":\"AT_LEAST\","
            + "\"value\":1}";
    refusedField(
        r ->
            r.body(
                    "{\"title\":\"Kế hoạch\",\"periodStart\":2026,\"periodEnd\":2026,"
                        + "\"targets\":["
                        + String.join(",", Collections.nCopies(2001, target))
                        + "]}")
                .post(PLANS, OWN_PROVINCE),
        as(Actor.PROVINCE_OFFICER, Side.OWN),
        400,
        "VALIDATION_FAILED",
        "targets",
        "Size");
    refusedField(
        r ->
            r.body(
                    "{\"version\":%d,\"narrative\":\"%s\"}"
                        .formatted(
                            sides.rowVersion("progress_report", sides.ownReport),
                            "n".repeat(20_001)))
                .put(REPORT, sides.ownReport),
        as(Actor.PROVINCE_OFFICER, Side.OWN),
        400,
        "VALIDATION_FAILED",
        "narrative",
        "Size");
    String comment = "{\"indicatorCode\":\"PRODUCTS_3STAR_PLUS\",\"comment\":\"c\"}";
    refusedField(
        r ->
            r.body(
                    "{\"version\":%d,\"comments\":[%s]}"
                        .formatted(
                            sides.rowVersion("progress_report", sides.ownReport),
                            String.join(",", Collections.nCopies(501, comment))))
                .put(REPORT, sides.ownReport),
        as(Actor.PROVINCE_OFFICER, Side.OWN),
        400,
        "VALIDATION_FAILED",
        "comments",
        "Size");
    refusedField(
        r ->
            r.body(
                    "{\"indicatorCode\":\"CRAFT_VILLAGES\",\"year\":2026,\"value\":1,"
                        + "\"note\":\"%s\"}".formatted("g".repeat(2001)))
                .put(ENTERED, OWN_PROVINCE),
        as(Actor.PROVINCE_OFFICER, Side.OWN),
        400,
        "VALIDATION_FAILED",
        "note",
        "Size");
    String submitted = sides.submittedReport();
    refusedField(
        r ->
            r.body("{\"reason\":\"%s\"}".formatted("r".repeat(2001)))
                .post(REPORT + "/return", submitted),
        as(Actor.NATIONAL_OFFICER, Side.OWN),
        400,
        "VALIDATION_FAILED",
        "reason",
        "Size");
    refusedField(
        r ->
            r.body(
                    "{\"code\":\"PRODUCTS_HUGE\",\"nameVi\":\"Chỉ tiêu\",\"nameEn\":\"Huge\","
                        + "\"measure\":\"CERTIFIED_PRODUCTS\",\"dossierKinds\":["
                        + String.join(",", Collections.nCopies(100_000, "\"NEW\""))
                        + "]}")
                .post("/api/plan/v1/indicators"),
        as(Actor.ADMIN, Side.OWN),
        400,
        "VALIDATION_FAILED",
        "dossierKinds",
        "Size");
    assertThat(Tables.count("select count(*) from indicator where code = 'PRODUCTS_HUGE'"))
        .isZero();
    assertThat(PlanSides.status("progress_report", submitted)).isEqualTo("SUBMITTED");
  }
}
