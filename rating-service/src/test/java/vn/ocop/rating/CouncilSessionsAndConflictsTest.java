package vn.ocop.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.ocop.rating.support.Problems.fieldProblem;
import static vn.ocop.rating.support.Problems.problem;
import static vn.ocop.rating.support.Sessions.SESSIONS;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.devstack.TestTokens;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;
import vn.ocop.rating.conflict.Eligibility;
import vn.ocop.rating.dossier.Dossier;
import vn.ocop.rating.dossier.DossierRepository;
import vn.ocop.rating.support.Api;
import vn.ocop.rating.support.Fixtures;
import vn.ocop.rating.support.Registry;
import vn.ocop.rating.support.Sessions;
import vn.ocop.rating.support.Tables;

/**
 * Councils with their regulation and affiliations, sessions with attendance and quorum, and
 * declarations of conflict of interest before members see a dossier.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "rating"))
class CouncilSessionsAndConflictsTest {
  static final String DAK_LAK = Api.DAK_LAK;
  static final String HA_TINH = Api.HA_TINH;
  static final String COUNCILS = "/api/rating/v1/councils";
  static final String DOSSIERS = "/api/rating/v1/dossiers";

  @Inject Eligibility eligibility;
  @Inject DossierRepository dossiers;

  /** A council of a chair, seven members and a secretary; usernames carry a fresh tag. */
  record Board(String councilId, String chair, List<String> members, String secretary) {
    List<String> scoring() {
      List<String> all = new ArrayList<>();
      all.add(chair);
      all.addAll(members);
      return all;
    }
  }

  @Test
  void aSessionOpensWithSixOfEightScoringMembersIncludingTheChairAndNotWithFewer() {
    Board board = board(Map.of());
    String session = Sessions.plan(DAK_LAK, board.councilId());
    List<String> fivePlusSecretary = new ArrayList<>(board.scoring().subList(0, 5));
    fivePlusSecretary.add(board.secretary());
    problem(open(session, fivePlusSecretary), 409, "QUORUM_NOT_PRESENT");
    problem(open(session, board.members().subList(0, 6)), 409, "QUORUM_NOT_PRESENT");
    assertThat(attendanceRows(session)).isZero();
    sessionStatus(session, "PLANNED");

    open(session, board.scoring().subList(0, 6))
        .then()
        .statusCode(200)
        .body("status", equalTo("OPEN"))
        .body("openedAt", notNullValue())
        .body("attendance", hasSize(9))
        .body("attendance.findAll { it.present }.username", hasSize(6))
        .body(
            "attendance.find { it.username == '" + board.secretary() + "' }.present",
            equalTo(false))
        .body(
            "attendance.find { it.username == '" + board.secretary() + "' }.role",
            equalTo("SECRETARY"));
    assertThat(
            Tables.count(
                "select count(*) from session_attendance where session_id = ? and present",
                List.of(UUID.fromString(session))))
        .isEqualTo(6);
  }

  @Test
  void aRegulationWithoutTheChairRuleOpensWithoutTheChair() {
    Board board = board(Map.of("quorumPercent", 50, "chairRequired", false));
    String session = Sessions.plan(DAK_LAK, board.councilId());
    Api.as(Api.officer(DAK_LAK))
        .get(COUNCILS + "/{id}", board.councilId())
        .then()
        .body("regulation.quorumPercent", equalTo(50))
        .body("regulation.chairRequired", equalTo(false))
        .body("kind", equalTo("COUNCIL"));
    open(session, board.members().subList(0, 4)).then().statusCode(200);
  }

  @Test
  void sessionsMoveOnlyAlongTheirStateMachineOverTheApi() {
    Board board = board(Map.of());
    String session = Sessions.plan(DAK_LAK, board.councilId());
    problem(officer().post(SESSIONS + "/{id}/close", session), 409, "SESSION_NOT_OPEN");
    Sessions.open(DAK_LAK, session, board.scoring());
    problem(
        officer().body(Map.of("reason", "hoãn")).post(SESSIONS + "/{id}/cancel", session),
        409,
        "SESSION_NOT_PLANNED");
    problem(open(session, board.scoring()), 409, "SESSION_NOT_PLANNED");
    officer()
        .post(SESSIONS + "/{id}/close", session)
        .then()
        .statusCode(200)
        .body("status", equalTo("CLOSED"));
    problem(officer().post(SESSIONS + "/{id}/close", session), 409, "SESSION_NOT_OPEN");

    String other = Sessions.plan(DAK_LAK, board.councilId());
    officer()
        .body(Map.of("reason", "Hoãn do chưa đủ hồ sơ"))
        .post(SESSIONS + "/{id}/cancel", other)
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"))
        .body("cancelReason", equalTo("Hoãn do chưa đủ hồ sơ"));
    problem(open(other, board.scoring()), 409, "SESSION_NOT_PLANNED");
  }

  @Test
  void membersAreReplacedBetweenSessionsNeverWhileOneIsOpenAndOnlyFromTheVersionRead() {
    Board board = board(Map.of());
    String session = Sessions.plan(DAK_LAK, board.councilId());
    Sessions.open(DAK_LAK, session, board.scoring());
    List<Map<String, Object>> newMembers =
        List.of(
            Map.of("username", board.chair(), "role", "CHAIR"),
            Map.of("username", "new.member." + board.chair(), "role", "MEMBER"));
    long rows = membersOf(board.councilId());
    problem(replace(board.councilId(), 0, newMembers), 409, "COUNCIL_IN_SESSION");
    officer().post(SESSIONS + "/{id}/close", session).then().statusCode(200);

    problem(
        replace(
            board.councilId(),
            0,
            List.of(
                Map.of("username", board.chair(), "role", "CHAIR"),
                Map.of("username", "x." + board.chair(), "role", "CHAIR"))),
        400,
        "VALIDATION_FAILED");
    fieldProblem(
        replace(board.councilId(), 0, List.of(Map.of("username", board.chair(), "role", "JUDGE"))),
        400,
        "MALFORMED_REQUEST",
        "members[0].role",
        "type");
    assertThat(membersOf(board.councilId())).isEqualTo(rows);

    // The chair moves from first to second place: rows are rewritten in place.
    replace(
            board.councilId(),
            0,
            List.of(
                Map.of("username", "new.member." + board.chair(), "role", "MEMBER"),
                Map.of("username", board.chair(), "role", "CHAIR")))
        .then()
        .statusCode(200)
        .body("members.username", contains("new.member." + board.chair(), board.chair()))
        .body("version", equalTo(1));
    assertThat(membersOf(board.councilId())).isEqualTo(2);
    problem(replace(board.councilId(), 0, newMembers), 409, "CONCURRENT_UPDATE");
  }

  @Test
  void aMemberSeesTheSummaryFirstTheDossierAfterDeclaringNoneAndNothingAfterAConflict() {
    Board board = board(Map.of());
    Registry.Product product = Registry.registerProduct(DAK_LAK, "Cà phê Robusta " + board.chair());
    String dossier = submitted(product);
    String session = Sessions.plan(DAK_LAK, board.councilId());
    Sessions.assign(DAK_LAK, session, dossier);
    String clean = board.members().get(0);
    String related = board.members().get(1);

    problem(member(clean).get(DOSSIERS + "/{id}", dossier), 409, "CONFLICT_DECLARATION_REQUIRED");
    member(clean)
        .get(SESSIONS + "/my-dossiers")
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("items[0].dossierId", equalTo(dossier))
        .body("items[0].productName", equalTo(product.name()))
        .body("items[0].subjectName", equalTo("Hợp tác xã Nông nghiệp Ea Tu"))
        .body("items[0].productSetName", equalTo("Cà phê, ca cao"))
        .body("items[0].myState", equalTo("DECLARATION_REQUIRED"))
        .body("items[0].myRole", equalTo("MEMBER"));
    member(clean)
        .get(DOSSIERS)
        .then()
        .body("items.id", org.hamcrest.Matchers.not(hasItem(dossier)));

    declare(clean, session, dossier, Map.of("declaration", "NONE"))
        .then()
        .statusCode(201)
        .body("revision", equalTo(1))
        .body("excluded", equalTo(false))
        .body("detectedConflict", nullValue());
    member(clean)
        .get(DOSSIERS + "/{id}", dossier)
        .then()
        .statusCode(200)
        .body("id", equalTo(dossier));
    member(clean).get(DOSSIERS).then().body("items.id", hasItem(dossier));

    Map<String, Object> conflict = new HashMap<>();
    conflict.put("declaration", "CONFLICT");
    conflict.put("kind", "RELATIVE");
    conflict.put("note", "Em ruột tôi là giám đốc hợp tác xã");
    declare(related, session, dossier, conflict)
        .then()
        .statusCode(201)
        .body("excluded", equalTo(true));
    problem(member(related).get(DOSSIERS + "/{id}", dossier), 404, "NOT_FOUND");
    member(related)
        .get(SESSIONS + "/my-dossiers")
        .then()
        .body("items[0].myState", equalTo("CONFLICTED"))
        .body("items[0].myConflictKind", equalTo("RELATIVE"));

    // A change of mind is a new row; the old one stays.
    declare(clean, session, dossier, conflict).then().statusCode(201).body("revision", equalTo(2));
    problem(member(clean).get(DOSSIERS + "/{id}", dossier), 404, "NOT_FOUND");
    assertThat(
            Tables.count(
                "select count(*) from conflict_declaration where dossier_id = ?",
                List.of(UUID.fromString(dossier))))
        .isEqualTo(3);

    officer()
        .get(SESSIONS + "/{id}/declarations", session)
        .then()
        .statusCode(200)
        .body("memberUsername", containsInAnyOrder(clean, clean, related));
    member(related)
        .get(SESSIONS + "/{id}/declarations", session)
        .then()
        .statusCode(200)
        .body("memberUsername", contains(related));
    problem(
        member("outsider." + board.chair()).get(SESSIONS + "/{id}/declarations", session),
        404,
        "NOT_FOUND");
    problem(
        Api.as(Api.officer(HA_TINH)).get(SESSIONS + "/{id}/declarations", session),
        404,
        "NOT_FOUND");
  }

  @Test
  void affiliationsAndTheMembersOwnSubjectExcludeThemWhateverTheyDeclare() {
    Registry.Product product = Registry.registerProduct(DAK_LAK, "Mắc ca " + UUID.randomUUID());
    String subject = product.subjectId().toString();
    Board board =
        board(
            Map.of(),
            Map.of(1, Map.of("employerSubjectIds", List.of(subject))),
            Map.of(2, Map.of("relatedSubjectIds", List.of(subject))));
    String dossier = submitted(product);
    String session = Sessions.plan(DAK_LAK, board.councilId());
    Sessions.assign(DAK_LAK, session, dossier);
    String employee = board.members().get(1);
    String relative = board.members().get(2);
    String owner = board.members().get(3);
    String ownerToken =
        TestTokens.token(
            owner, Set.of("council-member"), Map.of("province", DAK_LAK, "subject_id", subject));

    declare(employee, session, dossier, Map.of("declaration", "NONE"))
        .then()
        .statusCode(201)
        .body("excluded", equalTo(true))
        .body("detectedConflict", org.hamcrest.Matchers.containsString("employers"));
    declare(relative, session, dossier, Map.of("declaration", "NONE"))
        .then()
        .body("detectedConflict", org.hamcrest.Matchers.containsString("relatives"));
    Api.as(ownerToken)
        .body(Map.of("declaration", "NONE"))
        .post(SESSIONS + "/{s}/dossiers/{d}/declarations", session, dossier)
        .then()
        .statusCode(201)
        .body("detectedConflict", org.hamcrest.Matchers.containsString("account belongs"));
    for (String conflicted : List.of(employee, relative)) {
      problem(member(conflicted).get(DOSSIERS + "/{id}", dossier), 404, "NOT_FOUND");
    }
    problem(Api.as(ownerToken).get(DOSSIERS + "/{id}", dossier), 404, "NOT_FOUND");
    assertThat(
            Tables.query(
                "select detected_conflict from conflict_declaration where dossier_id = ?",
                List.of(UUID.fromString(dossier))))
        .extracting(row -> row.get("detected_conflict"))
        .doesNotContainNull()
        .hasSize(3);

    // The scoring code's view: only present, cleared, scoring members.
    for (String member : board.scoring()) {
      if (!List.of(employee, relative, owner).contains(member)) {
        Sessions.declareNone(member, DAK_LAK, session, dossier);
      }
    }
    Sessions.declareNone(board.secretary(), DAK_LAK, session, dossier);
    String absent = board.members().get(6);
    List<String> present = new ArrayList<>(board.scoring());
    present.remove(absent);
    present.add(board.secretary());
    assertThatThrownBy(() -> inTransaction(dossier, d -> eligibility.requireOpen(d)))
        .isInstanceOfSatisfying(
            ProblemException.class, e -> assertThat(e.code()).isEqualTo("SESSION_NOT_OPEN"));
    Sessions.open(DAK_LAK, session, present);
    inTransaction(dossier, d -> eligibility.requireOpen(d));
    List<String> expected = new ArrayList<>(present);
    expected.removeAll(List.of(employee, relative, owner, board.secretary()));
    Set<String> scoring = inTransaction(dossier, d -> eligibility.scoringMembers(d));
    assertThat(scoring).containsExactlyInAnyOrderElementsOf(expected).hasSize(4);
    assertThat(refusal(dossier, board.chair(), null)).isNull();
    assertThat(refusal(dossier, board.secretary(), null)).isEqualTo("NOT_A_SCORING_MEMBER");
    assertThat(refusal(dossier, absent, null)).isEqualTo("NOT_A_SCORING_MEMBER");
    assertThat(refusal(dossier, employee, null)).isEqualTo("CONFLICT_OF_INTEREST");
    assertThat(refusal(dossier, "outsider", null)).isEqualTo("NOT_FOUND");
    assertThat(refusal(dossier, board.members().get(4), product.subjectId()))
        .isEqualTo("CONFLICT_OF_INTEREST");
    Integer quorum = inTransaction(dossier, d -> eligibility.regulation(d).quorumPercent());
    assertThat(quorum).isEqualTo(75);
  }

  @Test
  void aMemberWhoHasNotDeclaredMayNotScore() {
    Board board = board(Map.of());
    String dossier = submitted(Registry.registerProduct(DAK_LAK, "Tiêu " + board.chair()));
    String session = Sessions.plan(DAK_LAK, board.councilId());
    Sessions.assign(DAK_LAK, session, dossier);
    Sessions.open(DAK_LAK, session, board.scoring());
    assertThat(refusal(dossier, board.chair(), null)).isEqualTo("CONFLICT_DECLARATION_REQUIRED");
  }

  @Test
  void badAssignmentsAndDeclarationsAreRefusedAndWriteNothing() {
    Board board = board(Map.of());
    String dossier = submitted(Registry.registerProduct(DAK_LAK, "Bơ " + board.chair()));
    String closed = Sessions.plan(DAK_LAK, board.councilId());
    Sessions.open(DAK_LAK, closed, board.scoring());
    officer().post(SESSIONS + "/{id}/close", closed).then().statusCode(200);
    Map<String, Long> before = counts();

    problem(
        officer().body(Map.of("dossierId", dossier)).post(SESSIONS + "/{id}/dossiers", closed),
        409,
        "SESSION_NOT_ACTIVE");

    // A district council survives only in pre-2025 data; the dossier's 2025 rule set has none.
    UUID district = UUID.randomUUID();
    Sessions.execute(
        "insert into council (id, name, level, province_code, created_by, created_at, version,"
            + " kind) values (?, 'Hội đồng cấp huyện', 'DISTRICT', ?, 'legacy', now(), 0,"
            + " 'COUNCIL')",
        district,
        DAK_LAK);
    String districtSession = Sessions.plan(DAK_LAK, district.toString());
    fieldProblem(
        officer()
            .body(Map.of("dossierId", dossier))
            .post(SESSIONS + "/{id}/dossiers", districtSession),
        422,
        "UNPROCESSABLE",
        "sessionId",
        "levelInRuleSet");

    String team =
        officer()
            .body(
                Map.of(
                    "name",
                    "Tổ tư vấn",
                    "level",
                    "PROVINCE",
                    "kind",
                    "ADVISORY_TEAM",
                    "members",
                    List.of(Map.of("username", "advisor." + board.chair(), "role", "CHAIR"))))
            .post(COUNCILS)
            .then()
            .statusCode(201)
            .body("kind", equalTo("ADVISORY_TEAM"))
            .extract()
            .path("id");
    String teamSession = Sessions.plan(DAK_LAK, team);
    fieldProblem(
        officer().body(Map.of("dossierId", dossier)).post(SESSIONS + "/{id}/dossiers", teamSession),
        422,
        "UNPROCESSABLE",
        "sessionId",
        "scoringCouncil");
    officer().get(DOSSIERS + "/{id}", dossier).then().body("status", equalTo("SUBMITTED"));

    String open = Sessions.plan(DAK_LAK, board.councilId());
    Sessions.assign(DAK_LAK, open, dossier);
    long declarations = Tables.count("conflict_declaration");
    fieldProblem(
        declare(board.chair(), open, dossier, Map.of("declaration", "CONFLICT")),
        400,
        "VALIDATION_FAILED",
        "kind",
        "RequiredForConflict");
    fieldProblem(
        declare(board.chair(), open, dossier, Map.of("declaration", "NONE", "kind", "OTHER")),
        400,
        "VALIDATION_FAILED",
        "kind",
        "NullForNone");
    problem(
        declare("outsider." + board.chair(), open, dossier, Map.of("declaration", "NONE")),
        404,
        "NOT_FOUND");
    problem(
        Api.as(Api.officer(DAK_LAK))
            .body(Map.of("declaration", "NONE"))
            .post(SESSIONS + "/{s}/dossiers/{d}/declarations", open, dossier),
        403,
        "FORBIDDEN");
    assertThat(Tables.count("conflict_declaration")).isEqualTo(declarations);
    assertThat(counts().get("outbox_event")).isEqualTo(before.get("outbox_event"));
  }

  @Test
  void sessionsAndCouncilsAreScoped() {
    Board board = board(Map.of());
    String session = Sessions.plan(DAK_LAK, board.councilId());
    problem(Api.as(Api.officer(HA_TINH)).get(SESSIONS + "/{id}", session), 404, "NOT_FOUND");
    problem(
        Api.as(Api.officer(HA_TINH))
            .body(Map.of("presentMembers", board.scoring()))
            .post(SESSIONS + "/{id}/open", session),
        404,
        "NOT_FOUND");
    problem(member("outsider." + board.chair()).get(SESSIONS + "/{id}", session), 404, "NOT_FOUND");
    problem(
        Api.as(Api.officer(HA_TINH))
            .body(Map.of("councilId", board.councilId(), "heldOn", "2026-09-15", "place", "x"))
            .post(SESSIONS),
        404,
        "NOT_FOUND");
    member(board.chair()).get(SESSIONS + "/{id}", session).then().statusCode(200);
    problem(
        Api.as(TestTokens.subjectMember("ht.subject", DAK_LAK, UUID.randomUUID()))
            .get(SESSIONS + "/{id}", session),
        403,
        "FORBIDDEN");
    problem(
        member(board.chair())
            .body(Map.of("presentMembers", board.scoring()))
            .post(SESSIONS + "/{id}/open", session),
        403,
        "FORBIDDEN");
    Api.as(Api.officer(HA_TINH))
        .get(COUNCILS)
        .then()
        .statusCode(200)
        .body("items.provinceCode", everyItem(equalTo(HA_TINH)));
    member(board.chair())
        .get(COUNCILS)
        .then()
        .statusCode(200)
        .body("items.id", contains(board.councilId()));
    problem(
        Api.as(Api.officer(HA_TINH))
            .body(
                Map.of("version", 0, "members", List.of(Map.of("username", "a", "role", "CHAIR"))))
            .put(COUNCILS + "/{id}/members", board.councilId()),
        404,
        "NOT_FOUND");
  }

  @Test
  void nationalOfficersManageCentralCouncilsAndTheirSessions() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String central =
        Api.as(Api.nationalOfficer())
            .body(
                Map.of(
                    "name",
                    "Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp trung ương",
                    "level",
                    "CENTRAL",
                    "members",
                    List.of(
                        Map.of("username", "central.chair." + tag, "role", "CHAIR"),
                        Map.of("username", "central.member." + tag, "role", "MEMBER"))))
            .post(COUNCILS)
            .then()
            .statusCode(201)
            .body("provinceCode", nullValue())
            .extract()
            .path("id");
    problem(
        officer()
            .body(Map.of("councilId", central, "heldOn", "2026-09-15", "place", "Hà Nội"))
            .post(SESSIONS),
        404,
        "NOT_FOUND");
    Api.as(Api.nationalOfficer())
        .body(Map.of("councilId", central, "heldOn", "2026-09-15", "place", "Hà Nội"))
        .post(SESSIONS)
        .then()
        .statusCode(201)
        .body("level", equalTo("CENTRAL"))
        .body("provinceCode", nullValue());
  }

  // --- helpers ---

  private Board board(Map<String, Object> regulation) {
    return board(regulation, Map.of(), Map.of());
  }

  /** Constitutes a board; extras add fields to the member at that index of the seven members. */
  @SafeVarargs
  private Board board(Map<String, Object> regulation, Map<Integer, Map<String, Object>>... extras) {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String chair = "chair." + tag;
    List<String> members = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      members.add("member" + i + "." + tag);
    }
    String secretary = "secretary." + tag;
    List<Map<String, Object>> seats = new ArrayList<>();
    seats.add(Map.of("username", chair, "role", "CHAIR", "fullName", "Nguyễn Văn An"));
    for (int i = 0; i < members.size(); i++) {
      Map<String, Object> seat =
          new HashMap<>(Map.of("username", members.get(i), "role", "MEMBER"));
      for (Map<Integer, Map<String, Object>> extra : extras) {
        seat.putAll(extra.getOrDefault(i, Map.of()));
      }
      seats.add(seat);
    }
    seats.add(Map.of("username", secretary, "role", "SECRETARY"));
    Map<String, Object> body = new HashMap<>();
    body.put("name", "Hội đồng đánh giá, phân hạng sản phẩm OCOP " + tag);
    body.put("level", "PROVINCE");
    body.put("members", seats);
    if (!regulation.isEmpty()) {
      body.put("regulation", regulation);
    }
    String id = officer().body(body).post(COUNCILS).then().statusCode(201).extract().path("id");
    return new Board(id, chair, members, secretary);
  }

  private String submitted(Registry.Product product) {
    return Fixtures.submitDossier(DAK_LAK, Fixtures.openCycle(DAK_LAK), product.productId());
  }

  private static io.restassured.specification.RequestSpecification officer() {
    return Api.as(Api.officer(DAK_LAK));
  }

  private static io.restassured.specification.RequestSpecification member(String username) {
    return Api.as(Api.member(username, DAK_LAK));
  }

  private static io.restassured.response.Response open(String session, List<String> present) {
    return officer().body(Map.of("presentMembers", present)).post(SESSIONS + "/{id}/open", session);
  }

  private static io.restassured.response.Response replace(
      String council, long version, List<Map<String, Object>> members) {
    return officer()
        .body(Map.of("version", version, "members", members))
        .put(COUNCILS + "/{id}/members", council);
  }

  private static io.restassured.response.Response declare(
      String member, String session, String dossier, Map<String, Object> body) {
    return member(member)
        .body(body)
        .post(SESSIONS + "/{s}/dossiers/{d}/declarations", session, dossier);
  }

  private static void sessionStatus(String session, String status) {
    officer().get(SESSIONS + "/{id}", session).then().body("status", equalTo(status));
  }

  private static long attendanceRows(String session) {
    return Tables.count(
        "select count(*) from session_attendance where session_id = ?",
        List.of(UUID.fromString(session)));
  }

  private static long membersOf(String council) {
    return Tables.count(
        "select count(*) from council_member where council_id = ?",
        List.of(UUID.fromString(council)));
  }

  private static Map<String, Long> counts() {
    return Tables.snapshot();
  }

  private <T> T inTransaction(String dossierId, java.util.function.Function<Dossier, T> work) {
    return QuarkusTransaction.requiringNew()
        .call(() -> work.apply(dossiers.findById(UUID.fromString(dossierId))));
  }

  private void inTransactionDo(String dossierId, java.util.function.Consumer<Dossier> work) {
    QuarkusTransaction.requiringNew()
        .run(() -> work.accept(dossiers.findById(UUID.fromString(dossierId))));
  }

  /**
   * The code with which {@link Eligibility#requireMayScore} refuses the member, null if it does
   * not.
   */
  private String refusal(String dossierId, String username, UUID tokenSubject) {
    Caller caller =
        new Caller() {
          @Override
          public String username() {
            return username;
          }

          @Override
          public UUID subjectId() {
            return tokenSubject;
          }

          @Override
          public Set<String> roles() {
            return Set.of("council-member");
          }
        };
    try {
      inTransactionDo(dossierId, d -> eligibility.requireMayScore(d, caller));
      return null;
    } catch (ProblemException e) {
      return e.code();
    }
  }
}
