package vn.ocop.rating.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.rating.support.Api;
import vn.ocop.rating.support.Fixtures;
import vn.ocop.rating.support.Problems;
import vn.ocop.rating.support.SheetAnswers;
import vn.ocop.rating.support.Tables;

/**
 * The rating service's audit trail: score sheets, round outcomes, results and decisions written
 * through the API are recorded with actor, request id and values, hash-chained, and tampering with
 * the chain is reported at the entry tampered with.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "rating"))
class RatingAuditTest {
  static final String DAK_LAK = Api.DAK_LAK;
  static final String MINE = "/api/rating/v1/dossiers/{id}/score-sheets/mine";
  static final String HISTORY = "/api/rating/v1/audit/{type}/{id}";
  static final String VERIFY = "/api/rating/v1/audit/chain/verification";

  @Inject AgroalDataSource dataSource;

  private static String requestId() {
    return "audit-test-" + UUID.randomUUID();
  }

  private static void submit(Fixtures.Scoring scoring, int member, int total, String requestId) {
    Api.as(Api.member(scoring.members().get(member), DAK_LAK))
        .header("X-Request-Id", requestId)
        .body(Fixtures.sheet(SheetAnswers.forTotal(Fixtures.PRODUCT_SET, total)))
        .put(MINE, scoring.dossierId())
        .then()
        .statusCode(200);
  }

  /**
   * The request's entries once sealed. The test profile sweeps for pending entries only every 60 s,
   * so an entry sealed within the wait was sealed because its commit woke the sealer.
   */
  private static List<Map<String, Object>> entries(String requestId) {
    awaitSealed(requestId);
    return Tables.query(
        "select record_type, record_id, action, actor, array_to_string(actor_roles, ',') as roles,"
            + " operation, province_code, chain_seq, hash, prev_hash,"
            + " cast(before as text) as before, cast(after as text) as after"
            + " from audit_entry where request_id = ? order by seq",
        List.of(requestId));
  }

  private static void awaitSealed(String requestId) {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
    while (pending(requestId) > 0) {
      assertThat(System.nanoTime())
          .as("entries of %s still pending after 5 s", requestId)
          .isLessThan(deadline);
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static long pending(String requestId) {
    return ((Number)
            Tables.query(
                    "select count(*) as n from audit_entry where request_id = ? and chain_pending",
                    List.of(requestId))
                .get(0)
                .get("n"))
        .longValue();
  }

  @Test
  void aScoreSheetIsAuditedWithItsMemberRequestIdValuesAndChainLink() {
    Fixtures.Scoring scoring = Fixtures.dossierInEvaluation(DAK_LAK);
    String requestId = requestId();

    submit(scoring, 0, 83, requestId);

    List<Map<String, Object>> entries = entries(requestId);
    Map<String, Object> sheet =
        entries.stream()
            .filter(entry -> "ScoreSheet".equals(entry.get("record_type")))
            .findFirst()
            .orElseThrow();
    String sheetId =
        Tables.query(
                "select cast(id as text) as id from score_sheet where dossier_id = ?::uuid",
                List.of(scoring.dossierId()))
            .get(0)
            .get("id")
            .toString();
    assertThat(sheet.get("record_id")).isEqualTo(sheetId);
    assertThat(sheet.get("action")).isEqualTo("CREATE");
    assertThat(sheet.get("actor")).isEqualTo(scoring.members().get(0));
    assertThat(sheet.get("roles")).isEqualTo("council-member");
    assertThat(sheet.get("operation")).isEqualTo("PUT submitMyScoreSheet");
    assertThat(sheet.get("before")).isNull();
    JsonPath after = JsonPath.from(sheet.get("after").toString());
    assertThat(after.getString("dossierId")).isEqualTo(scoring.dossierId());
    assertThat(after.getString("memberUsername")).isEqualTo(scoring.members().get(0));
    assertThat(after.getDouble("total")).isEqualTo(83.0);
    assertThat(after.getList("answers")).isNotEmpty();
    assertThat(after.getString("answers[0].criterionCode")).isNotBlank();
    assertThat(sheet.get("chain_seq")).isNotNull();
    assertThat(sheet.get("hash").toString()).matches("[0-9a-f]{64}");
    assertThat(sheet.get("prev_hash"))
        .isEqualTo(
            Tables.query(
                    "select hash from audit_entry where chain_seq = ?",
                    List.of(((Number) sheet.get("chain_seq")).longValue() - 1))
                .get(0)
                .get("hash"));
  }

  @Test
  void sheetsScoredAtOnceOnManyDossiersMakeOneUnbrokenChain() throws Exception {
    List<Fixtures.Scoring> sessions =
        java.util.stream.IntStream.range(0, 4)
            .mapToObj(i -> Fixtures.dossierInEvaluation(DAK_LAK))
            .toList();
    List<String> requestIds = new java.util.ArrayList<>();
    List<java.util.concurrent.Callable<Void>> sheets = new java.util.ArrayList<>();
    for (Fixtures.Scoring scoring : sessions) {
      for (int member = 0; member < 3; member++) {
        String requestId = requestId();
        requestIds.add(requestId);
        int who = member;
        sheets.add(
            () -> {
              submit(scoring, who, 80 + who, requestId);
              return null;
            });
      }
    }
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(12);
    try {
      for (java.util.concurrent.Future<Void> sheet : pool.invokeAll(sheets)) {
        sheet.get();
      }
    } finally {
      pool.shutdown();
    }

    List<Long> positions = new java.util.ArrayList<>();
    for (String requestId : requestIds) {
      for (Map<String, Object> entry : entries(requestId)) {
        if (!"ScoreSheet".equals(entry.get("record_type"))) {
          continue;
        }
        positions.add(((Number) entry.get("chain_seq")).longValue());
      }
    }
    // Twelve sheets, twelve distinct positions in the one chain, which verifies end to end.
    assertThat(positions).hasSize(12).doesNotHaveDuplicates();
    Api.as(Api.admin())
        .get(VERIFY)
        .then()
        .statusCode(200)
        .body("intact", equalTo(true))
        .body("brokenLink", org.hamcrest.Matchers.nullValue());
    for (Fixtures.Scoring scoring : sessions) {
      Api.as(Api.officer(DAK_LAK))
          .get("/api/rating/v1/dossiers/{id}", scoring.dossierId())
          .then()
          .statusCode(200)
          .body("status", equalTo("EVALUATED"));
    }
  }

  @Test
  void theClosingSheetAuditsTheRoundOutcomeAndTheResultOnTheDossier() {
    Fixtures.Scoring scoring = Fixtures.dossierInEvaluation(DAK_LAK);
    submit(scoring, 0, 83, requestId());
    submit(scoring, 1, 78, requestId());
    String last = requestId();

    submit(scoring, 2, 80, last);

    List<Map<String, Object>> entries = entries(last);
    assertThat(entries)
        .extracting(entry -> entry.get("record_type"))
        .contains("ScoreSheet", "ScoringRoundOutcome", "Dossier");
    Map<String, Object> outcome =
        entries.stream()
            .filter(entry -> "ScoringRoundOutcome".equals(entry.get("record_type")))
            .findFirst()
            .orElseThrow();
    assertThat(outcome.get("record_id")).isEqualTo(scoring.dossierId() + ":1");
    assertThat(outcome.get("province_code")).isEqualTo(DAK_LAK);
    assertThat(JsonPath.from(outcome.get("after").toString()).getInt("sheets")).isEqualTo(3);
    Map<String, Object> dossier =
        entries.stream()
            .filter(entry -> "Dossier".equals(entry.get("record_type")))
            .filter(entry -> JsonPath.from(entry.get("after").toString()).get("status") != null)
            .findFirst()
            .orElseThrow();
    assertThat(dossier.get("action")).isEqualTo("UPDATE");
    JsonPath before = JsonPath.from(dossier.get("before").toString());
    JsonPath after = JsonPath.from(dossier.get("after").toString());
    assertThat(before.getString("status")).isEqualTo("IN_EVALUATION");
    assertThat(after.getString("status")).isEqualTo("EVALUATED");
    assertThat(after.getDouble("averageScore")).isEqualTo(80.33);
    assertThat(after.getInt("starClass")).isEqualTo(4);
    assertThat(dossier.get("province_code")).isEqualTo(DAK_LAK);
    assertThat(entries).allSatisfy(entry -> assertThat(entry.get("chain_seq")).isNotNull());
  }

  @Test
  void aRejectedSheetWritesNoEntry() {
    Fixtures.Scoring scoring = Fixtures.dossierInEvaluation(DAK_LAK);
    String requestId = requestId();

    Problems.problem(
        Api.as(Api.member("not.on.this.council", DAK_LAK))
            .header("X-Request-Id", requestId)
            .body(Fixtures.sheet(SheetAnswers.forTotal(Fixtures.PRODUCT_SET, 83)))
            .put(MINE, scoring.dossierId()),
        404,
        "NOT_FOUND");

    assertThat(entries(requestId)).isEmpty();
  }

  @Test
  void officersReadTheHistoryOfTheirProvinceOnlyAndAuditorsOfAll() {
    Fixtures.Scoring scoring = Fixtures.dossierInEvaluation(DAK_LAK);
    String requestId = requestId();
    submit(scoring, 0, 83, requestId);
    awaitSealed(requestId);
    String sheetId =
        Tables.query(
                "select cast(id as text) as id from score_sheet where dossier_id = ?::uuid",
                List.of(scoring.dossierId()))
            .get(0)
            .get("id")
            .toString();

    Api.as(Api.officer(DAK_LAK))
        .get(HISTORY, "ScoreSheet", sheetId)
        .then()
        .statusCode(200)
        .body("pager.total", equalTo(1))
        .body("items[0].action", equalTo("CREATE"))
        .body("items[0].actor", equalTo(scoring.members().get(0)))
        .body("items[0].after.memberUsername", equalTo(scoring.members().get(0)))
        .body("items[0].hash", org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}"));
    Api.as(Api.nationalOfficer())
        .get(HISTORY, "Dossier", scoring.dossierId())
        .then()
        .statusCode(200)
        .body("items[0].recordId", equalTo(scoring.dossierId()))
        .body("items[-1].action", equalTo("CREATE"))
        .body("items[-1].actor", equalTo("officer." + DAK_LAK));
    Problems.problem(
        Api.as(Api.officer(Api.HA_TINH)).get(HISTORY, "ScoreSheet", sheetId), 404, "NOT_FOUND");
    Problems.problem(
        Api.as(Api.officer(DAK_LAK)).get(HISTORY, "ScoreSheet", UUID.randomUUID()),
        404,
        "NOT_FOUND");
    Problems.problem(
        Api.as(Api.member(scoring.members().get(0), DAK_LAK)).get(HISTORY, "ScoreSheet", sheetId),
        403,
        "FORBIDDEN");
    Problems.problem(Api.anonymous().get(HISTORY, "ScoreSheet", sheetId), 401, "UNAUTHENTICATED");
    Problems.problem(
        Api.as(Api.admin()).get(HISTORY, "score-sheet!", sheetId), 400, "VALIDATION_FAILED");
    Problems.problem(Api.as(Api.officer(DAK_LAK)).get(VERIFY), 403, "FORBIDDEN");
  }

  @Test
  void theChainHoldsAfterRealScoringAndReportsTheEntryTamperedWith() throws Exception {
    Fixtures.Scoring scoring = Fixtures.dossierInEvaluation(DAK_LAK);
    String requestId = requestId();
    submit(scoring, 0, 83, requestId);
    submit(scoring, 1, 78, requestId());
    awaitSealed(requestId);
    Map<String, Object> sheet =
        Tables.query(
                "select cast(id as text) as id, hash from audit_entry where request_id = ?"
                    + " and record_type = 'ScoreSheet'",
                List.of(requestId))
            .get(0);
    String entryId = sheet.get("id").toString();

    Api.as(Api.admin())
        .get(VERIFY)
        .then()
        .statusCode(200)
        .body("intact", equalTo(true))
        .body("service", equalTo("rating-service"))
        .body("brokenLink", org.hamcrest.Matchers.nullValue());

    // A superuser with triggers off changes the total the member gave.
    asReplica(
        "update audit_entry set after = jsonb_set(after, '{total}', '99.00')"
            + " where id = '"
            + entryId
            + "'");
    try {
      JsonPath report =
          Api.as(Api.nationalOfficer()).get(VERIFY).then().statusCode(200).extract().jsonPath();
      assertThat(report.getBoolean("intact")).isFalse();
      assertThat(report.getString("brokenLink.entryId")).isEqualTo(entryId);
      assertThat(report.getString("brokenLink.problem")).isEqualTo("HASH_MISMATCH");
      assertThat(report.getString("brokenLink.recordType")).isEqualTo("ScoreSheet");
      assertThat(report.getString("brokenLink.storedHash")).isEqualTo(sheet.get("hash"));
      assertThat(report.getString("brokenLink.expectedHash"))
          .matches("[0-9a-f]{64}")
          .isNotEqualTo(sheet.get("hash"));
    } finally {
      asReplica(
          "update audit_entry set after = jsonb_set(after, '{total}', '83.00')"
              + " where id = '"
              + entryId
              + "'");
    }
    Api.as(Api.admin()).get(VERIFY).then().statusCode(200).body("intact", equalTo(true));
  }

  @Test
  void aDeletedChainEntryIsReportedAtTheEntryAfterIt() throws Exception {
    Fixtures.Scoring scoring = Fixtures.dossierInEvaluation(DAK_LAK);
    String requestId = requestId();
    String nextRequestId = requestId();
    submit(scoring, 0, 83, requestId);
    submit(scoring, 1, 78, nextRequestId);
    awaitSealed(requestId);
    awaitSealed(nextRequestId);
    Map<String, Object> deleted =
        Tables.query(
                "select cast(id as text) as id, chain_seq, hash from audit_entry"
                    + " where request_id = ? and record_type = 'ScoreSheet'",
                List.of(requestId))
            .get(0);
    Map<String, Object> next =
        Tables.query(
                "select cast(id as text) as id, prev_hash from audit_entry where chain_seq = ?",
                List.of(((Number) deleted.get("chain_seq")).longValue() + 1))
            .get(0);
    Map<String, Object> previous =
        Tables.query(
                "select hash from audit_entry where chain_seq = ?",
                List.of(((Number) deleted.get("chain_seq")).longValue() - 1))
            .get(0);

    asReplica(
        "create table audit_entry_kept as select * from audit_entry where id = '"
            + deleted.get("id")
            + "'; delete from audit_entry where id = '"
            + deleted.get("id")
            + "'");
    try {
      JsonPath report = Api.as(Api.admin()).get(VERIFY).then().statusCode(200).extract().jsonPath();
      assertThat(report.getBoolean("intact")).isFalse();
      assertThat(report.getString("brokenLink.problem")).isEqualTo("MISSING_ENTRY");
      assertThat(report.getString("brokenLink.entryId")).isEqualTo(next.get("id"));
      assertThat(report.getString("brokenLink.storedHash")).isEqualTo(deleted.get("hash"));
      assertThat(report.getString("brokenLink.storedHash")).isEqualTo(next.get("prev_hash"));
      assertThat(report.getString("brokenLink.expectedHash")).isEqualTo(previous.get("hash"));
    } finally {
      asReplica(
          "insert into audit_entry overriding system value select * from audit_entry_kept;"
              + " drop table audit_entry_kept");
    }
    Api.as(Api.admin()).get(VERIFY).then().statusCode(200).body("intact", equalTo(true));
  }

  @Test
  void theDatabaseRefusesToChangeOrDeleteAuditEntries() throws Exception {
    Fixtures.Scoring scoring = Fixtures.dossierInEvaluation(DAK_LAK);
    String requestId = requestId();
    submit(scoring, 0, 83, requestId);
    awaitSealed(requestId);

    for (String sql :
        List.of(
            "update audit_entry set actor = 'someone.else' where request_id = '" + requestId + "'",
            // Sealed links are as fixed as the content: no re-linking, no un-sealing.
            "update audit_entry set hash = repeat('0', 64) where request_id = '"
                + requestId
                + "' and chain_seq is not null",
            "update audit_entry set chain_pending = true, chain_seq = null, prev_hash = null,"
                + " hash = null where request_id = '"
                + requestId
                + "' and chain_seq is not null",
            "delete from audit_entry where request_id = '" + requestId + "'",
            "truncate audit_entry")) {
      assertThatThrownBy(() -> execute(sql, false))
          .as(sql)
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("audit_entry is append-only");
    }
    assertThat(entries(requestId))
        .isNotEmpty()
        .allSatisfy(entry -> assertThat(entry.get("actor")).isEqualTo(scoring.members().get(0)));
  }

  private void asReplica(String sql) throws SQLException {
    execute(sql, true);
  }

  private void execute(String sql, boolean triggersOff) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      if (triggersOff) {
        statement.execute("set session_replication_role = replica");
      }
      try {
        statement.execute(sql);
      } finally {
        if (triggersOff) {
          statement.execute("set session_replication_role = origin");
        }
      }
    }
  }
}
