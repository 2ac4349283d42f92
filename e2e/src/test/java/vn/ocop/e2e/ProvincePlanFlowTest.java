package vn.ocop.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.ocop.contracts.Topics;

/**
 * The province plan through the gateway, with the tokens it issues: Đắk Lắk's officer drafts and
 * approves a plan, progress reads the actuals the plan service keeps from the other services'
 * events, the province submits a six-month report and the national office approves it; plan and
 * report events reach Kafka; other provinces and a commune officer see what their scope allows.
 */
class ProvincePlanFlowTest {

  @Test
  void aProvincePlanItsProgressAndItsReportApprovedByTheNationalOffice() {
    int year = Api.today().getYear();
    Map<String, Object> plan =
        Map.of(
            "title",
            "Kế hoạch thực hiện Chương trình OCOP tỉnh Đắk Lắk năm " + year,
            "periodStart",
            year,
            "periodEnd",
            year,
            "targets",
            List.of(
                Map.of(
                    "indicatorCode", "PRODUCTS_3STAR_PLUS",
                    "year", year,
                    "accumulation", "PER_YEAR",
                    "kind", "AT_LEAST",
                    "value", 50),
                Map.of(
                    "indicatorCode",
                    "PRODUCTS_3STAR_PLUS",
                    "communeCode",
                    Ocop.COMMUNE,
                    "year",
                    year,
                    "accumulation",
                    "PER_YEAR",
                    "kind",
                    "AT_LEAST",
                    "value",
                    5)));
    Response created =
        Api.as(Ocop.OFFICER).body(plan).post("/api/plan/v1/provinces/" + Ocop.DAK_LAK + "/plans");
    created.then().statusCode(201);
    String planId = created.path("id");
    assertThat(created.<String>path("status")).isEqualTo("DRAFT");

    // Another province's officer does not see it; a commune officer cannot approve it.
    Api.as("lamdong.officer").get("/api/plan/v1/plans/" + planId).then().statusCode(404);
    Map<String, Object> approval =
        Map.of("decisionNumber", "656/QĐ-UBND", "decisionDate", Api.today().toString());
    Api.as(Ocop.COMMUNE_OFFICER)
        .body(approval)
        .post("/api/plan/v1/plans/" + planId + "/approve")
        .then()
        .statusCode(403);

    Response approved =
        Api.as(Ocop.OFFICER).body(approval).post("/api/plan/v1/plans/" + planId + "/approve");
    approved.then().statusCode(200);
    assertThat(approved.<String>path("status")).isEqualTo("APPROVED");
    ConsumerRecord<String, String> planEvent =
        Api.await(
            "the plan's approval on " + Topics.PLAN_TARGET,
            () ->
                EventLog.all(Topics.PLAN_TARGET).stream()
                    .filter(r -> r.value().contains(planId))
                    .findFirst()
                    .orElse(null),
            record -> record != null,
            Duration.ofSeconds(30));
    assertThat(planEvent.value())
        .contains("\"type\":\"vn.ocop.plan.approved.v1\"")
        .contains("\"decisionNumber\":\"656/QĐ-UBND\"");

    // Progress counts what the registry's certificates say, the same number the actuals show.
    int recognised = Ocop.productsRated3StarsOrMore(year);
    Response progress =
        Api.as(Ocop.OFFICER)
            .queryParam("year", year)
            .get("/api/plan/v1/provinces/" + Ocop.DAK_LAK + "/progress");
    progress.then().statusCode(200);
    List<Map<String, Object>> lines = progress.path("lines");
    Map<String, Object> line =
        lines.stream()
            .filter(l -> "PRODUCTS_3STAR_PLUS".equals(l.get("indicatorCode")))
            .filter(l -> l.get("target") != null)
            .findFirst()
            .orElseThrow();
    assertThat(((Number) line.get("target")).intValue()).isEqualTo(50);
    assertThat(((Number) line.get("actual")).intValue()).isEqualTo(recognised);
    assertThat(line.get("status")).isIn("MET", "ON_TRACK", "AT_RISK");

    // The commune officer sees the commune's progress, not the province's.
    Api.as(Ocop.COMMUNE_OFFICER)
        .queryParam("year", year)
        .get("/api/plan/v1/provinces/" + Ocop.DAK_LAK + "/communes/" + Ocop.COMMUNE + "/progress")
        .then()
        .statusCode(200);
    Api.as(Ocop.COMMUNE_OFFICER)
        .queryParam("year", year)
        .get("/api/plan/v1/provinces/" + Ocop.DAK_LAK + "/progress")
        .then()
        .statusCode(403);

    // A six-month report, its figures from the actuals, submitted and approved by the centre.
    Response report =
        Api.as(Ocop.OFFICER)
            .body(Map.of("year", year, "period", "H1", "narrative", "Báo cáo 6 tháng đầu năm"))
            .post("/api/plan/v1/provinces/" + Ocop.DAK_LAK + "/reports");
    report.then().statusCode(201);
    String reportId = report.path("id");
    List<Map<String, Object>> figures = report.path("figures");
    Map<String, Object> figure =
        figures.stream()
            .filter(f -> "PRODUCTS_3STAR_PLUS".equals(f.get("indicatorCode")))
            .findFirst()
            .orElseThrow();
    assertThat(((Number) figure.get("actual")).intValue()).isEqualTo(recognised);
    assertThat(((Number) figure.get("target")).intValue()).isEqualTo(50);

    Api.as(Ocop.OFFICER)
        .post("/api/plan/v1/reports/" + reportId + "/submit")
        .then()
        .statusCode(200);
    // The province cannot approve its own report; the national office can.
    Api.as(Ocop.OFFICER)
        .post("/api/plan/v1/reports/" + reportId + "/approve")
        .then()
        .statusCode(403);
    Response decided = Api.as("ntm.officer").post("/api/plan/v1/reports/" + reportId + "/approve");
    decided.then().statusCode(200);
    assertThat(decided.<String>path("status")).isEqualTo("APPROVED");
    assertThat(decided.<String>path("decidedBy"))
        .isNotNull()
        .isNotEqualTo(decided.<String>path("submittedBy"));

    List<String> reportEvents =
        Api.await(
            "the report's events on " + Topics.PLAN_REPORT,
            () ->
                EventLog.all(Topics.PLAN_REPORT).stream()
                    .filter(r -> reportId.equals(r.key()))
                    .map(ConsumerRecord::value)
                    .toList(),
            values -> values.size() >= 2,
            Duration.ofSeconds(30));
    assertThat(reportEvents)
        .anySatisfy(v -> assertThat(v).contains("\"type\":\"vn.ocop.plan.report-submitted.v1\""))
        .anySatisfy(v -> assertThat(v).contains("\"type\":\"vn.ocop.plan.report-approved.v1\""));
  }
}
