package vn.ocop.plan.report;

import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ocop.plan.support.Api;
import vn.ocop.plan.support.Tokens;

/** Report calls of the API and reads of the report tables, for the report tests. */
final class ReportFixtures {
  static final String CREATE = "/api/plan/v1/provinces/{code}/reports";
  static final String REPORT = "/api/plan/v1/reports/{id}";
  static final String ALL = "/api/plan/v1/reports";

  private ReportFixtures() {}

  /** Drafts a report as the given user; returns it. */
  static JsonPath create(String token, String provinceCode, int year, String period) {
    return Api.as(token)
        .contentType("application/json")
        .body("{\"year\":" + year + ",\"period\":\"" + period + "\"}")
        .post(CREATE, provinceCode)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  /** Drafts a report as the province's officer; returns its id. */
  static String draft(String provinceCode, int year, String period) {
    return create(Tokens.provinceOfficer(provinceCode), provinceCode, year, period).getString("id");
  }

  static JsonPath submit(String token, String id) {
    return move(token, id, "submit", null, "SUBMITTED");
  }

  static JsonPath approve(String token, String id) {
    return move(token, id, "approve", null, "APPROVED");
  }

  static JsonPath sendBack(String token, String id, String reason) {
    return move(token, id, "return", "{\"reason\":\"" + reason + "\"}", "RETURNED");
  }

  private static JsonPath move(String token, String id, String action, String body, String to) {
    var request = Api.as(token);
    if (body != null) {
      request = request.contentType("application/json").body(body);
    }
    return request
        .post(REPORT + "/" + action, id)
        .then()
        .statusCode(200)
        .body("status", equalTo(to))
        .extract()
        .jsonPath();
  }

  /** A report brought to the given status by its province and the national office. */
  static String inStatus(String provinceCode, int year, String period, String status) {
    String id = draft(provinceCode, year, period);
    String officer = Tokens.provinceOfficer(provinceCode);
    switch (status) {
      case "DRAFT" -> {}
      case "SUBMITTED" -> submit(officer, id);
      case "RETURNED" -> {
        submit(officer, id);
        sendBack(Tokens.national(), id, "Bổ sung số liệu");
      }
      case "APPROVED" -> {
        submit(officer, id);
        approve(Tokens.national(), id);
      }
      default -> throw new IllegalArgumentException(status);
    }
    return id;
  }

  static JsonPath get(String id) {
    return Api.as(Tokens.national()).get(REPORT, id).then().statusCode(200).extract().jsonPath();
  }

  /**
   * Everything the report tables, the period locks and the outbox hold about a province, as text:
   * equal snapshots before and after a refused request show that nothing was written.
   */
  static Map<String, String> snapshot(String provinceCode) {
    Map<String, String> tables = new LinkedHashMap<>();
    tables.put(
        "progress_report",
        text(
            "select string_agg(concat_ws('|', id, year, period, status, revision, narrative,"
                + " row_version, updated_at, figures_as_of, submitted_by, decided_by,"
                + " return_reason), ';' order by id) from progress_report where province_code = ?",
            provinceCode));
    tables.put(
        "progress_report_figure",
        text(
            "select string_agg(concat_ws('|', f.report_id, f.indicator_code, f.actual,"
                + " f.cumulative, f.target, f.comment), ';' order by f.report_id,"
                + " f.indicator_code) from progress_report_figure f join progress_report r on"
                + " r.id = f.report_id where r.province_code = ?",
            provinceCode));
    tables.put(
        "progress_report_transition",
        text(
            "select string_agg(t.seq::text, ',' order by t.seq) from progress_report_transition t"
                + " join progress_report r on r.id = t.report_id where r.province_code = ?",
            provinceCode));
    tables.put(
        "period_lock",
        text(
            "select string_agg(year::text, ',' order by year) from period_lock"
                + " where province_code = ?",
            provinceCode));
    tables.put(
        "outbox_event",
        text(
            "select string_agg(o.seq::text, ',' order by o.seq) from outbox_event o"
                + " join progress_report r on o.message_key = r.id::text"
                + " where r.province_code = ?",
            provinceCode));
    return tables;
  }

  /** The payloads of the outbox rows of a report, oldest first, as type → CloudEvent JSON. */
  static List<String[]> outbox(String reportId) {
    AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "select topic, event_type, payload from outbox_event where message_key = ?"
                    + " order by seq")) {
      statement.setString(1, reportId);
      try (ResultSet rs = statement.executeQuery()) {
        List<String[]> rows = new ArrayList<>();
        while (rs.next()) {
          rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
        }
        return rows;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static String text(String sql, Object... parameters) {
    AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
