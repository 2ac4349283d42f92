package vn.ocop.rating.paperwork;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.ocop.rating.council.CouncilRole;
import vn.ocop.rating.dossier.DossierStatus;
import vn.ocop.rating.rules.EvaluationLevel;
import vn.ocop.rating.rules.Provinces;

/**
 * Reads the paperwork's facts with plain SQL from the tables of the council, session, conflict,
 * dossier, scoring and recognition features, so that this package depends on their data and not on
 * their classes.
 *
 * <p>The figures of a dossier come from its final scoring round only, and of the members eligible
 * to score it: present at the session in a scoring role and not excluded by a conflict of interest
 * (their latest declaration, or one detected). Earlier rounds are listed as re-scored rounds.
 */
@ApplicationScoped
public class JdbcPaperworkSource implements PaperworkSource {
  private static final String SESSION =
      "select council_id, held_on, place from council_session where id = ?";
  private static final String ATTENDANCE =
      """
      select a.username, a.role, a.present, m.full_name
      from session_attendance a
      join council_session s on s.id = a.session_id
      left join council_member m on m.council_id = s.council_id and m.username = a.username
      where a.session_id = ?
      order by a.position
      """;
  private static final String DOSSIERS =
      """
      select d.id, d.product_name, d.status, d.rule_set_version, d.average_score,
             d.band_star_class, d.star_class, d.product_set, d.scoring_round,
             s.name as subject_name,
             coalesce(p.product_set_name, 'Bộ ' || d.product_set) as product_set_name
      from dossier d
      left join subject_ref s on s.subject_id = d.subject_id
      left join product_ref p on p.product_id = d.product_id
      where d.session_id = ?
      order by d.product_name, d.id
      """;
  // Declarations are never updated: the highest revision per member and dossier counts.
  private static final String LATEST_DECLARATIONS =
      """
      select distinct on (c.dossier_id, c.member_username)
             c.dossier_id, c.member_username, c.declaration, c.conflict_kind, c.note,
             c.detected_conflict, d.product_name
      from conflict_declaration c
      join dossier d on d.id = c.dossier_id and d.session_id = c.session_id
      where c.session_id = ?
      order by c.dossier_id, c.member_username, c.revision desc
      """;
  private static final String FINAL_ROUND_SHEETS =
      """
      select ss.id, ss.dossier_id, ss.member_username, ss.total
      from score_sheet ss
      join dossier d on d.id = ss.dossier_id and ss.scoring_round = d.scoring_round
      where d.session_id = ?
      """;
  private static final String FINAL_ROUND_ANSWERS =
      """
      select ss.dossier_id, a.sheet_id, a.criterion_code, a.points
      from score_sheet_answer a
      join score_sheet ss on ss.id = a.sheet_id
      join dossier d on d.id = ss.dossier_id and ss.scoring_round = d.scoring_round
      where d.session_id = ?
      """;
  private static final String RESCORED_ROUNDS =
      """
      select o.dossier_id, o.scoring_round, o.lowest_total, o.highest_total, o.spread,
             o.max_spread
      from scoring_round_outcome o
      join dossier d on d.id = o.dossier_id
      where d.session_id = ? and o.outcome = 'RESCORE_REQUIRED'
      order by o.dossier_id, o.scoring_round
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
      UUID councilId;
      LocalDate heldOn;
      String place;
      try (PreparedStatement statement = connection.prepareStatement(SESSION)) {
        statement.setObject(1, sessionId);
        try (ResultSet rs = statement.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          councilId = rs.getObject("council_id", UUID.class);
          heldOn = rs.getObject("held_on", LocalDate.class);
          place = rs.getString("place");
        }
      }
      List<AttendanceLine> attendance = attendance(connection, sessionId);
      List<Declared> declared = latestDeclarations(connection, sessionId);
      Set<String> excluded = new HashSet<>();
      List<SessionMinutes.Conflict> conflicts = new ArrayList<>();
      for (Declared declaration : declared) {
        if (declaration.excludes()) {
          excluded.add(declaration.dossierId() + "/" + declaration.member());
          conflicts.add(declaration.toConflict(nameOf(attendance, declaration.member())));
        }
      }
      conflicts.sort(
          Comparator.comparing(SessionMinutes.Conflict::productName)
              .thenComparing(SessionMinutes.Conflict::member));
      Set<String> scorers =
          attendance.stream()
              .filter(line -> line.present() && line.role().scores())
              .map(AttendanceLine::username)
              .collect(Collectors.toSet());
      Map<UUID, Map<String, BigDecimal>> totals = new HashMap<>();
      Set<UUID> countingSheets = new HashSet<>();
      try (PreparedStatement statement = connection.prepareStatement(FINAL_ROUND_SHEETS)) {
        statement.setObject(1, sessionId);
        try (ResultSet rs = statement.executeQuery()) {
          while (rs.next()) {
            UUID dossierId = rs.getObject("dossier_id", UUID.class);
            String member = rs.getString("member_username");
            if (scorers.contains(member) && !excluded.contains(dossierId + "/" + member)) {
              countingSheets.add(rs.getObject("id", UUID.class));
              totals
                  .computeIfAbsent(dossierId, id -> new LinkedHashMap<>())
                  .put(member, rs.getBigDecimal("total"));
            }
          }
        }
      }
      Map<UUID, Map<String, BigDecimal>> meanPoints =
          meanPoints(connection, sessionId, countingSheets);
      Map<UUID, List<RescoredRound>> rescored = rescoredRounds(connection, sessionId);
      List<DossierFacts> dossiers = new ArrayList<>();
      try (PreparedStatement statement = connection.prepareStatement(DOSSIERS)) {
        statement.setObject(1, sessionId);
        try (ResultSet rs = statement.executeQuery()) {
          while (rs.next()) {
            UUID id = rs.getObject("id", UUID.class);
            dossiers.add(
                new DossierFacts(
                    id,
                    rs.getString("product_name"),
                    rs.getString("subject_name"),
                    rs.getString("product_set_name"),
                    (Integer) rs.getObject("product_set"),
                    DossierStatus.valueOf(rs.getString("status")),
                    rs.getString("rule_set_version"),
                    rs.getBigDecimal("average_score"),
                    (Integer) rs.getObject("band_star_class"),
                    (Integer) rs.getObject("star_class"),
                    rs.getInt("scoring_round"),
                    totals.getOrDefault(id, Map.of()),
                    meanPoints.getOrDefault(id, Map.of()),
                    rescored.getOrDefault(id, List.of())));
          }
        }
      }
      return Optional.of(
          new Session(
              sessionId,
              council(connection, councilId),
              heldOn,
              place,
              attendance,
              conflicts,
              dossiers));
    } catch (SQLException e) {
      throw new IllegalStateException("could not read session " + sessionId, e);
    }
  }

  private static List<AttendanceLine> attendance(Connection connection, UUID sessionId)
      throws SQLException {
    List<AttendanceLine> lines = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(ATTENDANCE)) {
      statement.setObject(1, sessionId);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          String username = rs.getString("username");
          String fullName = rs.getString("full_name");
          lines.add(
              new AttendanceLine(
                  username,
                  fullName == null || fullName.isBlank() ? username : fullName,
                  CouncilRole.valueOf(rs.getString("role")),
                  rs.getBoolean("present")));
        }
      }
    }
    return lines;
  }

  private static String nameOf(List<AttendanceLine> attendance, String username) {
    return attendance.stream()
        .filter(line -> line.username().equals(username))
        .map(AttendanceLine::name)
        .findFirst()
        .orElse(username);
  }

  /** A member's latest declaration on a dossier of the session. */
  private record Declared(
      UUID dossierId,
      String member,
      String productName,
      String declaration,
      String kind,
      String note,
      String detected) {

    boolean excludes() {
      return "CONFLICT".equals(declaration) || detected != null;
    }

    SessionMinutes.Conflict toConflict(String memberName) {
      List<String> reasons = new ArrayList<>();
      if ("CONFLICT".equals(declaration)) {
        String declared = "tự kê khai: " + VietnameseText.conflictKind(kind);
        reasons.add(note == null || note.isBlank() ? declared : declared + " - " + note);
      }
      if (detected != null) {
        reasons.add("phát hiện: " + detected);
      }
      return new SessionMinutes.Conflict(memberName, productName, String.join("; ", reasons));
    }
  }

  private static List<Declared> latestDeclarations(Connection connection, UUID sessionId)
      throws SQLException {
    List<Declared> declared = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(LATEST_DECLARATIONS)) {
      statement.setObject(1, sessionId);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          declared.add(
              new Declared(
                  rs.getObject("dossier_id", UUID.class),
                  rs.getString("member_username"),
                  rs.getString("product_name"),
                  rs.getString("declaration"),
                  rs.getString("conflict_kind"),
                  rs.getString("note"),
                  rs.getString("detected_conflict")));
        }
      }
    }
    return declared;
  }

  /**
   * The mean points per criterion over the counting sheets of each dossier, over the members who
   * answered it, to four decimals: the aggregation the scoring feature gates on.
   */
  private static Map<UUID, Map<String, BigDecimal>> meanPoints(
      Connection connection, UUID sessionId, Set<UUID> countingSheets) throws SQLException {
    Map<UUID, Map<String, BigDecimal[]>> sums = new HashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(FINAL_ROUND_ANSWERS)) {
      statement.setObject(1, sessionId);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          UUID sheetId = rs.getObject("sheet_id", UUID.class);
          if (!countingSheets.contains(sheetId)) {
            continue;
          }
          UUID dossierId = rs.getObject("dossier_id", UUID.class);
          BigDecimal[] sum =
              sums.computeIfAbsent(dossierId, id -> new HashMap<>())
                  .computeIfAbsent(
                      rs.getString("criterion_code"),
                      code -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
          sum[0] = sum[0].add(rs.getBigDecimal("points"));
          sum[1] = sum[1].add(BigDecimal.ONE);
        }
      }
    }
    Map<UUID, Map<String, BigDecimal>> means = new HashMap<>();
    sums.forEach(
        (dossierId, byCriterion) -> {
          Map<String, BigDecimal> of = new HashMap<>();
          byCriterion.forEach(
              (code, sum) -> of.put(code, sum[0].divide(sum[1], 4, RoundingMode.HALF_UP)));
          means.put(dossierId, of);
        });
    return means;
  }

  private static Map<UUID, List<RescoredRound>> rescoredRounds(
      Connection connection, UUID sessionId) throws SQLException {
    Map<UUID, List<RescoredRound>> rounds = new HashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(RESCORED_ROUNDS)) {
      statement.setObject(1, sessionId);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          rounds
              .computeIfAbsent(rs.getObject("dossier_id", UUID.class), id -> new ArrayList<>())
              .add(
                  new RescoredRound(
                      rs.getInt("scoring_round"),
                      rs.getBigDecimal("lowest_total"),
                      rs.getBigDecimal("highest_total"),
                      rs.getBigDecimal("spread"),
                      rs.getBigDecimal("max_spread")));
        }
      }
    }
    return rounds;
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
