package vn.ocop.plan.provinceplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static vn.ocop.plan.support.PlanData.PLAN;
import static vn.ocop.plan.support.PlanData.PLANS;
import static vn.ocop.plan.support.PlanData.plan;
import static vn.ocop.plan.support.PlanData.target;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.devstack.TestKafka;
import vn.ocop.plan.support.Api;
import vn.ocop.plan.support.PlanData;
import vn.ocop.plan.support.Tables;
import vn.ocop.plan.support.Tokens;

/** A plan's versions: drafted, changed, approved, amended, superseded; and its events. */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "plan"))
class PlanLifecycleTest {
  static final String KHANH_HOA = "56";
  static final String OFFICER = Tokens.provinceOfficer(KHANH_HOA);

  static Map<String, Object> period(String title) {
    return plan(
        title,
        2061,
        2065,
        List.of(
            target("PRODUCTS_3STAR_PLUS", 2061, "AT_LEAST", 10),
            target("PRODUCTS_5STAR", 2062, "AT_LEAST", 5),
            target("PRODUCTS_3STAR_PLUS", null, "AT_LEAST", 40)));
  }

  @Test
  void aNewPlanIsADraftVersionOneWithItsTargetsAndTheirDefaults() {
    Response created =
        Api.as(OFFICER)
            .contentType("application/json")
            .body(period("Kế hoạch OCOP Khánh Hòa 2061–2065"))
            .post(PLANS, KHANH_HOA);
    created
        .then()
        .statusCode(201)
        .header("ETag", equalTo("\"0\""))
        .body("version", equalTo(1))
        .body("status", equalTo("DRAFT"))
        .body("mapVersion", equalTo("2025-07"))
        .body("planProvinceCode", equalTo(KHANH_HOA))
        .body("provinceCode", equalTo(KHANH_HOA))
        .body("periodStart", equalTo(2061))
        .body("periodEnd", equalTo(2065))
        .body("supersedesPlanId", nullValue())
        .body("createdBy", equalTo("can-bo-56"))
        .body("targets", hasSize(3));
    JsonPath body = created.jsonPath();
    String id = body.getString("id");
    assertThat(body.getString("lineageId")).isEqualTo(id);
    assertThat(created.header("Location")).endsWith("/api/plan/v1/plans/" + id);
    assertThat(body.getList("targets", Map.class))
        .extracting(
            t ->
                t.get("indicatorCode")
                    + "/"
                    + t.get("year")
                    + "/"
                    + t.get("accumulation")
                    + "/"
                    + t.get("value"))
        .containsExactly(
            "PRODUCTS_3STAR_PLUS/2061/PER_YEAR/10",
            "PRODUCTS_3STAR_PLUS/null/CUMULATIVE/40",
            "PRODUCTS_5STAR/2062/PER_YEAR/5");

    Api.as(OFFICER).get(PLAN, id).then().statusCode(200).body("targets", hasSize(3));
    assertThat(
            Tables.count("select count(*) from plan where id = ?::uuid and status = 'DRAFT'", id))
        .isEqualTo(1);
    // A draft is never in force: nothing is published.
    assertThat(Tables.count("select count(*) from outbox_event where message_key = ?", id))
        .isZero();
  }

