package vn.ocop.plan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.ocop.plan.report.ReportFixtures.ALL;
import static vn.ocop.plan.report.ReportFixtures.CREATE;
import static vn.ocop.plan.report.ReportFixtures.REPORT;
import static vn.ocop.plan.report.ReportFixtures.get;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.plan.support.Api;
import vn.ocop.plan.support.Tables;
import vn.ocop.plan.support.Tokens;

/** Bad requests answer 4xx problem+json naming the field and rule, and write nothing. */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "plan"))
class ReportBadInputTest {
  record Case(String body, int status, String code, String field, String rule) {}

  @Test
  void aDraftWithABadYearOrPeriodIsRefusedNamingTheFieldAndNothingIsWritten() {
    int nextYear = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear() + 1;
    List<Case> cases =
        List.of(
            new Case("{\"year\":1999,\"period\":\"FY\"}", 400, "VALIDATION_FAILED", "year", "Min"),
            new Case("{\"year\":2101,\"period\":\"FY\"}", 400, "VALIDATION_FAILED", "year", "Max"),
            new Case("{\"period\":\"FY\"}", 400, "VALIDATION_FAILED", "year", "NotNull"),
            new Case("{\"year\":2008}", 400, "VALIDATION_FAILED", "period", "NotNull"),
            new Case(
                "{\"year\":2008,\"period\":\"Q3\"}", 400, "MALFORMED_REQUEST", "period", "type"),
            new Case(
                "{\"year\":\"soon\",\"period\":\"FY\"}", 400, "MALFORMED_REQUEST", "year", "type"),
            new Case("{\"year\":2008,", 400, "MALFORMED_REQUEST", "body", "syntax"),
            new Case(
                "{\"year\":2008,\"period\":\"FY\",\"narrative\":\"" + "x".repeat(20_001) + "\"}",
                400,
                "VALIDATION_FAILED",
                "narrative",
                "Size"),
            new Case(
                "{\"year\":" + nextYear + ",\"period\":\"FY\"}",
                422,
                "UNPROCESSABLE",
                "year",
                "NotFuture"));
    Map<String, String> before = ReportFixtures.snapshot("15");

    for (Case c : cases) {
      Api.as(Tokens.provinceOfficer("15"))
          .contentType("application/json")
          .body(c.body())
          .post(CREATE, "15")
          .then()
          .statusCode(c.status())
          .contentType("application/problem+json")
          .body("code", equalTo(c.code()))
          .body("errors", hasSize(1))
          .body("errors[0].field", equalTo(c.field()))
          .body("errors[0].rule", equalTo(c.rule()));
    }

    assertThat(ReportFixtures.snapshot("15")).isEqualTo(before);
  }

  @Test
  void aSecondReportOfTheSameYearAndPeriodIsRefused() {
    ReportFixtures.draft("15", 2009, "FY");
    Map<String, String> before = ReportFixtures.snapshot("15");

    Api.as(Tokens.admin())
        .contentType("application/json")
        .body("{\"year\":2009,\"period\":\"FY\"}")
        .post(CREATE, "15")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("code", equalTo("REPORT_EXISTS"));

    assertThat(ReportFixtures.snapshot("15")).isEqualTo(before);
    // The other period of the year is a report of its own.
    ReportFixtures.draft("15", 2009, "H1");
  }

