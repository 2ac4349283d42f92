package vn.ocop.plan.access;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.devstack.scope.Actor.ADMIN;
import static vn.ocop.devstack.scope.Actor.ADVISOR;
import static vn.ocop.devstack.scope.Actor.COMMUNE_OFFICER;
import static vn.ocop.devstack.scope.Actor.COUNCIL_MEMBER;
import static vn.ocop.devstack.scope.Actor.NATIONAL_OFFICER;
import static vn.ocop.devstack.scope.Actor.PROVINCE_OFFICER;
import static vn.ocop.devstack.scope.Actor.SUBJECT_MEMBER;
import static vn.ocop.plan.access.PlanSides.OWN_COMMUNE;
import static vn.ocop.plan.access.PlanSides.OWN_PROVINCE;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.devstack.scope.Actor;
import vn.ocop.devstack.scope.Call;
import vn.ocop.devstack.scope.ScopeMatrix;
import vn.ocop.devstack.scope.ScopeRule;

/**
 * Every operation of the plan service's OpenAPI document × every role × own and foreign province,
 * sent for real (see {@link ScopeMatrix}). The rules say what the service should allow: the
 * catalogue is for every signed-in role; a province's plans, entered values and progress for its
 * officers (commune officers: their commune's share) and the national office; its reports for its
 * province officers, drafted by them and decided by the national office; the national views for
 * national roles; the catalogue's additions and the rebuild of the facts for admins. Council
 * members, advisors and subject members have no plan data. A new operation without a rule fails
 * this test.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "plan"))
class ScopeMatrixTest {
  private static final Actor[] SIGNED_IN = {
    ADMIN,
    NATIONAL_OFFICER,
    PROVINCE_OFFICER,
    COMMUNE_OFFICER,
    COUNCIL_MEMBER,
    ADVISOR,
    SUBJECT_MEMBER
  };

  /** Who reads a province's plans, entered values and commune progress. */
  private static final Actor[] PLAN_READERS = {
    ADMIN, NATIONAL_OFFICER, PROVINCE_OFFICER, COMMUNE_OFFICER
  };

  /** Who reads the province-wide figures: actuals, progress, reports. */
  private static final Actor[] PROVINCE_READERS = {ADMIN, NATIONAL_OFFICER, PROVINCE_OFFICER};

  /** Who writes a province's plans, entered values and reports: its officers and admins. */
  private static final Actor[] PROVINCE_WRITERS = {ADMIN, PROVINCE_OFFICER};

  private static final Actor[] NATIONAL = {ADMIN, NATIONAL_OFFICER};

  @Test
  void everyOperationAnswersEveryRoleOnItsOwnAndAForeignProvinceAsItsRuleSays() {
    PlanSides sides = PlanSides.create();
    List<ScopeMatrix.Cell> cells =
        new ScopeMatrix(
                "plan-service", URI.create("http://localhost:" + RestAssured.port), sides::token)
            // The indicator catalogue.
            .rule(ScopeRule.allow("listIndicators", SIGNED_IN))
            .rule(
                ScopeRule.allow("getIndicator", SIGNED_IN)
                    .call(() -> Call.of().path("code", "PRODUCTS_3STAR_PLUS")))
            .rule(
                // An indicator that exists: the admin's call passes authorisation (409) without
                // growing the catalogue other tests count (IndicatorCatalogueTest covers success).
                ScopeRule.allow("createIndicator", ADMIN)
                    .call(
                        () ->
                            Call.of()
                                .json(
                                    "{\"code\":\"PRODUCTS_3STAR_PLUS\",\"nameVi\":\"Trùng mã\","
                                        + "\"nameEn\":\"Same code\","
                                        + "\"measure\":\"CERTIFIED_PRODUCTS\"}")))
            .rule(ScopeRule.allow("rebuildFacts", ADMIN))
            // Entered values.
            .rule(
                ScopeRule.allow("enterValue", PROVINCE_WRITERS)
                    .scoped()
                    .call(
                        () ->
                            Call.of()
                                .path("provinceCode", OWN_PROVINCE)
                                .json(
                                    ("{\"indicatorCode\":\"CRAFT_VILLAGES\",\"year\":2026,"
                                            + "\"communeCode\":\"%s\",\"value\":4,"
                                            + "\"note\":\"Làng nghề đá mỹ nghệ Non Nước\"}")
                                        .formatted(OWN_COMMUNE))))
            .rule(
                ScopeRule.allow("listEnteredValues", PLAN_READERS)
                    .scoped()
                    .call(() -> Call.of().path("provinceCode", OWN_PROVINCE).query("year=2026")))
            // Plans.
            .rule(
                ScopeRule.allow("createPlan", PROVINCE_WRITERS)
                    .scoped()
                    .call(
                        () ->
                            Call.of()
                                .path("provinceCode", OWN_PROVINCE)
                                .json(
                                    "{\"title\":\"Kế hoạch OCOP 2027\",\"periodStart\":2027,"
                                        + "\"periodEnd\":2027,\"targets\":[{\"indicatorCode\":"
                                        + "\"PRODUCTS_3STAR_PLUS\",\"year\":2027,"
                                        + "\"kind\":\"AT_LEAST\",\"value\":12}]}")))
            .rule(
                ScopeRule.allow("listPlans", PLAN_READERS)
                    .scoped()
                    .call(() -> Call.of().path("provinceCode", OWN_PROVINCE)))
            .rule(
                ScopeRule.allow("getPlan", PLAN_READERS)
                    .scoped()
                    .call(() -> Call.of().path("planId", sides.ownPlan)))
            .rule(
                ScopeRule.allow("listPlanVersions", PLAN_READERS)
                    .scoped()
                    .call(() -> Call.of().path("planId", sides.ownPlan)))
            .rule(
                ScopeRule.allow("updatePlan", PROVINCE_WRITERS)
                    .scoped()
                    .fresh()
                    .call(
                        () -> {
                          String plan = sides.draftPlan();
                          return Call.of()
                              .path("planId", plan)
                              .json(
                                  ("{\"title\":\"Dự thảo kế hoạch (sửa)\",\"periodStart\":2026,"
                                          + "\"periodEnd\":2030,\"targets\":[{\"indicatorCode\":"
                                          + "\"PRODUCTS_3STAR_PLUS\",\"year\":2026,"
                                          + "\"kind\":\"AT_LEAST\",\"value\":45}],"
                                          + "\"rowVersion\":%d}")
                                      .formatted(sides.rowVersion("plan", plan)));
                        }))
            .rule(
                ScopeRule.allow("deletePlan", PROVINCE_WRITERS)
                    .scoped()
                    .fresh()
                    .call(() -> Call.of().path("planId", sides.draftPlan())))
            .rule(
                ScopeRule.allow("approvePlan", PROVINCE_WRITERS)
                    .scoped()
                    .fresh()
                    .call(
                        () ->
                            Call.of()
                                .path("planId", sides.draftPlan())
                                .json(
                                    "{\"decisionNumber\":\"88/QĐ-UBND\","
                                        + "\"decisionDate\":\"2026-01-20\"}")))
            .rule(
                ScopeRule.allow("amendPlan", PROVINCE_WRITERS)
                    .scoped()
                    .fresh()
                    .call(() -> Call.of().path("planId", sides.amendablePlan())))
            // Actuals and progress.
            .rule(
                ScopeRule.allow("getProvinceActuals", PROVINCE_READERS)
                    .scoped()
                    .call(() -> Call.of().path("provinceCode", OWN_PROVINCE).query("year=2026")))
            .rule(ScopeRule.allow("getNationalActuals", NATIONAL))
            .rule(ScopeRule.allow("getNationalProgress", NATIONAL))
            .rule(
                ScopeRule.allow("getProvinceProgress", PROVINCE_READERS)
                    .scoped()
                    .call(() -> Call.of().path("provinceCode", OWN_PROVINCE).query("year=2026")))
            .rule(
                ScopeRule.allow("getCommuneProgress", PLAN_READERS)
                    .scoped()
                    .call(
                        () ->
                            Call.of()
                                .path("provinceCode", OWN_PROVINCE)
                                .path("communeCode", OWN_COMMUNE)
                                .query("year=2026")))
            .rule(
                ScopeRule.allow("listProgressItems", PLAN_READERS)
                    .scoped()
                    .call(
                        () ->
                            Call.of()
                                .path("provinceCode", OWN_PROVINCE)
                                .query("indicatorCode=PRODUCTS_3STAR_PLUS&year=2026")))
            .rule(ScopeRule.allow("getNationalProgressSeries", NATIONAL))
            .rule(
                ScopeRule.allow("getProvinceProgressSeries", PROVINCE_READERS)
                    .scoped()
                    .call(() -> Call.of().path("provinceCode", OWN_PROVINCE)))
            .rule(
                ScopeRule.allow("exportNationalProgress", NATIONAL)
                    .call(() -> Call.of().query("year=2026&format=csv")))
            .rule(
                ScopeRule.allow("exportProvinceProgress", PROVINCE_READERS)
                    .scoped()
                    .call(
                        () ->
                            Call.of()
                                .path("provinceCode", OWN_PROVINCE)
                                .query("year=2026&format=csv")))
            .rule(
                ScopeRule.allow("getNationalProgressChart", NATIONAL)
                    .call(() -> Call.of().query("year=2026&indicatorCode=PRODUCTS_3STAR_PLUS")))
            // Progress reports: drafted by the province, decided by the national office.
            .rule(
                ScopeRule.allow("createReport", PROVINCE_WRITERS)
                    .scoped()
                    .fresh()
                    .call(
                        () ->
                            Call.of()
                                .path("provinceCode", OWN_PROVINCE)
                                .json(
                                    "{\"year\":%d,\"period\":\"FY\",\"narrative\":\"Báo cáo năm\"}"
                                        .formatted(PlanSides.freeReportYear()))))
            .rule(
                ScopeRule.allow("listReports", PROVINCE_READERS)
                    .scoped()
                    .call(() -> Call.of().path("provinceCode", OWN_PROVINCE)))
            .rule(
                ScopeRule.allow("listAllReports", NATIONAL)
                    .call(() -> Call.of().query("provinceCode=" + OWN_PROVINCE)))
            .rule(
                ScopeRule.allow("getReport", PROVINCE_READERS)
                    .scoped()
                    .call(() -> Call.of().path("reportId", sides.ownReport)))
            .rule(
                ScopeRule.allow("exportReport", PROVINCE_READERS)
                    .scoped()
                    .call(() -> Call.of().path("reportId", sides.ownReport).query("format=csv")))
            .rule(
                ScopeRule.allow("updateReport", PROVINCE_WRITERS)
                    .scoped()
                    .fresh()
                    .call(
                        () ->
                            Call.of()
                                .path("reportId", sides.ownReport)
                                .json(
                                    "{\"version\":%d,\"narrative\":\"Đã tổ chức 2 đợt đánh giá.\"}"
                                        .formatted(
                                            sides.rowVersion("progress_report", sides.ownReport)))))
            .rule(
                ScopeRule.allow("refreshReportFigures", PROVINCE_WRITERS)
                    .scoped()
                    .call(() -> Call.of().path("reportId", sides.ownReport)))
            .rule(
                ScopeRule.allow("submitReport", PROVINCE_WRITERS)
                    .scoped()
                    .fresh()
                    .call(() -> Call.of().path("reportId", sides.draftReport())))
            .rule(
                ScopeRule.allow("approveReport", NATIONAL)
                    .fresh()
                    .call(() -> Call.of().path("reportId", sides.submittedReport())))
            .rule(
                ScopeRule.allow("returnReport", NATIONAL)
                    .fresh()
                    .call(
                        () ->
                            Call.of()
                                .path("reportId", sides.submittedReport())
                                .json("{\"reason\":\"Bổ sung giải trình chỉ tiêu 4 sao.\"}")))
            // --- Audit: auditors (national roles) read every history, a province its own. ---
            .rule(
                ScopeRule.allow("getPlanRecordHistory", PROVINCE_READERS)
                    .scoped()
                    .call(
                        () -> Call.of().path("recordType", "Plan").path("recordId", sides.ownPlan)))
            .rule(ScopeRule.allow("verifyPlanAuditChain", NATIONAL))
            .run();

    assertThat(cells).isNotEmpty().noneMatch(ScopeMatrix.Cell::failed);
    // The foreign province's plan was never touched by the refused writes.
    assertThat(PlanSides.status("plan", sides.foreignPlan)).isEqualTo("APPROVED");
  }
}
