package vn.ocop.plan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.ocop.plan.support.PlanData.plan;
import static vn.ocop.plan.support.PlanData.target;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.plan.support.Api;
import vn.ocop.plan.support.PlanData;
import vn.ocop.plan.support.Tokens;

/** The plan service's audit trail: Panache entities written through the API, and the history. */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "plan"))
class PlanAuditTest {
  static final String PROVINCE = "46";
  static final String HISTORY = "/api/plan/v1/audit/{type}/{id}";

  @Inject AgroalDataSource dataSource;

  private List<String[]> entries(String requestId) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "select record_type, record_id, action, actor, operation, province_code,"
                    + " cast(after as text) from audit_entry where request_id = ? order by seq")) {
      select.setString(1, requestId);
      try (ResultSet rows = select.executeQuery()) {
        List<String[]> entries = new ArrayList<>();
        while (rows.next()) {
          String[] row = new String[7];
          for (int i = 0; i < 7; i++) {
            row[i] = rows.getString(i + 1);
          }
          entries.add(row);
        }
        return entries;
      }
    }
  }

  @Test
  void aDraftPlanAndItsTargetsAreAuditedAndItsHistoryIsScoped() throws Exception {
    String requestId = "audit-test-" + UUID.randomUUID();
    String id =
        Api.as(Tokens.provinceOfficer(PROVINCE))
            .contentType("application/json")
            .header("X-Request-Id", requestId)
            .body(
                plan(
                    "Kế hoạch OCOP 2093",
                    2093,
                    2093,
                    List.of(target("PRODUCTS_3STAR_PLUS", 2093, "AT_LEAST", 7))))
            .post(PlanData.PLANS, PROVINCE)
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    List<String[]> entries = entries(requestId);
    String[] planEntry =
        entries.stream().filter(e -> "Plan".equals(e[0])).findFirst().orElseThrow();
    assertThat(planEntry[1]).isEqualTo(id);
    assertThat(planEntry[2]).isEqualTo("CREATE");
    assertThat(planEntry[3]).isEqualTo("can-bo-" + PROVINCE);
    assertThat(planEntry[4]).isEqualTo("POST createPlan");
    assertThat(planEntry[5]).isEqualTo(PROVINCE);
    assertThat(JsonPath.from(planEntry[6]).getString("title")).isEqualTo("Kế hoạch OCOP 2093");
    assertThat(JsonPath.from(planEntry[6]).getString("status")).isEqualTo("DRAFT");
    assertThat(entries)
        .filteredOn(e -> "PlanTarget".equals(e[0]))
        .singleElement()
        .satisfies(e -> assertThat(JsonPath.from(e[6]).getInt("value")).isEqualTo(7));

    Api.as(Tokens.provinceOfficer(PROVINCE))
        .get(HISTORY, "Plan", id)
        .then()
        .statusCode(200)
        .body("pager.total", equalTo(1))
        .body("items[0].operation", equalTo("POST createPlan"))
        .body("items[0].requestId", equalTo(requestId));
    Api.as(Tokens.national()).get(HISTORY, "Plan", id).then().statusCode(200);
    Api.as(Tokens.provinceOfficer("66"))
        .get(HISTORY, "Plan", id)
        .then()
        .statusCode(404)
        .body("code", equalTo("NOT_FOUND"));
    Api.as(Tokens.councilMember(PROVINCE))
        .get(HISTORY, "Plan", id)
        .then()
        .statusCode(403)
        .body("code", equalTo("FORBIDDEN"));

    // Deleting the draft removes its targets too: each removal has its entry, with what it held.
    String deletion = "audit-test-" + UUID.randomUUID();
    Api.as(Tokens.provinceOfficer(PROVINCE))
        .header("X-Request-Id", deletion)
        .delete(PlanData.PLAN, id)
        .then()
        .statusCode(204);
    List<String[]> removed = entries(deletion);
    assertThat(removed)
        .filteredOn(e -> "PlanTarget".equals(e[0]))
        .singleElement()
        .satisfies(e -> assertThat(e[2]).isEqualTo("DELETE"));
    assertThat(removed)
        .filteredOn(e -> "Plan".equals(e[0]))
        .singleElement()
        .satisfies(e -> assertThat(e[2]).isEqualTo("DELETE"));
  }

  @Test
  void aRejectedPlanWritesNoEntry() throws Exception {
    String requestId = "audit-test-" + UUID.randomUUID();
    Api.as(Tokens.provinceOfficer(PROVINCE))
        .contentType("application/json")
        .header("X-Request-Id", requestId)
        .body(Map.of("title", "", "periodStart", 2094, "periodEnd", 2093))
        .post(PlanData.PLANS, PROVINCE)
        .then()
        .statusCode(400);
    assertThat(entries(requestId)).isEmpty();
  }
}
