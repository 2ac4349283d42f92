package vn.ocop.rating.paperwork;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.ocop.rating.council.CouncilRole;
import vn.ocop.rating.dossier.DossierStatus;
import vn.ocop.rating.rules.EvaluationLevel;
import vn.ocop.rating.rules.Provinces;

/**
 * Reads the paperwork's facts with plain SQL from the tables of the council, dossier, scoring and
 * recognition features, so that this package depends on their data and not on their classes.
 *
 * <p>Until the council-session tables exist, a session is the set of dossiers sharing a {@code
 * dossier.session_id}: its date is the day its last dossier was evaluated, its attendance the
 * members who scored, and no place or conflict is known. The TODOs mark each stand-in.
 */
@ApplicationScoped
public class JdbcPaperworkSource implements PaperworkSource {
  private static final String DOSSIERS =
      """
      select d.id, d.product_name, d.council_id, d.status, d.rule_set_version, d.average_score,
             d.band_star_class, d.star_class, d.evaluated_on, s.name as subject_name,
             coalesce(p.product_set_name, 'Bộ ' || d.product_set) as product_set
      from dossier d
      left join subject_ref s on s.subject_id = d.subject_id
      left join product_ref p on p.product_id = d.product_id
      where d.session_id = ?
      order by d.product_name, d.id
      """;
  private static final String SHEETS =
      """
      select ss.dossier_id, ss.member_username, ss.total
      from score_sheet ss join dossier d on d.id = ss.dossier_id
      where d.session_id = ?
      """;
  private static final String DECISION =
      """
      select decision_number, decision_date, issuing_body, issuing_level, province_code
      from recognition_decision where id = ?
      """;
  // A decision (quyết định) recognises many products; here each product's decision is a row
  // of its own, so the annex gathers the rows recorded under the same decision.
  private static final String DECISION_ROWS =
      """
      select d.product_name, s.name as subject_name, s.commune_code, s.province_code,
             coalesce(p.product_set_name, 'Bộ ' || d.product_set) as product_set,
             r.score, r.star_class, r.validity_months, r.decision_date
      from recognition_decision r
      join dossier d on d.id = r.dossier_id
      left join subject_ref s on s.subject_id = r.subject_id
      left join product_ref p on p.product_id = r.product_id
      where r.decision_number = ? and r.decision_date = ? and r.issuing_body = ?
        and r.issuing_level = ? and r.province_code = ?
      order by d.product_name, r.id
      """;

  private final AgroalDataSource dataSource;
  private final Provinces provinces;

  JdbcPaperworkSource(AgroalDataSource dataSource, Provinces provinces) {
    this.dataSource = dataSource;
    this.provinces = provinces;
  }

  @Override
  public Optional<Session> session(UUID sessionId) {
    try (Connection connection = dataSource.getConnection()) {
      List<DossierFacts> dossiers = new ArrayList<>();
      UUID councilId = null;
      LocalDate lastEvaluated = null;
      Map<UUID, Map<String, BigDecimal>> totals = sheets(connection, sessionId);
      try (PreparedStatement statement = connection.prepareStatement(DOSSIERS)) {
        statement.setObject(1, sessionId);
        try (ResultSet rs = statement.executeQuery()) {
          while (rs.next()) {
            UUID id = rs.getObject("id", UUID.class);
            councilId = councilId == null ? rs.getObject("council_id", UUID.class) : councilId;
            LocalDate evaluatedOn = rs.getObject("evaluated_on", LocalDate.class);
            if (evaluatedOn != null
                && (lastEvaluated == null || evaluatedOn.isAfter(lastEvaluated))) {
              lastEvaluated = evaluatedOn;
            }
            dossiers.add(
                new DossierFacts(
                    id,
                    rs.getString("product_name"),
                    rs.getString("subject_name"),
                    rs.getString("product_set"),
                    DossierStatus.valueOf(rs.getString("status")),
                    rs.getString("rule_set_version"),
                    rs.getBigDecimal("average_score"),
                    (Integer) rs.getObject("band_star_class"),
                    (Integer) rs.getObject("star_class"),
                    totals.getOrDefault(id, Map.of())));
          }
        }
      }
      if (dossiers.isEmpty() || councilId == null) {
        return Optional.empty();
      }
      Council council = council(connection, councilId);
      // TODO(lead): read the attendance (điểm danh) of council_session instead of inferring it.
      List<String> present =
          council.seats().stream()
              .map(Seat::username)
              .filter(username -> dossiers.stream().anyMatch(d -> d.totals().containsKey(username)))
              .toList();
      // TODO(lead): held_on and place come from council_session; conflicts from the
      // conflict-of-interest declarations of the session's dossiers.
      return Optional.of(
          new Session(sessionId, council, lastEvaluated, null, present, List.of(), dossiers));
    } catch (SQLException e) {
      throw new IllegalStateException("could not read session " + sessionId, e);
    }
  }

