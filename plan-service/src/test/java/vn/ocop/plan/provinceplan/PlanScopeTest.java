package vn.ocop.plan.provinceplan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.ocop.plan.support.PlanData.PLAN;
import static vn.ocop.plan.support.PlanData.PLANS;
import static vn.ocop.plan.support.PlanData.plan;
import static vn.ocop.plan.support.PlanData.target;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.devstack.TestTokens;
import vn.ocop.plan.support.Api;
import vn.ocop.plan.support.PlanData;
import vn.ocop.plan.support.Tokens;

/**
 * Who may read and write which plans: each role against its own and a foreign province, on every
 * plan endpoint. A foreign plan is 404, a role without the right 403, and a refused write writes
 * nothing.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "plan"))
class PlanScopeTest {
  static final String QUANG_TRI = "44";
  static final String DONG_HOI = "18880";
  static final String DONG_SON = "18871";

  static final String OWN = Tokens.provinceOfficer(QUANG_TRI);
  static final String FOREIGN = Tokens.provinceOfficer("66");
  static final String COMMUNE =
      TestTokens.token(
          "can-bo-xa-dong-hoi",
          Set.of("commune-officer"),
          Map.of("province", QUANG_TRI, "commune", DONG_HOI));
  static final String ADVISOR =
      TestTokens.token("to-tu-van", Set.of("advisor"), Map.of("province", QUANG_TRI));
  static final String SUBJECT = TestTokens.subjectMember("chu-the", QUANG_TRI, UUID.randomUUID());
  static final String COUNCIL = Tokens.councilMember(QUANG_TRI);

  static Map<String, Object> body() {
    Map<String, Object> dongHoi = new HashMap<>(target("PRODUCTS_3STAR_PLUS", 2071, "AT_LEAST", 2));
    dongHoi.put("communeCode", DONG_HOI);
    Map<String, Object> dongSon = new HashMap<>(target("PRODUCTS_3STAR_PLUS", 2071, "AT_LEAST", 3));
    dongSon.put("communeCode", DONG_SON);
    return plan(
        "Kế hoạch Quảng Trị 2071",
        2071,
        2071,
        List.of(target("PRODUCTS_3STAR_PLUS", 2071, "AT_LEAST", 20), dongHoi, dongSon));
  }

  @Test
  void readersSeeTheirProvincesPlansAndAForeignPlanIsNotFound() {
    String id = PlanData.approved(QUANG_TRI, body());
    Map<String, Integer> expected =
        Map.of(
            OWN,
            200,
            Tokens.national(),
            200,
            Tokens.admin(),
            200,
            COMMUNE,
            200,
            FOREIGN,
            404,
            COUNCIL,
            403,
            ADVISOR,
            403,
            SUBJECT,
            403);
    List<Function<RequestSpecification, Response>> reads =
        List.of(
            r -> r.get(PLAN, id), r -> r.get(PLAN + "/versions", id), r -> r.get(PLANS, QUANG_TRI));
    expected.forEach(
        (token, status) -> {
          for (Function<RequestSpecification, Response> read : reads) {
            Response response = read.apply(Api.as(token));
            assertThat(response.statusCode()).isEqualTo(status);
            if (status >= 400) {
              assertThat(response.contentType()).startsWith("application/problem+json");
              assertThat(response.jsonPath().getString("code"))
                  .isEqualTo(status == 404 ? "NOT_FOUND" : "FORBIDDEN");
            }
          }
        });
    for (Function<RequestSpecification, Response> read : reads) {
      assertThat(read.apply(given()).statusCode()).isEqualTo(401);
    }
  }

  @Test
  void aCommuneOfficerSeesOnlyTheTargetsOfTheirCommune() {
    String id = PlanData.approved(QUANG_TRI, body());

    List<Map<String, Object>> targets =
        Api.as(COMMUNE)
            .get(PLAN, id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("targets");
    assertThat(targets).extracting(t -> t.get("communeCode")).containsExactly(DONG_HOI);
    List<Map<String, Object>> changes =
        Api.as(COMMUNE)
            .get(PLAN + "/versions", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("versions[0].changes");
    assertThat(changes).extracting(c -> c.get("communeCode")).containsExactly(DONG_HOI);
    // The province officer sees all three.
    Api.as(OWN).get(PLAN, id).then().body("targets.size()", equalTo(3));
  }

  @Test
  void onlyTheProvincesOfficersAndAdminsWritePlansAndARefusedWriteWritesNothing() {
    String draft = PlanData.create(QUANG_TRI, body()).getString("id");
    String approved = PlanData.approved(QUANG_TRI, body());
    Map<String, Object> update =
        Map.of(
            "title",
            "Đổi",
            "periodStart",
            2071,
            "periodEnd",
            2071,
            "rowVersion",
            0,
            "targets",
            List.of());
    Map<String, Object> decision =
        Map.of("decisionNumber", "5/QĐ-UBND", "decisionDate", "2026-05-05");
    List<Function<RequestSpecification, Response>> writes =
        List.of(
            r -> r.contentType("application/json").body(body()).post(PLANS, QUANG_TRI),
            r -> r.contentType("application/json").body(update).put(PLAN, draft),
            r -> r.contentType("application/json").body(decision).post(PLAN + "/approve", draft),
            r -> r.post(PLAN + "/amendments", approved),
            r -> r.delete(PLAN, draft));
    Map<String, Integer> refused =
        Map.of(
            FOREIGN,
            404,
            Tokens.national(),
            403,
            COMMUNE,
            403,
            COUNCIL,
            403,
            ADVISOR,
            403,
            SUBJECT,
            403);
    long before = PlanData.planRows();
    refused.forEach(
        (token, status) -> {
          for (Function<RequestSpecification, Response> write : writes) {
            Response response = write.apply(Api.as(token));
            assertThat(response.statusCode()).isEqualTo(status);
            assertThat(response.jsonPath().getString("code"))
                .isEqualTo(status == 404 ? "NOT_FOUND" : "FORBIDDEN");
          }
        });
    for (Function<RequestSpecification, Response> write : writes) {
      assertThat(write.apply(given()).statusCode()).isEqualTo(401);
    }
    assertThat(PlanData.planRows()).isEqualTo(before);

    // The province's officer does each of them; an admin writes in any province.
    assertThat(writes.get(0).apply(Api.as(OWN)).statusCode()).isEqualTo(201);
    assertThat(writes.get(1).apply(Api.as(OWN)).statusCode()).isEqualTo(200);
    assertThat(writes.get(3).apply(Api.as(Tokens.admin())).statusCode()).isEqualTo(201);
    assertThat(writes.get(2).apply(Api.as(Tokens.admin())).statusCode()).isEqualTo(200);
    Api.as(Tokens.admin())
        .contentType("application/json")
        .body(plan("Lâm Đồng", 2071, 2071, List.of(target("PRODUCTS_3STAR", 2071, "AT_LEAST", 1))))
        .post(PLANS, "68")
        .then()
        .statusCode(201)
        .body("provinceCode", equalTo("68"))
        .body("createdBy", equalTo("quan-tri"));
  }

  @Test
  void aMalformedPlanIdIsNotFound() {
    Api.as(OWN).get(PLAN, "not-a-uuid").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    Api.as(OWN)
        .get(PLAN, UUID.randomUUID())
        .then()
        .statusCode(404)
        .body("code", equalTo("NOT_FOUND"));
  }
}
