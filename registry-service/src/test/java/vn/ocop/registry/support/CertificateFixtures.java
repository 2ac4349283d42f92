package vn.ocop.registry.support;

import static vn.ocop.registry.support.Fixtures.ADMIN;
import static vn.ocop.registry.support.Fixtures.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.ocop.contracts.CloudEvent;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.contracts.rating.RecognitionDecided;
import vn.ocop.devstack.Await;
import vn.ocop.devstack.TestKafka;

/**
 * Certificates for the lifecycle tests: written straight into the table (any dates and status, as
 * an import would) or issued from recognition decisions through Kafka; plus reads of the rows the
 * lifecycle writes (status, history, reminders, outbox).
 */
public final class CertificateFixtures {
  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private CertificateFixtures() {}

  /** Today as the registry counts days. */
  public static LocalDate today() {
    return LocalDate.now(VIETNAM);
  }

  /**
   * A certificate of the product valid to {@code validTo} (decided 36 months earlier), in the given
   * status, with its first history row; returns its id.
   */
  public static UUID certificate(
      UUID productId, LocalDate validTo, String status, String issuingLevel, int stars) {
    UUID id = UUID.randomUUID();
    execute(
        insertSelect("?", "?")
            + " from product p join product_set ps on ps.number = p.product_set where p.id = ?",
        id,
        stars,
        "QĐ-" + id.toString().substring(0, 8),
        validTo.minusMonths(36),
        issuingLevel,
        validTo.minusMonths(36),
        validTo,
        status,
        productId);
    execute(
        "insert into certificate_status_history"
            + " (certificate_id, old_status, new_status, reason, changed_at, changed_by)"
            + " values (?, null, ?, 'fixture', now(), 'test')",
        id,
        status);
    return id;
  }

  /** A 3★ certificate of a province in the given status. */
  public static UUID certificate(UUID productId, LocalDate validTo, String status) {
    return certificate(productId, validTo, status, "PROVINCE", 3);
  }

  /** {@code count} certificates of one product, all valid to the same day, in one statement. */
  public static void certificates(UUID productId, int count, LocalDate validTo, String status) {
    execute(
        insertSelect("gen_random_uuid()", "'F-' || gen_random_uuid()")
            + " from product p join product_set ps on ps.number = p.product_set,"
            + " generate_series(1, ?) g where p.id = ?",
        3,
        validTo.minusMonths(36),
        "PROVINCE",
        validTo.minusMonths(36),
        validTo,
        status,
        count,
        productId);
    execute(
        "insert into certificate_status_history"
            + " (certificate_id, old_status, new_status, reason, changed_at, changed_by)"
            + " select id, null, status, 'fixture', now(), 'test' from certificate"
            + " where product_id = ?",
        productId);
  }

  private static String insertSelect(String id, String decisionNumber) {
    return "insert into certificate (id, decision_id, product_id, subject_id, province_code,"
        + " commune_code, product_set, product_group, star_class, score, decision_number,"
        + " decision_date, issuing_body, issuing_level, dossier_kind, rule_set_version,"
        + " valid_from, valid_to, status, public_code, created_at, version, map_version,"
        + " district_code, current_province_code, origin, status_changed_at, status_reason)"
        + " select "
        + id
        + ", null, p.id, p.subject_id, p.province_code, p.commune_code, p.product_set,"
        + " ps.group_number, ?, 75.00, "
        + decisionNumber
        + ", cast(? as date), 'Ủy ban nhân dân', ?, 'NEW', '148/2023', cast(? as date),"
        + " cast(? as date), ?, replace(cast(gen_random_uuid() as varchar), '-', ''), now(), 0,"
        + " p.map_version, p.district_code, p.current_province_code, 'IMPORT', now(), 'fixture'";
  }