  private static Map<UUID, Map<String, BigDecimal>> sheets(Connection connection, UUID sessionId)
      throws SQLException {
    Map<UUID, Map<String, BigDecimal>> totals = new HashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(SHEETS)) {
      statement.setObject(1, sessionId);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          totals
              .computeIfAbsent(rs.getObject("dossier_id", UUID.class), id -> new LinkedHashMap<>())
              .put(rs.getString("member_username"), rs.getBigDecimal("total"));
        }
      }
    }
    return totals;
  }

  private static Council council(Connection connection, UUID councilId) throws SQLException {
    String name;
    EvaluationLevel level;
    String provinceCode;
    try (PreparedStatement statement =
        connection.prepareStatement(
            "select name, level, province_code from council where id = ?")) {
      statement.setObject(1, councilId);
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        name = rs.getString("name");
        level = EvaluationLevel.valueOf(rs.getString("level"));
        provinceCode = rs.getString("province_code");
      }
    }
    List<Seat> seats = new ArrayList<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "select username, role from council_member where council_id = ? order by position")) {
      statement.setObject(1, councilId);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          seats.add(new Seat(rs.getString("username"), CouncilRole.valueOf(rs.getString("role"))));
        }
      }
    }
    return new Council(councilId, name, level, provinceCode, seats);
  }

  @Override
  public Optional<Decision> decision(UUID decisionId) {
    try (Connection connection = dataSource.getConnection()) {
      String number;
      LocalDate date;
      String body;
      String level;
      String provinceCode;
      try (PreparedStatement statement = connection.prepareStatement(DECISION)) {
        statement.setObject(1, decisionId);
        try (ResultSet rs = statement.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          number = rs.getString("decision_number");
          date = rs.getObject("decision_date", LocalDate.class);
          body = rs.getString("issuing_body");
          level = rs.getString("issuing_level");
          provinceCode = rs.getString("province_code");
        }
      }
      List<DecisionAnnex.Row> rows = new ArrayList<>();
      try (PreparedStatement statement = connection.prepareStatement(DECISION_ROWS)) {
        statement.setString(1, number);
        statement.setObject(2, date);
        statement.setString(3, body);
        statement.setString(4, level);
        statement.setString(5, provinceCode);
        try (ResultSet rs = statement.executeQuery()) {
          while (rs.next()) {
            int months = rs.getInt("validity_months");
            rows.add(
                new DecisionAnnex.Row(
                    rows.size() + 1,
                    rs.getString("product_name"),
                    rs.getString("subject_name"),
                    address(rs.getString("commune_code"), rs.getString("province_code")),
                    rs.getString("product_set"),
                    rs.getBigDecimal("score"),
                    rs.getInt("star_class"),
                    months,
                    // Valid for N months from the decision date, the last day included.
                    rs.getObject("decision_date", LocalDate.class)
                        .plusMonths(months)
                        .minusDays(1)));
          }
        }
      }
      return Optional.of(
          new Decision(
              decisionId, number, date, body, EvaluationLevel.valueOf(level), provinceCode, rows));
    } catch (SQLException e) {
      throw new IllegalStateException("could not read decision " + decisionId, e);
    }
  }

  /** The read model knows unit codes only; commune names come with the administrative map. */
  private String address(String communeCode, String provinceCode) {
    String province =
        provinceCode == null ? null : provinces.name(provinceCode).orElse(provinceCode);
    if (communeCode == null) {
      return province == null ? "" : province;
    }
    return "Xã/phường mã " + communeCode + (province == null ? "" : ", " + province);
  }
}
