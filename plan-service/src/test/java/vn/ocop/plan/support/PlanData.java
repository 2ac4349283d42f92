package vn.ocop.plan.support;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ocop.contracts.registry.CertificateIssued;

/** Plans, locks and commune certificates for the plan and progress tests. */
public final class PlanData {
  public static final String PLANS = "/api/plan/v1/provinces/{code}/plans";
  public static final String PLAN = "/api/plan/v1/plans/{id}";

  private PlanData() {}

  /** A target line of a plan request. */
  public static Map<String, Object> target(
      String indicator, Integer year, String kind, Number value) {
    java.util.HashMap<String, Object> target = new java.util.HashMap<>();
    target.put("indicatorCode", indicator);
    if (year != null) {
      target.put("year", year);
    }
    target.put("kind", kind);
    target.put("value", value);
    return target;
  }

  /** A plan request on the current map. */
  public static Map<String, Object> plan(
      String title, int start, int end, List<Map<String, Object>> targets) {
    return Map.of("title", title, "periodStart", start, "periodEnd", end, "targets", targets);
  }

  /** Creates a draft as the province's officer; returns the answer. */
  public static JsonPath create(String provinceCode, Map<String, Object> body) {
    return Api.as(Tokens.provinceOfficer(provinceCode))
        .contentType("application/json")
        .body(body)
        .post(PLANS, provinceCode)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  /** Approves a draft as the province's officer; returns the answer. */
  public static JsonPath approve(String provinceCode, String planId) {
    return Api.as(Tokens.provinceOfficer(provinceCode))
        .contentType("application/json")
        .body(Map.of("decisionNumber", "123/QĐ-UBND", "decisionDate", "2026-01-15"))
        .post(PLAN + "/approve", planId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** Creates and approves a plan; returns its id. */
  public static String approved(String provinceCode, Map<String, Object> body) {
    String id = create(provinceCode, body).getString("id");
    approve(provinceCode, id);
    return id;
  }

  /** Locks a province's year as the approval of its annual report would. */
  public static void lock(String provinceCode, int year) {
    execute(
        "insert into period_lock (province_code, year, report_id, locked_by, locked_at)"
            + " values (?, ?, ?, 'trung-uong', now()) on conflict do nothing",
        provinceCode,
        (short) year,
        UUID.randomUUID());
  }

  public static void execute(String sql, Object... parameters) {
    AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The rows of the plan tables, to check a refused request wrote nothing. */
  public static long planRows() {
    return Tables.count("select count(*) from plan")
        + Tables.count("select count(*) from plan_target");
  }

  /** Publishes certificates and waits until the service applied them all. */
  public static void publishAndAwait(List<CertificateIssued> certificates) {
    List<String> events = certificates.stream().map(CertificateEvents::publish).toList();
    Await.until(
        () -> events.stream().filter(Tables::consumed).count(),
        applied -> applied == events.size(),
        events.size() + " certificate events to be applied");
  }

  /** A certificate of a new product in a commune. */
  public static CertificateIssued inCommune(
      String provinceCode, String communeCode, int stars, LocalDate decided) {
    CertificateIssued c = CertificateEvents.certificate(provinceCode, stars, decided);
    return new CertificateIssued(
        c.certificateId(),
        c.decisionId(),
        c.productId(),
        c.subjectId(),
        c.provinceCode(),
        communeCode,
        c.productSet(),
        c.productGroup(),
        c.starClass(),
        c.score(),
        c.decisionNumber(),
        c.decisionDate(),
        c.issuingBody(),
        c.issuingLevel(),
        c.validFrom(),
        c.validTo(),
        c.dossierKind(),
        c.oldStatus(),
        c.status(),
        c.origin(),
        c.mapVersion(),
        c.currentProvinceCode(),
        c.validityMonths());
  }
}
