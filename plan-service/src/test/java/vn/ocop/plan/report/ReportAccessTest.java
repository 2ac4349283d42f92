package vn.ocop.plan.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.ocop.plan.report.ReportFixtures.ALL;
import static vn.ocop.plan.report.ReportFixtures.CREATE;
import static vn.ocop.plan.report.ReportFixtures.REPORT;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.devstack.TestTokens;
import vn.ocop.plan.support.Api;
import vn.ocop.plan.support.Tokens;

/**
 * Who may do what with which report: the province's officers their own province's, the national
 * office everything (approving, not drafting), nobody else anything.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "plan"))
class ReportAccessTest {
  /** Each operation on a report of province 51, as the given token. */
  static final Map<String, BiFunction<String, String, Response>> OPERATIONS =
      Map.of(
          "createReport",
          (token, id) ->
              Api.as(token)
                  .contentType("application/json")
                  .body("{\"year\":2005,\"period\":\"H1\"}")
                  .post(CREATE, "51"),
          "listReports",
          (token, id) -> Api.as(token).get(CREATE, "51"),
          "getReport",
          (token, id) -> Api.as(token).get(REPORT, id),
          "updateReport",
          (token, id) ->
              Api.as(token)
                  .contentType("application/json")
                  .body("{\"version\":0,\"narrative\":\"x\"}")
                  .put(REPORT, id),
          "refreshReportFigures",
          (token, id) -> Api.as(token).post(REPORT + "/refresh", id),
          "submitReport",
          (token, id) -> Api.as(token).post(REPORT + "/submit", id),
          "exportReport",
          (token, id) -> Api.as(token).accept("text/csv").get(REPORT + "/export", id),
          "listAllReports",
          (token, id) -> Api.as(token).get(ALL),
          "approveReport",
          (token, id) -> Api.as(token).post(REPORT + "/approve", id),
          "returnReport",
          (token, id) ->
              Api.as(token)
                  .contentType("application/json")
                  .body("{\"reason\":\"x\"}")
                  .post(REPORT + "/return", id));

  @Test
  void anotherProvincesOfficerFindsNoneOfItsReports() {
    String id = ReportFixtures.draft("51", 2008, "FY");
    Map<String, String> before = ReportFixtures.snapshot("51");
    String foreign = Tokens.provinceOfficer("52");

    for (String operation :
        List.of(
            "createReport",
            "listReports",
            "getReport",
            "updateReport",
            "refreshReportFigures",
            "submitReport",
            "exportReport")) {
      OPERATIONS
          .get(operation)
          .apply(foreign, id)
          .then()
          .statusCode(404)
          .contentType("application/problem+json")
          .body("code", equalTo("NOT_FOUND"));
    }
    for (String operation : List.of("listAllReports", "approveReport", "returnReport")) {
      OPERATIONS.get(operation).apply(foreign, id).then().statusCode(403);
    }

    assertThat(ReportFixtures.snapshot("51")).isEqualTo(before);
  }

  @Test
  void theProvincesOfficerReadsAndListsTheirReports() {
    String id = ReportFixtures.draft("51", 2007, "FY");
    String officer = Tokens.provinceOfficer("51");

    OPERATIONS.get("getReport").apply(officer, id).then().statusCode(200);
    OPERATIONS.get("exportReport").apply(officer, id).then().statusCode(200);
    List<String> ids =
        Api.as(officer)
            .queryParam("year", 2007)
            .queryParam("status", "DRAFT")
            .get(CREATE, "51")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.id");
    assertThat(ids).containsExactly(id);
    Api.as(officer)
        .queryParam("year", 2007)
        .queryParam("status", "APPROVED")
        .get(CREATE, "51")
        .then()
        .statusCode(200)
        .body("pager.total", equalTo(0));
  }

  @Test
  void theNationalOfficeReadsEveryReportButDraftsNone() {
    String id = ReportFixtures.inStatus("51", 2006, "FY", "SUBMITTED");
    String national = Tokens.national();
    Map<String, String> before = ReportFixtures.snapshot("51");

    OPERATIONS.get("getReport").apply(national, id).then().statusCode(200);
    OPERATIONS.get("exportReport").apply(national, id).then().statusCode(200);
    OPERATIONS
        .get("listReports")
        .apply(national, id)
        .then()
        .statusCode(200)
        .body("items.find { it.id == '" + id + "' }.provinceName", equalTo("Quảng Ngãi"));
    List<String> inbox =
        Api.as(national)
            .queryParam("provinceCode", "51")
            .queryParam("status", "SUBMITTED")
            .queryParam("year", 2006)
            .get(ALL)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.id");
    assertThat(inbox).containsExactly(id);
    for (String operation :
        List.of("createReport", "updateReport", "refreshReportFigures", "submitReport")) {
      OPERATIONS
          .get(operation)
          .apply(national, id)
          .then()
          .statusCode(403)
          .contentType("application/problem+json")
          .body("code", equalTo("FORBIDDEN"));
    }

    assertThat(ReportFixtures.snapshot("51")).isEqualTo(before);
  }

  @Test
  void communeOfficersCouncilMembersAdvisorsAndSubjectMembersHaveNoAccess() {
    String id = ReportFixtures.inStatus("51", 2005, "FY", "SUBMITTED");
    Map<String, String> before = ReportFixtures.snapshot("51");
    List<String> tokens =
        List.of(
            TestTokens.token(
                "can-bo-xa-51",
                Set.of("commune-officer"),
                Map.of("province", "51", "commune", "21583")),
            Tokens.councilMember("51"),
            TestTokens.token("to-tu-van-51", Set.of("advisor"), Map.of("province", "51")),
            TestTokens.subjectMember("htx-51", "51", UUID.randomUUID()));

    for (String token : tokens) {
      OPERATIONS.forEach(
          (operation, call) ->
              call.apply(token, id)
                  .then()
                  .statusCode(403)
                  .contentType("application/problem+json")
                  .body("code", equalTo("FORBIDDEN")));
    }

    assertThat(ReportFixtures.snapshot("51")).isEqualTo(before);
  }

  @Test
  void withoutATokenNothingIsAnswered() {
    given()
        .get(ALL)
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("code", equalTo("UNAUTHENTICATED"));
  }
}
