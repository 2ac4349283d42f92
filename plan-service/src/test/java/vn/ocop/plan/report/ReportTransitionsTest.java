package vn.ocop.plan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.ocop.plan.report.ReportFixtures.REPORT;
import static vn.ocop.plan.report.ReportFixtures.approve;
import static vn.ocop.plan.report.ReportFixtures.get;
import static vn.ocop.plan.report.ReportFixtures.submit;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.plan.support.Api;
import vn.ocop.plan.support.Tokens;

/**
 * Every move of every state through the API, separation of duties, and stale versions: a refused
 * request writes nothing.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "plan"))
class ReportTransitionsTest {
  static final List<String> STATES = List.of("DRAFT", "SUBMITTED", "RETURNED", "APPROVED");

  /** What each action asks for, who does it, and the state it leads to. */
  enum Action {
    SUBMIT("submit", "SUBMITTED", null),
    APPROVE("approve", "APPROVED", null),
    RETURN("return", "RETURNED", "{\"reason\":\"Thiếu số liệu\"}");

    final String path;
    final String to;
    final String body;

    Action(String path, String to, String body) {
      this.path = path;
      this.to = to;
      this.body = body;
    }

    Response as(String provinceCode, String id) {
      var request =
          Api.as(this == SUBMIT ? Tokens.provinceOfficer(provinceCode) : Tokens.national());
      if (body != null) {
        request = request.contentType("application/json").body(body);
      }
      return request.post(REPORT + "/" + path, id);
    }
  }

  @Test
  void everyStateAllowsItsMovesAndRefusesTheOthersWritingNothing() {
    int year = 2001;
    for (String state : STATES) {
      for (Action action : Action.values()) {
        String id = ReportFixtures.inStatus("12", year++, "H1", state);
        boolean allowed =
            switch (state) {
              case "DRAFT", "RETURNED" -> action == Action.SUBMIT;
              case "SUBMITTED" -> action != Action.SUBMIT;
              default -> false;
            };
        Map<String, String> before = ReportFixtures.snapshot("12");

        Response response = action.as("12", id);

        if (allowed) {
          response.then().statusCode(200).body("status", equalTo(action.to));
          assertThat(ReportFixtures.snapshot("12")).isNotEqualTo(before);
        } else {
          response
              .then()
              .statusCode(409)
              .contentType("application/problem+json")
              .body("code", equalTo("REPORT_TRANSITION_NOT_ALLOWED"));
          assertThat(ReportFixtures.snapshot("12"))
              .as("%s %s writes nothing", state, action)
              .isEqualTo(before);
          assertThat(get(id).getString("status")).isEqualTo(state);
        }
      }
    }
  }

  @Test
  void submittedAndApprovedReportsAreNotEdited() {
    for (String state : List.of("SUBMITTED", "APPROVED")) {
      String id =
          ReportFixtures.inStatus("12", state.equals("SUBMITTED") ? 2013 : 2014, "H1", state);
      String officer = Tokens.provinceOfficer("12");
      Map<String, String> before = ReportFixtures.snapshot("12");

      for (Response response :
          List.of(
              Api.as(officer)
                  .contentType("application/json")
                  .body("{\"version\":" + get(id).getLong("version") + ",\"narrative\":\"x\"}")
                  .put(REPORT, id),
              Api.as(officer).post(REPORT + "/refresh", id))) {
        response
            .then()
            .statusCode(409)
            .contentType("application/problem+json")
            .body("code", equalTo("REPORT_NOT_EDITABLE"));
      }
      assertThat(ReportFixtures.snapshot("12")).isEqualTo(before);
    }
  }

  @Test
  void nobodyApprovesOrReturnsAReportTheyDraftedOrSubmitted() {
    String admin = Tokens.admin();
    // Drafted and submitted by the same admin.
    String both = ReportFixtures.create(admin, "25", 2012, "FY").getString("id");
    submit(admin, both);
    // Drafted by the admin, submitted by the province.
    String drafted = ReportFixtures.create(admin, "25", 2011, "FY").getString("id");
    submit(Tokens.provinceOfficer("25"), drafted);
    // Drafted by the province, submitted by the admin.
    String submitted = ReportFixtures.draft("25", 2010, "FY");
    submit(admin, submitted);
    Map<String, String> before = ReportFixtures.snapshot("25");

    for (String id : List.of(both, drafted, submitted)) {
      Api.as(admin)
          .post(REPORT + "/approve", id)
          .then()
          .statusCode(403)
          .contentType("application/problem+json")
          .body("code", equalTo("OWN_REPORT"));
      Api.as(admin)
          .contentType("application/json")
          .body("{\"reason\":\"Tự trả lại\"}")
          .post(REPORT + "/return", id)
          .then()
          .statusCode(403)
          .contentType("application/problem+json")
          .body("code", equalTo("OWN_REPORT"));
    }

    assertThat(ReportFixtures.snapshot("25")).isEqualTo(before);
    // Another officer of the national office decides.
    approve(Tokens.national(), both);
    assertThat(
            ReportFixtures.text(
                "select report_id::text from period_lock where province_code = '25' and year = 2012"))
        .isEqualTo(both);
  }

  @Test
  void aProvinceOfficerNeitherApprovesNorReturnsReports() {
    String id = ReportFixtures.inStatus("25", 2009, "H1", "SUBMITTED");
    Map<String, String> before = ReportFixtures.snapshot("25");
    String officer = Tokens.provinceOfficer("25");

    Api.as(officer)
        .post(REPORT + "/approve", id)
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("code", equalTo("FORBIDDEN"));
    Api.as(officer)
        .contentType("application/json")
        .body("{\"reason\":\"x\"}")
        .post(REPORT + "/return", id)
        .then()
        .statusCode(403)
        .body("code", equalTo("FORBIDDEN"));

    assertThat(ReportFixtures.snapshot("25")).isEqualTo(before);
  }

  @Test
  void anEditOnAStaleVersionIsRefusedAndWritesNothing() {
    String id = ReportFixtures.draft("14", 2013, "FY");
    String officer = Tokens.provinceOfficer("14");
    long read = get(id).getLong("version");
    Api.as(officer)
        .contentType("application/json")
        .body("{\"version\":" + read + ",\"narrative\":\"Bản của cán bộ A\"}")
        .put(REPORT, id)
        .then()
        .statusCode(200)
        .body("version", equalTo((int) read + 1));
    Map<String, String> before = ReportFixtures.snapshot("14");

    Api.as(officer)
        .contentType("application/json")
        .body("{\"version\":" + read + ",\"narrative\":\"Bản của cán bộ B\"}")
        .put(REPORT, id)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("code", equalTo("REPORT_VERSION_CONFLICT"))
        .body("errors[0].field", equalTo("version"));

    assertThat(ReportFixtures.snapshot("14")).isEqualTo(before);
    assertThat(get(id).getString("narrative")).isEqualTo("Bản của cán bộ A");
  }
}