  @Test
  void aDraftIsChangedWithTheRowVersionReadAndAStaleOneIsRefused() {
    String id = PlanData.create(KHANH_HOA, period("Bản nháp")).getString("id");
    Map<String, Object> change =
        Map.of(
            "title",
            "Bản nháp đã sửa",
            "periodStart",
            2061,
            "periodEnd",
            2063,
            "rowVersion",
            0,
            "targets",
            List.of(target("PRODUCTS_4STAR", 2063, "AT_MOST", 7)));

    Api.as(OFFICER)
        .contentType("application/json")
        .body(change)
        .put(PLAN, id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("title", equalTo("Bản nháp đã sửa"))
        .body("periodEnd", equalTo(2063))
        .body("rowVersion", equalTo(1))
        .body("targets", hasSize(1))
        .body("targets[0].kind", equalTo("AT_MOST"));

    // Someone who read version 0 is told the plan changed, and nothing of theirs is written.
    Api.as(OFFICER)
        .contentType("application/json")
        .body(
            Map.of(
                "title",
                "Sửa muộn",
                "periodStart",
                2061,
                "periodEnd",
                2065,
                "rowVersion",
                0,
                "targets",
                List.of()))
        .put(PLAN, id)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("code", equalTo("PLAN_VERSION_CONFLICT"));
    assertThat(
            Tables.count(
                "select count(*) from plan where id = ?::uuid and title = 'Bản nháp đã sửa' and row_version = 1",
                id))
        .isEqualTo(1);
    assertThat(Tables.count("select count(*) from plan_target where plan_id = ?::uuid", id))
        .isEqualTo(1);

    // The ETag works as well as the body's rowVersion; neither is a 428.
    Api.as(OFFICER)
        .contentType("application/json")
        .header("If-Match", "\"1\"")
        .body(
            Map.of(
                "title", "Theo ETag", "periodStart", 2061, "periodEnd", 2063, "targets", List.of()))
        .put(PLAN, id)
        .then()
        .statusCode(200)
        .body("rowVersion", equalTo(2))
        .body("targets", hasSize(0));
    Api.as(OFFICER)
        .contentType("application/json")
        .body(Map.of("title", "Không phiên bản", "periodStart", 2061, "periodEnd", 2063))
        .put(PLAN, id)
        .then()
        .statusCode(428)
        .body("code", equalTo("PLAN_VERSION_REQUIRED"));
    assertThat(
            Tables.count(
                "select count(*) from plan where id = ?::uuid and title = 'Theo ETag'", id))
        .isEqualTo(1);
  }

  @Test
  void approvalPutsVersionOneInForceAndPublishesPlanApprovedInTheSameTransaction() {
    String id = PlanData.create(KHANH_HOA, period("Kế hoạch được phê duyệt")).getString("id");

    Api.as(OFFICER)
        .contentType("application/json")
        .body(Map.of("decisionNumber", "1576/QĐ-UBND", "decisionDate", "2026-01-15"))
        .post(PLAN + "/approve", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("APPROVED"))
        .body("decisionNumber", equalTo("1576/QĐ-UBND"))
        .body("decisionDate", equalTo("2026-01-15"))
        .body("approvedBy", equalTo("can-bo-56"));

    assertThat(
            Tables.count(
                "select count(*) from outbox_event where message_key = ? and topic = ? and event_type = ?",
                id,
                Topics.PLAN_TARGET,
                EventTypes.PLAN_APPROVED))
        .isEqualTo(1);
    ConsumerRecord<String, String> record =
        TestKafka.awaitRecord(Topics.PLAN_TARGET, r -> id.equals(r.key()));
    JsonNode event = TestKafka.json(record.value());
    assertThat(event.path("type").asText()).isEqualTo(EventTypes.PLAN_APPROVED);
    assertThat(event.path("subject").asText()).isEqualTo(id);
    JsonNode data = event.path("data");
    assertThat(data.path("planId").asText()).isEqualTo(id);
    assertThat(data.path("lineageId").asText()).isEqualTo(id);
    assertThat(data.path("version").asInt()).isEqualTo(1);
    assertThat(data.path("supersedesPlanId").isNull()).isTrue();
    assertThat(data.path("provinceCode").asText()).isEqualTo(KHANH_HOA);
    assertThat(data.path("currentProvinceCode").asText()).isEqualTo(KHANH_HOA);
    assertThat(data.path("decisionNumber").asText()).isEqualTo("1576/QĐ-UBND");
    assertThat(data.path("targets")).hasSize(3);
    assertThat(data.path("targets").get(0).path("indicatorCode").asText())
        .isEqualTo("PRODUCTS_3STAR_PLUS");
    assertThat(data.path("targets").get(0).path("value").decimalValue()).isEqualByComparingTo("10");
  }

  @Test
  void anApprovedVersionIsNeverEditedDeletedOrApprovedAgain() {
    String id = PlanData.approved(KHANH_HOA, period("Đã duyệt, không sửa"));
    long rowVersion = Tables.count("select row_version from plan where id = ?::uuid", id);

    Api.as(OFFICER)
        .contentType("application/json")
        .body(
            Map.of(
                "title",
                "Sửa bản đã duyệt",
                "periodStart",
                2061,
                "periodEnd",
                2065,
                "rowVersion",
                rowVersion,
                "targets",
                List.of()))
        .put(PLAN, id)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("code", equalTo("PLAN_NOT_DRAFT"));
    Api.as(OFFICER).delete(PLAN, id).then().statusCode(409).body("code", equalTo("PLAN_NOT_DRAFT"));
    Api.as(OFFICER)
        .contentType("application/json")
        .body(Map.of("decisionNumber", "2/QĐ-UBND", "decisionDate", "2026-02-01"))
        .post(PLAN + "/approve", id)
        .then()
        .statusCode(409)
        .body("code", equalTo("PLAN_NOT_DRAFT"));

    assertThat(
            Tables.count(
                "select count(*) from plan where id = ?::uuid and status = 'APPROVED' and title ="
                    + " 'Đã duyệt, không sửa' and decision_number = '123/QĐ-UBND' and row_version = ?",
                id,
                rowVersion))
        .isEqualTo(1);
    assertThat(Tables.count("select count(*) from plan_target where plan_id = ?::uuid", id))
        .isEqualTo(3);
    assertThat(Tables.count("select count(*) from outbox_event where message_key = ?", id))
        .isEqualTo(1);
  }

  @Test
  void anAmendmentIsTheNextDraftVersionHoldingACopyOfTheApprovedTargets() {
    String v1 = PlanData.approved(KHANH_HOA, period("Kế hoạch sẽ điều chỉnh"));

    JsonPath draft =
        Api.as(OFFICER)
            .post(PLAN + "/amendments", v1)
            .then()
            .statusCode(201)
            .body("version", equalTo(2))
            .body("status", equalTo("DRAFT"))
            .body("supersedesPlanId", equalTo(v1))
            .body("lineageId", equalTo(v1))
            .body("title", equalTo("Kế hoạch sẽ điều chỉnh"))
            .extract()
            .jsonPath();
    JsonPath approved = Api.as(OFFICER).get(PLAN, v1).then().extract().jsonPath();
    assertThat(cells(draft)).isEqualTo(cells(approved)).hasSize(3);
    assertThat(draft.getString("id")).isNotEqualTo(v1);

    // One draft at a time; a draft is not amended; the approved version stays in force.
    Api.as(OFFICER)
        .post(PLAN + "/amendments", v1)
        .then()
        .statusCode(409)
        .body("code", equalTo("PLAN_DRAFT_EXISTS"));
    Api.as(OFFICER)
        .post(PLAN + "/amendments", draft.getString("id"))
        .then()
        .statusCode(409)
        .body("code", equalTo("PLAN_NOT_APPROVED"));
    assertThat(Tables.count("select count(*) from plan where lineage_id = ?::uuid", v1))
        .isEqualTo(2);
    assertThat(
            Tables.count(
                "select count(*) from plan where id = ?::uuid and status = 'APPROVED'", v1))
        .isEqualTo(1);
  }

  @Test
  void approvingAnAmendmentSupersedesTheVersionInForceAndPublishesPlanAmended() {
    String v1 = PlanData.approved(KHANH_HOA, period("Kế hoạch điều chỉnh lần 1"));
    String v2 =
        Api.as(OFFICER).post(PLAN + "/amendments", v1).then().statusCode(201).extract().path("id");
    Api.as(OFFICER)
        .contentType("application/json")
        .body(
            Map.of(
                "title",
                "Kế hoạch điều chỉnh lần 1",
                "periodStart",
                2061,
                "periodEnd",
                2065,
                "rowVersion",
                0,
                "targets",
                List.of(target("PRODUCTS_3STAR_PLUS", 2061, "AT_LEAST", 12))))
        .put(PLAN, v2)
        .then()
        .statusCode(200);

    PlanData.approve(KHANH_HOA, v2);

    assertThat(
            Tables.count(
                "select count(*) from plan where id = ?::uuid and status = 'SUPERSEDED'", v1))
        .isEqualTo(1);
    assertThat(
            Tables.count(
                "select count(*) from plan where id = ?::uuid and status = 'APPROVED'", v2))
        .isEqualTo(1);
    assertThat(
            Tables.count(
                "select count(*) from plan where lineage_id = ?::uuid and status = 'APPROVED'", v1))
        .isEqualTo(1);
    // The superseded version is history: it is neither edited nor amended.
    Api.as(OFFICER)
        .post(PLAN + "/amendments", v1)
        .then()
        .statusCode(409)
        .body("code", equalTo("PLAN_NOT_APPROVED"));
    Api.as(OFFICER).delete(PLAN, v1).then().statusCode(409).body("code", equalTo("PLAN_NOT_DRAFT"));

    List<ConsumerRecord<String, String>> records =
        TestKafka.awaitRecords(
            Topics.PLAN_TARGET, r -> v1.equals(r.key()), 2, Duration.ofMillis(500));
    assertThat(records).hasSize(2);
    JsonNode amended = TestKafka.json(records.get(1).value());
    assertThat(amended.path("type").asText()).isEqualTo(EventTypes.PLAN_AMENDED);
    assertThat(amended.path("data").path("planId").asText()).isEqualTo(v2);
    assertThat(amended.path("data").path("version").asInt()).isEqualTo(2);
    assertThat(amended.path("data").path("supersedesPlanId").asText()).isEqualTo(v1);
    assertThat(amended.path("data").path("targets")).hasSize(1);
    assertThat(TestKafka.json(records.get(0).value()).path("type").asText())
        .isEqualTo(EventTypes.PLAN_APPROVED);
  }

  @Test
  void theVersionsOfAPlanShowWhatChangedInTheTargets() {
    String v1 = PlanData.approved(KHANH_HOA, period("Kế hoạch có lịch sử"));
    String v2 =
        Api.as(OFFICER).post(PLAN + "/amendments", v1).then().statusCode(201).extract().path("id");
    Api.as(OFFICER)
        .contentType("application/json")
        .body(
            Map.of(
                "title",
                "Kế hoạch có lịch sử",
                "periodStart",
                2061,
                "periodEnd",
                2065,
                "rowVersion",
                0,
                "targets",
                List.of(
                    target("PRODUCTS_3STAR_PLUS", 2061, "AT_LEAST", 12),
                    target("PRODUCTS_3STAR_PLUS", null, "AT_LEAST", 40),
                    target("PRODUCTS_4STAR", 2064, "AT_LEAST", 3))))
        .put(PLAN, v2)
        .then()
        .statusCode(200);

    JsonPath versions =
        Api.as(Tokens.national())
            .get(PLAN + "/versions", v2)
            .then()
            .statusCode(200)
            .body("lineageId", equalTo(v1))
            .body("versions", hasSize(2))
            .body("versions[0].status", equalTo("APPROVED"))
            .body("versions[1].status", equalTo("DRAFT"))
            .body("versions[0].changes", hasSize(3))
            .extract()
            .jsonPath();
    assertThat(versions.getList("versions[0].changes.change")).containsOnly("ADDED");
    List<Map<String, Object>> changes = versions.getList("versions[1].changes");
    assertThat(changes)
        .extracting(c -> c.get("change") + " " + c.get("indicatorCode") + " " + c.get("year"))
        .containsExactlyInAnyOrder(
            "CHANGED PRODUCTS_3STAR_PLUS 2061",
            "ADDED PRODUCTS_4STAR 2064",
            "REMOVED PRODUCTS_5STAR 2062");
    Map<String, Object> changed =
        changes.stream().filter(c -> "CHANGED".equals(c.get("change"))).findFirst().orElseThrow();
    assertThat(((Map<?, ?>) changed.get("before")).get("value")).isEqualTo(10);
    assertThat(((Map<?, ?>) changed.get("after")).get("value")).isEqualTo(12);
  }

  @Test
  void aDraftIsDeletedWithItsTargetsAndAGivenUpAmendmentLeavesTheApprovedVersion() {
    String draft = PlanData.create(KHANH_HOA, period("Nháp bỏ đi")).getString("id");
    Api.as(OFFICER).delete(PLAN, draft).then().statusCode(204);
    assertThat(Tables.count("select count(*) from plan where id = ?::uuid", draft)).isZero();
    assertThat(Tables.count("select count(*) from plan_target where plan_id = ?::uuid", draft))
        .isZero();
    Api.as(OFFICER).get(PLAN, draft).then().statusCode(404).body("code", equalTo("NOT_FOUND"));

    String v1 = PlanData.approved(KHANH_HOA, period("Điều chỉnh bỏ dở"));
    String v2 =
        Api.as(OFFICER).post(PLAN + "/amendments", v1).then().statusCode(201).extract().path("id");
    Api.as(OFFICER).delete(PLAN, v2).then().statusCode(204);
    Api.as(OFFICER).get(PLAN, v1).then().statusCode(200).body("status", equalTo("APPROVED"));
    // The amendment can start again.
    Api.as(OFFICER)
        .post(PLAN + "/amendments", v1)
        .then()
        .statusCode(201)
        .body("version", equalTo(2));
  }

  @Test
  void theProvincesPlansAreListedAndFilteredByStatus() {
    String draft =
        PlanData.create("51", plan("Quảng Ngãi nháp", 2061, 2061, List.of())).getString("id");
    String approved =
        PlanData.approved(
            "51",
            plan(
                "Quảng Ngãi đã duyệt",
                2062,
                2062,
                List.of(target("PRODUCTS_3STAR", 2062, "AT_LEAST", 4))));

    JsonPath all =
        Api.as(Tokens.provinceOfficer("51"))
            .get(PLANS, "51")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(all.getList("items.id")).contains(draft, approved);
    assertThat(all.getInt("pager.total")).isGreaterThanOrEqualTo(2);
    List<String> drafts =
        Api.as(Tokens.national())
            .queryParam("status", "DRAFT")
            .get(PLANS, "51")
            .then()
            .statusCode(200)
            .extract()
            .path("items.id");
    assertThat(drafts).contains(draft).doesNotContain(approved);
    Api.as(Tokens.national())
        .queryParam("status", "FINAL")
        .get(PLANS, "51")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("status"))
        .body("errors[0].rule", equalTo("OneOf"));
  }

  private static List<String> cells(JsonPath plan) {
    return plan.getList("targets", Map.class).stream()
        .map(
            t ->
                t.get("indicatorCode")
                    + "/"
                    + t.get("communeCode")
                    + "/"
                    + t.get("year")
                    + "/"
                    + t.get("accumulation")
                    + "/"
                    + t.get("kind")
                    + "/"
                    + t.get("value"))
        .toList();
  }
}
