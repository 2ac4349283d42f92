package vn.ocop.plan.provinceplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.ocop.plan.support.PlanData.PLAN;
import static vn.ocop.plan.support.PlanData.PLANS;
import static vn.ocop.plan.support.PlanData.plan;
import static vn.ocop.plan.support.PlanData.target;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.plan.support.Api;
import vn.ocop.plan.support.PlanData;
import vn.ocop.plan.support.Tables;
import vn.ocop.plan.support.Tokens;

/** Every refused plan request names its field and rule, and writes nothing. */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "plan"))
class PlanBadInputTest {
  static final String LANG_SON = "20";
  static final String OFFICER = Tokens.provinceOfficer(LANG_SON);

  record Case(String name, Object body, int status, String code, String field, String rule) {}

  static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
    Map<String, Object> copy = new HashMap<>(base);
    copy.put(key, value);
    return copy;
  }

  static Map<String, Object> withTarget(Map<String, Object> target, String key, Object value) {
    Map<String, Object> copy = new HashMap<>(target);
    copy.put(key, value);
    return copy;
  }

  static Map<String, Object> oneTarget(Map<String, Object> target) {
    return plan("Kế hoạch sai", 2066, 2070, List.of(target));
  }

  @Test
  void aPlanThatBreaksARuleIsRefusedNamingFieldAndRuleAndNothingIsWritten() {
    Map<String, Object> good = target("PRODUCTS_3STAR_PLUS", 2069, "AT_LEAST", 5);
    List<Case> cases =
        List.of(
            new Case(
                "period out of order",
                plan("Sai", 2070, 2066, List.of()),
                400,
                "VALIDATION_FAILED",
                "periodEnd",
                "NotBeforePeriodStart"),
            new Case(
                "period over ten years",
                plan("Sai", 2061, 2071, List.of()),
                400,
                "VALIDATION_FAILED",
                "periodEnd",
                "MaxPeriodYears"),
            new Case(
                "year outside the period",
                oneTarget(withTarget(good, "year", 2071)),
                400,
                "VALIDATION_FAILED",
                "targets[0].year",
                "WithinPeriod"),
            new Case(
                "negative value",
                oneTarget(withTarget(good, "value", -1)),
                400,
                "VALIDATION_FAILED",
                "targets[0].value",
                "DecimalMin"),
            new Case(
                "fractional count",
                oneTarget(withTarget(good, "value", 12.5)),
                400,
                "VALIDATION_FAILED",
                "targets[0].value",
                "Integer"),
            new Case(
                "whole period per year",
                oneTarget(withTarget(withTarget(good, "year", null), "accumulation", "PER_YEAR")),
                400,
                "VALIDATION_FAILED",
                "targets[0].accumulation",
                "CumulativeWithoutYear"),
            new Case(
                "duplicate cell",
                plan("Sai", 2066, 2070, List.of(good, withTarget(good, "value", 6))),
                400,
                "VALIDATION_FAILED",
                "targets[1]",
                "UniqueCell"),
            new Case(
                "malformed commune code",
                oneTarget(withTarget(good, "communeCode", "abc")),
                400,
                "VALIDATION_FAILED",
                "targets[0].communeCode",
                "Pattern"),
            new Case(
                "unknown map",
                with(plan("Sai", 2066, 2070, List.of()), "mapVersion", "2024-01"),
                400,
                "VALIDATION_FAILED",
                "mapVersion",
                "Pattern"),
            new Case(
                "unknown kind",
                oneTarget(withTarget(good, "kind", "ABOUT")),
                400,
                "MALFORMED_REQUEST",
                "targets[0].kind",
                "type"),
            new Case(
                "unknown indicator",
                oneTarget(withTarget(good, "indicatorCode", "NEW_SALES_POINTS")),
                422,
                "UNPROCESSABLE",
                "targets[0].indicatorCode",
                "exists"),
            new Case(
                "unknown commune",
                oneTarget(withTarget(good, "communeCode", "99999")),
                422,
                "UNPROCESSABLE",
                "targets[0].communeCode",
                "exists"),
            new Case(
                "commune of another province",
                oneTarget(withTarget(good, "communeCode", "00004")),
                422,
                "UNPROCESSABLE",
                "targets[0].communeCode",
                "InProvince"),
            new Case(
                "unknown pre-merger province",
                with(
                    with(plan("Sai", 2021, 2025, List.of()), "mapVersion", "2025-03"),
                    "planProvinceCode",
                    "99"),
                422,
                "UNPROCESSABLE",
                "planProvinceCode",
                "exists"),
            new Case(
                "pre-merger province of another successor",
                with(
                    with(plan("Sai", 2021, 2025, List.of()), "mapVersion", "2025-03"),
                    "planProvinceCode",
                    "54"),
                422,
                "UNPROCESSABLE",
                "planProvinceCode",
                "SucceededBy"),
            new Case(
                "another province on the current map",
                with(plan("Sai", 2066, 2070, List.of()), "planProvinceCode", "42"),
                422,
                "UNPROCESSABLE",
                "planProvinceCode",
                "SameProvince"));

    long before = PlanData.planRows();
    for (Case c : cases) {
      Api.as(OFFICER)
          .contentType("application/json")
          .body(c.body())
          .post(PLANS, LANG_SON)
          .then()
          .statusCode(c.status())
          .contentType("application/problem+json")
          .body("code", equalTo(c.code()))
          .body("errors", hasSize(1))
          .body("errors[0].field", equalTo(c.field()))
          .body("errors[0].rule", equalTo(c.rule()));
      assertThat(PlanData.planRows()).as(c.name()).isEqualTo(before);
    }
  }

  @Test
  void everyBrokenRuleOfOneRequestIsNamedAtOnce() {
    long before = PlanData.planRows();
    List<Map<String, Object>> errors =
        Api.as(OFFICER)
            .contentType("application/json")
            .body("{}")
            .post(PLANS, LANG_SON)
            .then()
            .statusCode(400)
            .body("code", equalTo("VALIDATION_FAILED"))
            .extract()
            .jsonPath()
            .getList("errors");
    assertThat(errors)
        .extracting(e -> e.get("field") + ":" + e.get("rule"))
        .containsExactly("periodEnd:NotNull", "periodStart:NotNull", "title:NotBlank");

    List<Map<String, Object>> targets = new ArrayList<>();
    targets.add(target("PRODUCTS_3STAR_PLUS", 2080, "AT_LEAST", 5));
    targets.add(target("PRODUCTS_4STAR", 2069, "AT_LEAST", 1.5));
    errors =
        Api.as(OFFICER)
            .contentType("application/json")
            .body(plan("Hai lỗi", 2066, 2070, targets))
            .post(PLANS, LANG_SON)
            .then()
            .statusCode(400)
            .extract()
            .jsonPath()
            .getList("errors");
    assertThat(errors)
        .extracting(e -> e.get("field") + ":" + e.get("rule"))
        .containsExactly("targets[0].year:WithinPeriod", "targets[1].value:Integer");
    Api.as(OFFICER)
        .contentType("application/json")
        .body("{\"title\":\"x\",\"periodStart\":")
        .post(PLANS, LANG_SON)
        .then()
        .statusCode(400)
        .body("code", equalTo("MALFORMED_REQUEST"))
        .body("errors[0].rule", equalTo("syntax"));
    Api.as(Tokens.admin())
        .contentType("application/json")
        .body(plan("Tỉnh không có", 2066, 2070, List.of()))
        .post(PLANS, "99")
        .then()
        .statusCode(404)
        .body("code", equalTo("NOT_FOUND"));
    assertThat(PlanData.planRows()).isEqualTo(before);
  }

  @Test
  void aPercentTargetOverAHundredIsRefused() {
    // SHARE_4STAR_PLUS is a ratio of the catalogue: its targets are percentages.
    long before = PlanData.planRows();
    Api.as(OFFICER)
        .contentType("application/json")
        .body(oneTarget(target("SHARE_4STAR_PLUS", 2066, "AT_LEAST", 100.5)))
        .post(PLANS, LANG_SON)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("targets[0].value"))
        .body("errors[0].rule", equalTo("Max"));
    assertThat(PlanData.planRows()).isEqualTo(before);
    // 40.5 % is a fine share.
    String id =
        PlanData.create(LANG_SON, oneTarget(target("SHARE_4STAR_PLUS", 2066, "AT_LEAST", 40.5)))
            .getString("id");
    Api.as(OFFICER).delete(PLAN, id).then().statusCode(204);
  }

  @Test
  void aTargetOfALockedYearIsRefusedOnANewPlan() {
    PlanData.lock(LANG_SON, 2067);
    long before = PlanData.planRows();

    Api.as(OFFICER)
        .contentType("application/json")
        .body(
            plan(
                "Năm đã khóa",
                2066,
                2070,
                List.of(
                    target("PRODUCTS_3STAR_PLUS", 2066, "AT_LEAST", 5),
                    target("PRODUCTS_3STAR_PLUS", 2067, "AT_LEAST", 5))))
        .post(PLANS, LANG_SON)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("code", equalTo("PERIOD_LOCKED"))
        .body("errors[0].field", equalTo("targets[1].year"))
        .body("errors[0].rule", equalTo("PeriodOpen"));
    assertThat(PlanData.planRows()).isEqualTo(before);
  }

  @Test
  void anAmendmentMayNotAddChangeOrRemoveATargetOfALockedYear() {
    Map<String, Object> locked = target("PRODUCTS_3STAR_PLUS", 2068, "AT_LEAST", 8);
    Map<String, Object> open = target("PRODUCTS_3STAR_PLUS", 2069, "AT_LEAST", 9);
    String v1 =
        PlanData.approved(
            LANG_SON, plan("Kế hoạch có năm khóa", 2066, 2070, List.of(locked, open)));
    PlanData.lock(LANG_SON, 2068);
    String v2 =
        Api.as(OFFICER).post(PLAN + "/amendments", v1).then().statusCode(201).extract().path("id");

    record Change(String name, List<Map<String, Object>> targets, String field) {}
    List<Change> refused =
        List.of(
            new Change("change", List.of(withTarget(locked, "value", 10), open), "targets[0].year"),
            new Change("remove", List.of(open), "targets"),
            new Change(
                "add",
                List.of(locked, open, target("PRODUCTS_4STAR", 2068, "AT_LEAST", 1)),
                "targets[2].year"),
            new Change(
                "change kind",
                List.of(withTarget(locked, "kind", "AT_MOST"), open),
                "targets[0].year"));
    long before = PlanData.planRows();
    for (Change change : refused) {
      Api.as(OFFICER)
          .contentType("application/json")
          .body(
              Map.of(
                  "title",
                  "Điều chỉnh",
                  "periodStart",
                  2066,
                  "periodEnd",
                  2070,
                  "rowVersion",
                  0,
                  "targets",
                  change.targets()))
          .put(PLAN, v2)
          .then()
          .statusCode(409)
          .body("code", equalTo("PERIOD_LOCKED"))
          .body("errors[0].field", equalTo(change.field()));
      assertThat(PlanData.planRows()).as(change.name()).isEqualTo(before);
    }
    assertThat(
            Tables.count(
                "select count(*) from plan where id = ?::uuid and title = 'Kế hoạch có năm khóa' and row_version = 0",
                v2))
        .isEqualTo(1);

    // The open year may change, the note of a locked one too: it is not a figure.
    Api.as(OFFICER)
        .contentType("application/json")
        .body(
            Map.of(
                "title",
                "Điều chỉnh",
                "periodStart",
                2066,
                "periodEnd",
                2070,
                "rowVersion",
                0,
                "targets",
                List.of(withTarget(locked, "note", "Đã báo cáo"), withTarget(open, "value", 11))))
        .put(PLAN, v2)
        .then()
        .statusCode(200)
        .body("targets.find { it.year == 2069 }.value", equalTo(11));
  }

  @Test
  void approvalChecksTheLocksAgainAndAMissingDecisionIsRefused() {
    String id =
        PlanData.create(
                LANG_SON,
                plan(
                    "Duyệt sau khi khóa",
                    2066,
                    2070,
                    List.of(target("PRODUCTS_5STAR", 2070, "AT_LEAST", 1))))
            .getString("id");

    List<Map<String, Object>> errors =
        Api.as(OFFICER)
            .contentType("application/json")
            .body("{}")
            .post(PLAN + "/approve", id)
            .then()
            .statusCode(400)
            .body("code", equalTo("VALIDATION_FAILED"))
            .extract()
            .jsonPath()
            .getList("errors");
    assertThat(errors)
        .extracting(e -> e.get("field") + ":" + e.get("rule"))
        .containsExactly("decisionDate:NotNull", "decisionNumber:NotBlank");
    Api.as(OFFICER)
        .contentType("application/json")
        .body(Map.of("decisionNumber", "9/QĐ-UBND", "decisionDate", "2999-01-01"))
        .post(PLAN + "/approve", id)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("decisionDate"))
        .body("errors[0].rule", equalTo("PastOrPresent"));

    PlanData.lock(LANG_SON, 2070);
    Api.as(OFFICER)
        .contentType("application/json")
        .body(Map.of("decisionNumber", "9/QĐ-UBND", "decisionDate", "2026-03-01"))
        .post(PLAN + "/approve", id)
        .then()
        .statusCode(409)
        .body("code", equalTo("PERIOD_LOCKED"));

    assertThat(
            Tables.count(
                "select count(*) from plan where id = ?::uuid and status = 'DRAFT' and decision_number is null",
                id))
        .isEqualTo(1);
    assertThat(Tables.count("select count(*) from outbox_event where message_key = ?", id))
        .isZero();
  }

  @Test
  void aDraftChangedWithBadInputKeepsWhatItHad() {
    String id =
        PlanData.create(
                LANG_SON,
                plan(
                    "Nháp giữ nguyên",
                    2066,
                    2070,
                    List.of(target("PRODUCTS_4STAR", 2066, "AT_LEAST", 2))))
            .getString("id");
    long before = PlanData.planRows();
    Api.as(OFFICER)
        .contentType("application/json")
        .body(
            Map.of(
                "title",
                "Sửa sai",
                "periodStart",
                2066,
                "periodEnd",
                2070,
                "rowVersion",
                0,
                "targets",
                List.of(target("NO_SUCH_INDICATOR", 2066, "AT_LEAST", 2))))
        .put(PLAN, id)
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("targets[0].indicatorCode"));
    assertThat(PlanData.planRows()).isEqualTo(before);
    assertThat(
            Tables.count(
                "select count(*) from plan_target t join plan p on p.id = t.plan_id where p.id = ?::uuid"
                    + " and p.title = 'Nháp giữ nguyên' and t.indicator_code = 'PRODUCTS_4STAR'",
                id))
        .isEqualTo(1);
  }
}
