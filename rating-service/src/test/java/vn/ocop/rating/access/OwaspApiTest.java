package vn.ocop.rating.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static vn.ocop.rating.access.RatingWorld.DOSSIERS;
import static vn.ocop.rating.access.RatingWorld.FOREIGN;
import static vn.ocop.rating.access.RatingWorld.OWN;
import static vn.ocop.rating.access.RatingWorld.OWN_COMMUNE;
import static vn.ocop.rating.support.Problems.fieldProblem;
import static vn.ocop.rating.support.Problems.problem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.rating.support.Api;
import vn.ocop.rating.support.Dossiers;
import vn.ocop.rating.support.Fixtures;
import vn.ocop.rating.support.Registry;
import vn.ocop.rating.support.Sessions;
import vn.ocop.rating.support.SheetAnswers;
import vn.ocop.rating.support.StepRecords;
import vn.ocop.rating.support.Tables;

/**
 * The OWASP API Security Top 10 items that are the rating service's: object-level authorisation
 * beyond the path (ids in bodies and filters), function-level authorisation, mass assignment and
 * resource consumption. Every refusal is a problem+json naming what was wrong, with nothing
 * written.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "rating"))
class OwaspApiTest {
  private static RatingWorld w;

  /** Once per JVM, on the first test: REST Assured knows the test port only from here on. */
  @BeforeEach
  void world() {
    w = RatingWorld.get();
  }

  // --- API1 Broken object-level authorisation: foreign ids in bodies and filters. ---

  @Test
  void aForeignAccountNamingOwnRecordsInABodyGetsNotFoundAndNothingIsWritten() {
    String foreignOfficer = Api.officer(FOREIGN);
    String foreignSession = Sessions.plan(FOREIGN, w.foreign.councilId());
    Map<String, Long> before = counts();

    problem(
        Api.as(foreignOfficer)
            .body(
                Map.of(
                    "cycleId",
                    w.evaluationCycle,
                    "productId",
                    w.newProduct.productId().toString(),
                    "kind",
                    "NEW"))
            .post(DOSSIERS),
        404,
        "NOT_FOUND");
    problem(
        Api.as(foreignOfficer)
            .body(
                Map.of(
                    "councilId",
                    w.own.councilId(),
                    "heldOn",
                    LocalDate.now().toString(),
                    "place",
                    "Hội trường"))
            .post(Sessions.SESSIONS),
        404,
        "NOT_FOUND");
    // The foreign province's own session, handed a dossier of the own province.
    problem(
        Api.as(foreignOfficer)
            .body(Map.of("dossierId", w.submittedForCommune))
            .post(Sessions.SESSIONS + "/{id}/dossiers", foreignSession),
        404,
        "NOT_FOUND");
    problem(
        Api.as(foreignOfficer)
            .body(RatingWorld.promotion(w.promotionCycle, w.newProduct.productId()))
            .post(StepRecords.PROMOTIONS),
        404,
        "NOT_FOUND");
    // A subject of the foreign province registering an idea in the own province's round.
    problem(
        Api.as(RatingWorld.subjectToken(w.foreign))
            .body(StepRecords.ideaForm(w.ideaCycle, OWN_COMMUNE))
            .post(StepRecords.IDEAS),
        404,
        "NOT_FOUND");

    assertThat(counts()).isEqualTo(before);
    assertThat(
            Tables.query(
                "select session_id from dossier where id = ?::uuid",
                List.of(w.submittedForCommune)))
        .singleElement()
        .satisfies(row -> assertThat(row.get("session_id")).isNull());
  }

  @Test
  void aForeignAccountFilteringByOwnRecordsFindsNothingOfThem() {
    String foreignOfficer = Api.officer(FOREIGN);
    Api.as(foreignOfficer)
        .queryParam("cycleId", w.evaluationCycle)
        .get(DOSSIERS)
        .then()
        .statusCode(200)
        .body("items", empty())
        .body("pager.total", equalTo(0));
    Api.as(RatingWorld.communeToken(w.foreign))
        .queryParam("cycleId", w.ideaCycle)
        .get(StepRecords.IDEAS)
        .then()
        .statusCode(200)
        .body("items", empty());
    // Filtering by another province: an empty page of rounds, a 404 for decisions (documented).
    Api.as(foreignOfficer)
        .queryParam("provinceCode", OWN)
        .get(StepRecords.CYCLES)
        .then()
        .statusCode(200)
        .body("items", empty())
        .body("pager.total", equalTo(0));
    problem(
        Api.as(foreignOfficer)
            .queryParam("provinceCode", OWN)
            .get("/api/rating/v1/recognition-decisions"),
        404,
        "NOT_FOUND");
    Api.as(foreignOfficer)
        .get("/api/rating/v1/recognition-decisions")
        .then()
        .statusCode(200)
        .body(not(containsString(w.decidedDossier)));
    Api.as(RatingWorld.subjectToken(w.foreign))
        .queryParam("cycleId", w.planCycle)
        .get(StepRecords.PLANS)
        .then()
        .statusCode(200)
        .body("items", empty());
  }

  // --- API5 Broken function-level authorisation. ---

  @Test
  void rolesWithoutTheFunctionAreRefusedWithNothingWritten() {
    Map<String, Long> before = counts();
    String subject = RatingWorld.subjectToken(w.own);
    String member = Api.member(w.own.chair(), OWN);

    problem(
        Api.as(subject)
            .body(Map.of("year", 2099, "round", 1, "provinceCode", OWN))
            .post(StepRecords.CYCLES),
        403,
        "FORBIDDEN");
    problem(
        Api.as(subject)
            .body(Map.of("reason", "Tự trả lại"))
            .post(DOSSIERS + "/{id}/return", w.submittedToReturn),
        403,
        "FORBIDDEN");
    problem(
        Api.as(member)
            .body(RatingWorld.decision())
            .post(DOSSIERS + "/{id}/recognition", w.toRecognise),
        403,
        "FORBIDDEN");
    problem(
        Api.as(member).get("/api/rating/v1/leniency/councils/{id}", w.own.councilId()),
        403,
        "FORBIDDEN");
    problem(
        Api.as(member)
            .body(
                Map.of(
                    "name",
                    "Hội đồng tự lập",
                    "level",
                    "PROVINCE",
                    "members",
                    List.of(Map.of("username", w.own.chair(), "role", "CHAIR"))))
            .post("/api/rating/v1/councils"),
        403,
        "FORBIDDEN");
    problem(
        Api.as(RatingWorld.advisorToken(w.own))
            .body(Map.of("councilId", w.own.advisoryTeamId(), "heldOn", "2030-01-10"))
            .post(Sessions.SESSIONS),
        403,
        "FORBIDDEN");
    problem(
        Api.as(RatingWorld.communeToken(w.own))
            .body(RatingWorld.promotion(w.promotionCycle, w.newProduct.productId()))
            .post(StepRecords.PROMOTIONS),
        403,
        "FORBIDDEN");

    assertThat(counts()).isEqualTo(before);
  }

  // --- API3 Broken object property level authorisation: mass assignment. ---

  @Test
  void serverOwnedFieldsInADossierAreIgnored() {
    Registry.Product product = RatingWorld.product(w.own, "Chè Tà Xùa");
    UUID chosenId = UUID.randomUUID();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("cycleId", w.evaluationCycle);
    body.put("productId", product.productId().toString());
    body.put("kind", "NEW");
    body.put("id", chosenId.toString());
    body.put("status", "RECOGNISED");
    body.put("provinceCode", FOREIGN);
    body.put("subjectId", w.foreign.subjectId().toString());
    body.put("evaluationLevel", "CENTRAL");
    body.put("starClass", 5);
    body.put("averageScore", 99.5);
    body.put("version", 7);
    body.put("createdAt", "2020-01-01T00:00:00Z");
    body.put("isAdmin", true);

    String id =
        Api.as(RatingWorld.subjectToken(w.own))
            .body(body)
            .post(DOSSIERS)
            .then()
            .statusCode(201)
            .body("status", equalTo("DRAFT"))
            .extract()
            .path("id");

    assertThat(id).isNotEqualTo(chosenId.toString());
    Map<String, Object> row =
        Tables.query("select * from dossier where id = ?::uuid", List.of(id)).get(0);
    assertThat(row.get("status")).isEqualTo("DRAFT");
    assertThat(row.get("province_code")).isEqualTo(OWN);
    assertThat(row.get("subject_id")).isEqualTo(w.own.subjectId());
    assertThat(row.get("evaluation_level")).isEqualTo("PROVINCE");
    assertThat(row.get("star_class")).isNull();
    assertThat(row.get("average_score")).isNull();
    assertThat(row.get("version")).isEqualTo(0L);
    assertThat(row.get("created_at").toString()).doesNotStartWith("2020");
    assertThat(Tables.count("select count(*) from dossier where id = ?", List.of(chosenId)))
        .isZero();

    // The cover edit carries a status and a province too: both ignored.
    Map<String, Object> cover = new HashMap<>();
    cover.put("coverNote", "Hồ sơ chè Tà Xùa");
    cover.put("status", "SUBMITTED");
    cover.put("provinceCode", FOREIGN);
    Api.as(RatingWorld.subjectToken(w.own))
        .body(cover)
        .put(DOSSIERS + "/{id}/cover", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("DRAFT"));
    row = Tables.query("select * from dossier where id = ?::uuid", List.of(id)).get(0);
    assertThat(row.get("cover_note")).isEqualTo("Hồ sơ chè Tà Xùa");
    assertThat(row.get("status")).isEqualTo("DRAFT");
    assertThat(row.get("province_code")).isEqualTo(OWN);
  }

  @Test
  void totalsAndStarsSentWithASelfAssessmentAreIgnoredForTheServicesOwn() {
    String subject = RatingWorld.subjectToken(w.own);
    String id =
        Dossiers.open(subject, w.evaluationCycle, RatingWorld.product(w.own, "Chè Shan"), "NEW");
    Map<String, Object> body = new HashMap<>();
    body.put("answers", SheetAnswers.forTotal(Fixtures.PRODUCT_SET, 60));
    body.put("total", 100);
    body.put("starClass", 5);
    body.put("partA", 40);
    Api.as(subject)
        .body(body)
        .put(DOSSIERS + "/{id}/self-assessment", id)
        .then()
        .statusCode(200)
        .body("total", org.hamcrest.Matchers.comparesEqualTo(new java.math.BigDecimal("60")))
        .body("starClass", not(equalTo(5)));
    assertThat(
            Tables.count(
                "select total from self_assessment where dossier_id = ?::uuid", List.of(id)))
        .isEqualTo(60);
  }

  @Test
  void anIdeaIsTheCallersSubjectsWhateverTheBodySays() {
    Map<String, Object> form = StepRecords.ideaForm(w.ideaCycle, OWN_COMMUNE);
    form.put("subjectId", w.foreign.subjectId().toString());
    form.put("provinceCode", FOREIGN);
    form.put("status", "ACCEPTED");
    form.put("revision", 9);
    String id =
        Api.as(RatingWorld.subjectToken(w.own))
            .body(form)
            .post(StepRecords.IDEAS)
            .then()
            .statusCode(201)
            .body("status", equalTo("SUBMITTED"))
            .extract()
            .path("id");
    Map<String, Object> row =
        Tables.query("select * from product_idea where id = ?::uuid", List.of(id)).get(0);
    assertThat(row.get("subject_id")).isEqualTo(w.own.subjectId());
    assertThat(row.get("province_code")).isEqualTo(OWN);
    assertThat(row.get("status")).isEqualTo("SUBMITTED");
    assertThat(row.get("revision")).isEqualTo(1);
  }

  @Test
  void anOfficerNamingAnotherProvinceForACouncilGetsNotFoundWithNothingWritten() {
    Map<String, Long> before = counts();
    problem(
        Api.as(Api.officer(OWN))
            .body(
                Map.of(
                    "name",
                    "Hội đồng tỉnh khác",
                    "level",
                    "PROVINCE",
                    "provinceCode",
                    FOREIGN,
                    "members",
                    List.of(Map.of("username", "mx14.x.chair", "role", "CHAIR"))))
            .post("/api/rating/v1/councils"),
        404,
        "NOT_FOUND");
    assertThat(counts()).isEqualTo(before);
  }

  // --- API4 Unrestricted resource consumption. ---

  @Test
  void aPageSizeOverTheCapIsClampedAndThePagerSaysSo() {
    Api.as(Api.admin())
        .queryParam("pageSize", 100_000)
        .queryParam("page", 0)
        .get(DOSSIERS)
        .then()
        .statusCode(200)
        .body("pager.pageSize", equalTo(200))
        .body("pager.page", equalTo(1))
        .body("items.size()", lessThanOrEqualTo(200));
    Api.as(Api.officer(OWN))
        .queryParam("pageSize", 5_000)
        .get(StepRecords.IDEAS)
        .then()
        .statusCode(200)
        .body("pager.pageSize", equalTo(200));
  }

  @Test
  void overLongTextAndHugeCollectionsAreRefusedNamingTheFieldWithNothingWritten() {
    String subject = RatingWorld.subjectToken(w.own);
    Map<String, Long> before = counts();

    fieldProblem(
        Api.as(subject)
            .body(Map.of("coverNote", "x".repeat(100_000)))
            .put(DOSSIERS + "/{id}/cover", w.draftDossier),
        400,
        "VALIDATION_FAILED",
        "coverNote",
        "Size");
    Map<String, String> answers = new HashMap<>();
    for (int i = 0; i < 5_000; i++) {
      answers.put("Z" + i, "Z" + i + "-1");
    }
    fieldProblem(
        Api.as(subject)
            .body(Map.of("answers", answers))
            .put(DOSSIERS + "/{id}/self-assessment", w.draftDossier),
        400,
        "VALIDATION_FAILED",
        "answers",
        "Size");
    fieldProblem(
        Api.as(Api.member(w.own.chair(), OWN))
            .body(Map.of("productSet", 13, "answers", answers))
            .put(DOSSIERS + "/{id}/score-sheets/mine", w.scoringDossier),
        400,
        "VALIDATION_FAILED",
        "answers",
        "Size");
    List<Map<String, String>> seats = new java.util.ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      seats.add(Map.of("username", "mx14.crowd." + i, "role", i == 0 ? "CHAIR" : "MEMBER"));
    }
    fieldProblem(
        Api.as(Api.officer(OWN))
            .body(Map.of("name", "Hội đồng đông", "level", "PROVINCE", "members", seats))
            .post("/api/rating/v1/councils"),
        400,
        "VALIDATION_FAILED",
        "members",
        "Size");
    Map<String, Object> idea = StepRecords.ideaForm(w.ideaCycle, OWN_COMMUNE);
    idea.put("description", "mô tả ".repeat(200_000));
    fieldProblem(
        Api.as(subject).body(idea).post(StepRecords.IDEAS),
        400,
        "VALIDATION_FAILED",
        "description",
        "Size");

    assertThat(counts()).isEqualTo(before);
    assertThat(
            Tables.query(
                    "select cover_note from dossier where id = ?::uuid", List.of(w.draftDossier))
                .get(0)
                .get("cover_note"))
        .satisfies(note -> assertThat(String.valueOf(note)).hasSizeLessThan(4001));
  }

  @Test
  void anOversizedEvidenceFileIsRefusedWith413AndNoBytesAreStored() {
    Map<String, Long> before = counts();
    fieldProblem(
        Api.as(RatingWorld.subjectToken(w.own))
            .contentType("application/pdf")
            .header("X-File-Name", "qua-lon.pdf")
            .queryParam("title", "Quá lớn")
            .queryParam("kind", "PHOTO")
            .queryParam("criterion", "A1a")
            .body(new byte[20 * 1024 * 1024 + 1])
            .post(DOSSIERS + "/{id}/evidence", w.draftDossier),
        413,
        "EVIDENCE_TOO_LARGE",
        "body",
        "MaxBytes");
    assertThat(counts()).isEqualTo(before);
  }

  /** Rows of every table a refused request could have written to. */
  private static Map<String, Long> counts() {
    Map<String, Long> counts = new LinkedHashMap<>(StepRecords.snapshot());
    for (String table :
        List.of(
            "council_session",
            "self_assessment",
            "evidence",
            "evidence_blob",
            "dossier_history",
            "conflict_declaration")) {
      counts.put(table, Tables.count(table));
    }
    return counts;
  }
}