  @Test
  void twoDraftsOfTheSameReportAtOnceMakeOneReportAndOneConflict() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int year = 2001; year <= 2005; year++) {
        String body = "{\"year\":" + year + ",\"period\":\"FY\"}";
        Callable<Integer> draft =
            () ->
                Api.as(Tokens.provinceOfficer("68"))
                    .contentType("application/json")
                    .body(body)
                    .post(CREATE, "68")
                    .statusCode();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : pool.invokeAll(List.of(draft, draft))) {
          statuses.add(answer.get());
        }

        assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        assertThat(
                Tables.count(
                    "select count(*) from progress_report where province_code = '68' and year = ?",
                    (short) year))
            .isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aReturnNeedsAReason() {
    String id = ReportFixtures.inStatus("15", 2008, "H1", "SUBMITTED");
    Map<String, String> before = ReportFixtures.snapshot("15");

    for (String body : List.of("{}", "{\"reason\":\"   \"}")) {
      Api.as(Tokens.national())
          .contentType("application/json")
          .body(body)
          .post(REPORT + "/return", id)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("code", equalTo("VALIDATION_FAILED"))
          .body("errors[0].field", equalTo("reason"))
          .body("errors[0].rule", equalTo("NotBlank"));
    }

    assertThat(ReportFixtures.snapshot("15")).isEqualTo(before);
    assertThat(get(id).getString("status")).isEqualTo("SUBMITTED");
  }

  @Test
  void badEditsAreRefusedNamingTheFieldAndWriteNothing() {
    String id = ReportFixtures.draft("15", 2007, "FY");
    long version = get(id).getLong("version");
    List<Case> cases =
        List.of(
            new Case("{\"narrative\":\"x\"}", 400, "VALIDATION_FAILED", "version", "NotNull"),
            new Case(
                "{\"version\":"
                    + version
                    + ",\"comments\":[{\"indicatorCode\":\"NO_SUCH\",\"comment\":\"x\"}]}",
                422,
                "UNPROCESSABLE",
                "comments[0].indicatorCode",
                "exists"),
            new Case(
                "{\"version\":"
                    + version
                    + ",\"comments\":[{\"indicatorCode\":\"PRODUCTS_4STAR\",\"comment\":\"a\"},"
                    + "{\"indicatorCode\":\"PRODUCTS_4STAR\",\"comment\":\"b\"}]}",
                400,
                "VALIDATION_FAILED",
                "comments[1].indicatorCode",
                "Unique"),
            new Case(
                "{\"version\":"
                    + version
                    + ",\"comments\":[{\"indicatorCode\":\"PRODUCTS_4STAR\",\"comment\":\""
                    + "y".repeat(2001)
                    + "\"}]}",
                400,
                "VALIDATION_FAILED",
                "comments[0].comment",
                "Size"),
            new Case(
                "{\"version\":" + version + ",\"comments\":[{\"comment\":\"x\"}]}",
                400,
                "VALIDATION_FAILED",
                "comments[0].indicatorCode",
                "NotBlank"));
    Map<String, String> before = ReportFixtures.snapshot("15");

    for (Case c : cases) {
      Api.as(Tokens.provinceOfficer("15"))
          .contentType("application/json")
          .body(c.body())
          .put(REPORT, id)
          .then()
          .statusCode(c.status())
          .contentType("application/problem+json")
          .body("code", equalTo(c.code()))
          .body("errors", hasSize(1))
          .body("errors[0].field", equalTo(c.field()))
          .body("errors[0].rule", equalTo(c.rule()));
    }

    assertThat(ReportFixtures.snapshot("15")).isEqualTo(before);
  }

  @Test
  void badFiltersAndFormatsAreRefusedNamingTheParameter() {
    String id = ReportFixtures.draft("15", 2006, "H1");
    record Query(String path, Object pathValue, String name, String value) {}
    for (Query q :
        List.of(
            new Query(CREATE, "15", "status", "DONE"),
            new Query(CREATE, "15", "year", "abc"),
            new Query(CREATE, "15", "year", "1999"),
            new Query(ALL, null, "provinceCode", "6"),
            new Query(ALL, null, "status", "submitted?"),
            new Query(REPORT + "/export", id, "format", "xlsx"))) {
      var request =
          Api.as(Tokens.national())
              .accept(q.path().endsWith("/export") ? "text/csv" : "application/json")
              .queryParam(q.name(), q.value());
      (q.pathValue() == null ? request.get(q.path()) : request.get(q.path(), q.pathValue()))
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("code", equalTo("VALIDATION_FAILED"))
          .body("errors[0].field", equalTo(q.name()));
    }
  }

  @Test
  void aReportIdThatIsNoUuidIsNotFound() {
    Api.as(Tokens.national())
        .get(REPORT, "bao-cao-1")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("code", equalTo("NOT_FOUND"));
  }
}
