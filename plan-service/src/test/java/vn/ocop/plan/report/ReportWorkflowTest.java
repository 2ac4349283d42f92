package vn.ocop.plan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.ocop.plan.report.ReportFixtures.REPORT;
import static vn.ocop.plan.report.ReportFixtures.approve;
import static vn.ocop.plan.report.ReportFixtures.draft;
import static vn.ocop.plan.report.ReportFixtures.get;
import static vn.ocop.plan.report.ReportFixtures.sendBack;
import static vn.ocop.plan.report.ReportFixtures.submit;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.devstack.TestKafka;
import vn.ocop.plan.support.Api;
import vn.ocop.plan.support.ApprovedPlans;
import vn.ocop.plan.support.ApprovedPlans.Line;
import vn.ocop.plan.support.Await;
import vn.ocop.plan.support.CertificateEvents;
import vn.ocop.plan.support.Tables;
import vn.ocop.plan.support.Tokens;

/**
 * A province drafts its report from the actuals, submits it, and the national office approves or
 * returns it; the moves are announced on ocop.plan.report.v1 and an approved annual report locks
 * the year.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "plan"))
class ReportWorkflowTest {

  @Test
  void aReportIsDraftedFromTheActualsSubmittedApprovedAndAnnounced() {
    // Quảng Trị: three products recognised in 2019, one in 2018, one 5★ in 2017.
    publishAndAwait("44", 3, LocalDate.of(2019, 3, 4));
    publishAndAwait("44", 3, LocalDate.of(2019, 6, 30));
    publishAndAwait("44", 4, LocalDate.of(2019, 11, 2));
    publishAndAwait("44", 3, LocalDate.of(2018, 5, 5));
    publishAndAwait("44", 5, LocalDate.of(2017, 8, 8));
    ApprovedPlans.insert(
        "44",
        2016,
        2020,
        Line.perYear("PRODUCTS_3STAR_PLUS", 2019, 10),
        Line.wholePeriod("PRODUCTS_4STAR", 5));
    String officer = Tokens.provinceOfficer("44");

    var created =
        Api.as(officer)
            .contentType("application/json")
            .body("{\"year\":2019,\"period\":\"FY\",\"narrative\":\"Dự thảo\"}")
            .post(ReportFixtures.CREATE, "44")
            .then()
            .statusCode(201)
            .extract();
    JsonPath report = created.jsonPath();
    String id = report.getString("id");
    assertThat(created.header("Location")).endsWith("/api/plan/v1/reports/" + id);
    assertThat(report.getString("provinceName")).isEqualTo("Quảng Trị");
    assertThat(report.getString("status")).isEqualTo("DRAFT");
    assertThat(report.getInt("revision")).isZero();
    assertThat(report.getString("narrative")).isEqualTo("Dự thảo");
    assertThat(report.getList("figures"))
        .hasSize((int) Tables.count("select count(*) from indicator"));

    Map<String, Object> threePlus = figure(report, "PRODUCTS_3STAR_PLUS");
    assertThat(threePlus)
        .containsEntry("name", "Số sản phẩm đạt OCOP từ 3 sao trở lên")
        .containsEntry("unit", "COUNT")
        .containsEntry("source", "EVENTS")
        .containsEntry("actual", Api.value("44", 2019, "PRODUCTS_3STAR_PLUS"))
        .containsEntry("actual", 3)
        .containsEntry("cumulative", 5)
        .containsEntry("cumulativeFrom", 2016)
        .containsEntry("target", 10)
        .containsEntry("targetKind", "AT_LEAST")
        .containsEntry("targetAccumulation", "PER_YEAR")
        .containsEntry("targetYear", 2019)
        .containsEntry("percentOfTarget", 30.0f)
        .containsEntry("targetMet", false);
    // A target over the whole period is measured against the cumulative actual.
    assertThat(figure(report, "PRODUCTS_4STAR"))
        .containsEntry("actual", Api.value("44", 2019, "PRODUCTS_4STAR"))
        .containsEntry("cumulative", 1)
        .containsEntry("target", 5)
        .containsEntry("targetAccumulation", "CUMULATIVE")
        .containsEntry("targetPeriodStart", 2016)
        .containsEntry("targetPeriodEnd", 2020)
        .containsEntry("percentOfTarget", 20.0f)
        .doesNotContainKey("targetYear");
    assertThat(figure(report, "PRODUCTS_5STAR"))
        .containsEntry("actual", 0)
        .containsEntry("cumulative", 1)
        .doesNotContainKeys("target", "percentOfTarget", "targetMet");
    assertThat(figure(report, "PRODUCTS_3STAR"))
        .containsEntry("actual", Api.value("44", 2019, "PRODUCTS_3STAR"))
        .containsEntry("actual", 2);

    JsonPath edited =
        Api.as(officer)
            .contentType("application/json")
            .body(
                "{\"version\":"
                    + report.getLong("version")
                    + ",\"narrative\":\"Năm 2019 tỉnh có 3 sản phẩm mới.\","
                    + "\"comments\":[{\"indicatorCode\":\"PRODUCTS_4STAR\","
                    + "\"comment\":\"Còn 4 sản phẩm chờ đánh giá.\"}]}")
            .put(REPORT, id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(edited.getString("narrative")).isEqualTo("Năm 2019 tỉnh có 3 sản phẩm mới.");
    assertThat(figure(edited, "PRODUCTS_4STAR"))
        .containsEntry("comment", "Còn 4 sản phẩm chờ đánh giá.");
    assertThat(edited.getLong("version")).isGreaterThan(report.getLong("version"));

    JsonPath submitted = submit(officer, id);
    assertThat(submitted.getInt("revision")).isEqualTo(1);
    assertThat(submitted.getString("submittedBy")).isEqualTo("can-bo-44");

    JsonPath approved = approve(Tokens.national(), id);
    assertThat(approved.getString("decidedBy")).isEqualTo("trung-uong");
    assertThat(approved.getList("history.to")).containsExactly("DRAFT", "SUBMITTED", "APPROVED");
    assertThat(approved.getList("history.from")).containsExactly(null, "DRAFT", "SUBMITTED");
    assertThat(approved.getList("history.by"))
        .containsExactly("can-bo-44", "can-bo-44", "trung-uong");
    assertThat(approved.getList("history.revision")).containsExactly(0, 1, 1);
    // The approved annual report locks the year, naming itself.
    assertThat(
            ReportFixtures.text(
                "select concat_ws('|', report_id, locked_by) from period_lock"
                    + " where province_code = '44' and year = 2019"))
        .isEqualTo(id + "|trung-uong");

    List<String[]> outbox = ReportFixtures.outbox(id);
    assertThat(outbox)
        .extracting(row -> row[0] + " " + row[1])
        .containsExactly(
            Topics.PLAN_REPORT + " " + EventTypes.REPORT_SUBMITTED,
            Topics.PLAN_REPORT + " " + EventTypes.REPORT_APPROVED);
    List<ConsumerRecord<String, String>> records =
        TestKafka.awaitRecords(
            Topics.PLAN_REPORT, r -> id.equals(r.key()), 2, Duration.ofSeconds(1));
    assertThat(records)
        .extracting(r -> TestKafka.json(r.value()).path("type").asText())
        .containsExactly(EventTypes.REPORT_SUBMITTED, EventTypes.REPORT_APPROVED);
    JsonNode event = TestKafka.json(records.get(1).value());
    assertThat(event.path("source").asText()).isEqualTo("/ocop/plan-service");
    assertThat(event.path("subject").asText()).isEqualTo(id);
    JsonNode data = event.path("data");
    assertThat(data.path("reportId").asText()).isEqualTo(id);
    assertThat(data.path("provinceCode").asText()).isEqualTo("44");
    assertThat(data.path("year").asInt()).isEqualTo(2019);
    assertThat(data.path("period").asText()).isEqualTo("FY");
    assertThat(data.path("revision").asInt()).isEqualTo(1);
    assertThat(data.path("oldStatus").asText()).isEqualTo("SUBMITTED");
    assertThat(data.path("status").asText()).isEqualTo("APPROVED");
    assertThat(data.path("changedBy").asText()).isEqualTo("trung-uong");
    assertThat(data.path("reason").isNull()).isTrue();
    JsonNode figures = data.path("figures");
    assertThat(figures.size()).isEqualTo(report.getList("figures").size());
    JsonNode first = figures.get(0);
    assertThat(first.path("indicatorCode").asText()).isEqualTo("PRODUCTS_3STAR_PLUS");
    assertThat(first.path("target").asInt()).isEqualTo(10);
    assertThat(first.path("actual").asInt()).isEqualTo(3);
    assertThat(first.path("source").asText()).isEqualTo("EVENTS");
    assertThat(first.path("cumulative").asInt()).isEqualTo(5);
    assertThat(first.path("cumulativeFrom").asInt()).isEqualTo(2016);
    assertThat(first.path("targetKind").asText()).isEqualTo("AT_LEAST");
    assertThat(first.path("targetAccumulation").asText()).isEqualTo("PER_YEAR");
    // A whole-period target tells the consumer to compare it with the cumulative actual.
    JsonNode fourStars = null;
    for (JsonNode figure : figures) {
      if ("PRODUCTS_4STAR".equals(figure.path("indicatorCode").asText())) {
        fourStars = figure;
      }
    }
    assertThat(fourStars).isNotNull();
    assertThat(fourStars.path("targetAccumulation").asText()).isEqualTo("CUMULATIVE");
    assertThat(fourStars.path("cumulative").asInt()).isEqualTo(1);
    assertThat(fourStars.path("target").asInt()).isEqualTo(5);
  }

  @Test
  void aReturnedReportIsRefreshedEditedAndResubmittedAsRevisionTwo() {
    publishAndAwait("37", 3, LocalDate.of(2018, 2, 1));
    String officer = Tokens.provinceOfficer("37");
    String id = draft("37", 2018, "H1");
    int before = (int) figure(get(id), "PRODUCTS_3STAR_PLUS").get("actual");
    submit(officer, id);

    JsonPath returned = sendBack(Tokens.national(), id, "Bổ sung giải trình chỉ tiêu 4 sao.");
    assertThat(returned.getString("returnReason")).isEqualTo("Bổ sung giải trình chỉ tiêu 4 sao.");
    assertThat(returned.getString("decidedBy")).isEqualTo("trung-uong");

    // A product recognised since: the refreshed figure counts it.
    publishAndAwait("37", 4, LocalDate.of(2018, 6, 1));
    JsonPath refreshed =
        Api.as(officer)
            .post(REPORT + "/refresh", id)
            .then()
            .statusCode(200)
            .body("status", equalTo("RETURNED"))
            .extract()
            .jsonPath();
    assertThat(figure(refreshed, "PRODUCTS_3STAR_PLUS"))
        .containsEntry("actual", before + 1)
        .containsEntry("actual", Api.value("37", 2018, "PRODUCTS_3STAR_PLUS"));
    Api.as(officer)
        .contentType("application/json")
        .body(
            "{\"version\":"
                + refreshed.getLong("version")
                + ",\"comments\":[{\"indicatorCode\":\"PRODUCTS_4STAR\",\"comment\":\"Đã bổ sung.\"}]}")
        .put(REPORT, id)
        .then()
        .statusCode(200);

    JsonPath resubmitted = submit(officer, id);
    assertThat(resubmitted.getInt("revision")).isEqualTo(2);
    assertThat(resubmitted.getString("returnReason")).isNull();
    assertThat(figure(resubmitted, "PRODUCTS_4STAR")).containsEntry("comment", "Đã bổ sung.");
    assertThat(resubmitted.getList("history.to"))
        .containsExactly("DRAFT", "SUBMITTED", "RETURNED", "SUBMITTED");
    assertThat(resubmitted.getList("history.revision")).containsExactly(0, 1, 1, 2);
    assertThat(resubmitted.getList("history.reason"))
        .containsExactly(null, null, "Bổ sung giải trình chỉ tiêu 4 sao.", null);

    List<ConsumerRecord<String, String>> records =
        TestKafka.awaitRecords(
            Topics.PLAN_REPORT, r -> id.equals(r.key()), 3, Duration.ofSeconds(1));
    assertThat(records)
        .extracting(r -> TestKafka.json(r.value()).path("type").asText())
        .containsExactly(
            EventTypes.REPORT_SUBMITTED, EventTypes.REPORT_RETURNED, EventTypes.REPORT_SUBMITTED);
    JsonNode returnedEvent = TestKafka.json(records.get(1).value()).path("data");
    assertThat(returnedEvent.path("reason").asText())
        .isEqualTo("Bổ sung giải trình chỉ tiêu 4 sao.");
    assertThat(returnedEvent.path("oldStatus").asText()).isEqualTo("SUBMITTED");
    assertThat(returnedEvent.path("status").asText()).isEqualTo("RETURNED");
    JsonNode second = TestKafka.json(records.get(2).value()).path("data");
    assertThat(second.path("revision").asInt()).isEqualTo(2);
    assertThat(second.path("oldStatus").asText()).isEqualTo("RETURNED");
    assertThat(second.path("figures").get(0).path("actual").asInt()).isEqualTo(before + 1);
    // An H1 report's approval does not lock the year.
    approve(Tokens.national(), id);
    assertThat(
            Tables.count(
                "select count(*) from period_lock where province_code = '37' and year = 2018"))
        .isZero();
    draft("37", 2018, "FY");
  }

  @Test
  void anApprovedAnnualReportLocksTheYearAgainstNewReports() {
    String officer = Tokens.provinceOfficer("80");
    String fy = ReportFixtures.inStatus("80", 2015, "FY", "APPROVED");
    Map<String, String> before = ReportFixtures.snapshot("80");
    assertThat(before.get("period_lock")).isEqualTo("2015");

    Api.as(officer)
        .contentType("application/json")
        .body("{\"year\":2015,\"period\":\"H1\"}")
        .post(ReportFixtures.CREATE, "80")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("code", equalTo("PERIOD_LOCKED"))
        .body("errors[0].field", equalTo("year"))
        .body("errors[0].rule", equalTo("PeriodOpen"));

    assertThat(ReportFixtures.snapshot("80")).isEqualTo(before);
    assertThat(get(fy).getString("status")).isEqualTo("APPROVED");
  }

  @Test
  void aLockedYearRefusesEditingRefreshingAndSubmittingItsOtherReports() {
    String officer = Tokens.provinceOfficer("86");
    String h1 = draft("86", 2013, "H1");
    ReportFixtures.inStatus("86", 2013, "FY", "APPROVED");
    Map<String, String> before = ReportFixtures.snapshot("86");
    long version = get(h1).getLong("version");

    for (var request :
        List.of(
            Api.as(officer)
                .contentType("application/json")
                .body("{\"version\":" + version + ",\"narrative\":\"Sửa sau khi khóa\"}")
                .put(REPORT, h1),
            Api.as(officer).post(REPORT + "/refresh", h1),
            Api.as(officer).post(REPORT + "/submit", h1))) {
      request
          .then()
          .statusCode(409)
          .contentType("application/problem+json")
          .body("code", equalTo("PERIOD_LOCKED"))
          .body("errors[0].field", equalTo("year"));
    }

    assertThat(ReportFixtures.snapshot("86")).isEqualTo(before);
    assertThat(get(h1).getString("status")).isEqualTo("DRAFT");
  }

  @Test
  void targetsOfPlansTheMergedProvincesMadeRollUpIntoTheReport() {
    // Bến Tre (83) and Trà Vinh (84) became part of Vĩnh Long (86) in 2025.
    ApprovedPlans.insert(
        "2025-03", "83", "86", 2001, 2005, Line.perYear("PRODUCTS_3STAR_PLUS", 2003, 12));
    ApprovedPlans.insert(
        "2025-03", "84", "86", 2001, 2005, Line.perYear("PRODUCTS_3STAR_PLUS", 2003, 8));

    JsonPath report = ReportFixtures.create(Tokens.provinceOfficer("86"), "86", 2003, "FY");

    assertThat(figure(report, "PRODUCTS_3STAR_PLUS"))
        .containsEntry("target", 20)
        .containsEntry("targetPeriodStart", 2001)
        .containsEntry("cumulativeFrom", 2001);
  }

  @Test
  void aReportDraftedWithoutAPlanInForceHasNoTargetsNorCumulativeFigures() {
    JsonPath report = ReportFixtures.create(Tokens.provinceOfficer("44"), "44", 2004, "H1");

    assertThat(report.getList("figures", Map.class))
        .allSatisfy(
            f -> assertThat(f).doesNotContainKeys("target", "cumulative", "percentOfTarget"));
    // Counts computed from events always have a value; shares of nothing and values nobody
    // entered have none.
    assertThat(report.getList("figures", Map.class))
        .filteredOn(f -> "COUNT".equals(f.get("unit")) && "EVENTS".equals(f.get("source")))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f).containsKey("actual"));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> figure(JsonPath report, String indicatorCode) {
    return (Map<String, Object>)
        report.getList("figures", Map.class).stream()
            .filter(f -> indicatorCode.equals(f.get("indicatorCode")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no figure of " + indicatorCode));
  }

  static void publishAndAwait(String provinceCode, int stars, LocalDate decided) {
    String eventId =
        CertificateEvents.publish(CertificateEvents.certificate(provinceCode, stars, decided));
    Await.until(() -> Tables.consumed(eventId), applied -> applied, "the certificate event");
  }
}