  /** Runs the expiry engine for a day as an admin; returns its answer. */
  public static JsonPath runExpiry(LocalDate asOf) {
    return as(ADMIN)
        .queryParam("asOf", asOf.toString())
        .post("/api/registry/v1/expiry-runs")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** The number of certificates a run moved from one status to another. */
  public static int moved(JsonPath run, String from, String to) {
    return run.getInt(
        "transitions.find { it.from == '" + from + "' && it.to == '" + to + "' }.count");
  }

  /** The number of reminders a run recorded for a threshold. */
  public static int reminded(JsonPath run, int daysBefore) {
    return run.getInt("reminders.find { it.daysBefore == " + daysBefore + " }.count");
  }

  public static String status(UUID certificateId) {
    return string("select status from certificate where id = ?", certificateId);
  }

  public static long version(UUID certificateId) {
    return Db.count("select version from certificate where id = ?", certificateId);
  }

  public static long historyRows(UUID certificateId) {
    return Db.count(
        "select count(*) from certificate_status_history where certificate_id = ?", certificateId);
  }

  /** Outbox events of a type for a certificate. */
  public static long events(UUID certificateId, String type) {
    return Db.count(
        "select count(*) from outbox_event where message_key = ? and event_type = ?",
        certificateId.toString(),
        type);
  }

  /** The history rows of a certificate, oldest first, as column → value. */
  public static List<Map<String, Object>> history(UUID certificateId) {
    return rows(
        "select old_status, new_status, reason, decision_number, decision_date, changed_by"
            + " from certificate_status_history where certificate_id = ? order by id",
        certificateId);
  }

  /** The reminders of a certificate, most urgent threshold first. */
  public static List<Map<String, Object>> reminders(UUID certificateId) {
    return rows(
        "select days_before, due_date, late, as_of from certificate_reminder"
            + " where certificate_id = ? order by days_before",
        certificateId);
  }

  /** A recognition decision of the province of Đắk Lắk for a product. */
  public static RecognitionDecided decision(
      UUID product,
      UUID subject,
      int stars,
      LocalDate decided,
      String dossierKind,
      String issuingLevel) {
    return new RecognitionDecided(
        UUID.randomUUID(),
        UUID.randomUUID(),
        product,
        subject,
        Fixtures.DAK_LAK,
        "QĐ-" + UUID.randomUUID().toString().substring(0, 8),
        decided,
        "Ủy ban nhân dân tỉnh Đắk Lắk",
        issuingLevel,
        stars,
        new BigDecimal(stars == 3 ? "62.00" : stars == 4 ? "78.50" : "92.00"),
        dossierKind,
        "148/2023",
        36);
  }

  /** Publishes a decision as the rating service would and waits for its certificate. */
  public static UUID issue(RecognitionDecided decision) {
    CloudEvent<RecognitionDecided> event =
        new CloudEvent<>(
            CloudEvent.SPEC_VERSION,
            UUID.randomUUID().toString(),
            "/ocop/rating-service",
            EventTypes.RECOGNITION_DECIDED,
            decision.decisionId().toString(),
            OffsetDateTime.now(ZoneOffset.UTC),
            CloudEvent.JSON,
            decision);
    TestKafka.send(
        Topics.RATING_RECOGNITION, decision.decisionId().toString(), TestKafka.toJson(event));
    return Await.until(
        "the certificate of decision " + decision.decisionId(),
        () ->
            Optional.ofNullable(
                    string(
                        "select cast(id as varchar) from certificate where decision_id = ?",
                        decision.decisionId()))
                .map(UUID::fromString));
  }

  public static String string(String sql, Object... parameters) {
    List<Map<String, Object>> rows = rows(sql, parameters);
    return rows.isEmpty() ? null : (String) rows.get(0).values().iterator().next();
  }

  public static List<Map<String, Object>> rows(String sql, Object... parameters) {
    try (Connection connection = dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, parameters);
      try (ResultSet rs = statement.executeQuery()) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int i = 1; i <= columns; i++) {
            Object value = rs.getObject(i);
            if (value instanceof java.sql.Date date) {
              value = date.toLocalDate();
            }
            row.put(rs.getMetaData().getColumnLabel(i), value);
          }
          rows.add(row);
        }
        return rows;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  public static int execute(String sql, Object... parameters) {
    try (Connection connection = dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, parameters);
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      Object value = parameters[i];
      statement.setObject(i + 1, value instanceof LocalDate date ? date.toString() : value);
    }
  }

  private static AgroalDataSource dataSource() {
    return Arc.container().instance(AgroalDataSource.class).get();
  }
}
