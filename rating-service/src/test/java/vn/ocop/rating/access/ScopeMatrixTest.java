package vn.ocop.rating.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.ocop.devstack.scope.Actor.ADMIN;
import static vn.ocop.devstack.scope.Actor.ADVISOR;
import static vn.ocop.devstack.scope.Actor.COMMUNE_OFFICER;
import static vn.ocop.devstack.scope.Actor.COUNCIL_MEMBER;
import static vn.ocop.devstack.scope.Actor.NATIONAL_OFFICER;
import static vn.ocop.devstack.scope.Actor.PROVINCE_OFFICER;
import static vn.ocop.devstack.scope.Actor.SUBJECT_MEMBER;
import static vn.ocop.devstack.scope.ScopeRule.allow;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.devstack.scope.Actor;
import vn.ocop.devstack.scope.Call;
import vn.ocop.devstack.scope.ScopeMatrix;
import vn.ocop.devstack.scope.ScopeRule;
import vn.ocop.devstack.scope.Side;
import vn.ocop.rating.support.Api;
import vn.ocop.rating.support.Dossiers;
import vn.ocop.rating.support.Fixtures;
import vn.ocop.rating.support.Problems;
import vn.ocop.rating.support.Sessions;
import vn.ocop.rating.support.SheetAnswers;
import vn.ocop.rating.support.StepRecords;
import vn.ocop.rating.support.Tables;

/**
 * Every operation of the rating service × every role × own and foreign scope (issue 7): who may
 * call what, written from what each role should do in the OCOP cycle, not from the annotations.
 * Foreign records answer 404; lists of the foreign side never show the own side's ids.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "rating"))
class ScopeMatrixTest {
  private static final Actor[] EVERY_ROLE = {
    ADMIN,
    NATIONAL_OFFICER,
    PROVINCE_OFFICER,
    COMMUNE_OFFICER,
    COUNCIL_MEMBER,
    ADVISOR,
    SUBJECT_MEMBER
  };

  /** Who reads a dossier: its officers, its commune, its cleared council members, its subject. */
  private static final Actor[] DOSSIER_READERS = {
    ADMIN, NATIONAL_OFFICER, PROVINCE_OFFICER, COMMUNE_OFFICER, COUNCIL_MEMBER, SUBJECT_MEMBER
  };

  /** Who reads the records of the cycle's steps: officers, the commune, the subject. */
  private static final Actor[] STEP_READERS = {
    ADMIN, NATIONAL_OFFICER, PROVINCE_OFFICER, COMMUNE_OFFICER, SUBJECT_MEMBER
  };

  /** Who manages councils, sessions and results: province officers and national accounts. */
  private static final Actor[] OFFICE = {ADMIN, NATIONAL_OFFICER, PROVINCE_OFFICER};

  /** Who prepares a dossier: the subject, or the office entering a paper dossier. */
  private static final Actor[] PREPARERS = {ADMIN, PROVINCE_OFFICER, SUBJECT_MEMBER};

  private static final ObjectMapper JSON = new ObjectMapper();
  private static RatingWorld w;

  /** Once per JVM, on the first test: REST Assured knows the test port only from here on. */
  @BeforeEach
  void world() {
    w = RatingWorld.get();
  }

  @Test
  void everyOperationAnswersEveryRoleOnItsOwnAndOnAForeignScopeAsTheRulesSay() {
    long started = System.nanoTime();
    List<ScopeMatrix.Cell> cells =
        new ScopeMatrix(
                "rating-service",
                URI.create(RestAssured.baseURI + ":" + RestAssured.port),
                w::token)
            // --- Rule sets and criteria: reference data every account reads. ---
            .rule(allow("listRuleSets", EVERY_ROLE))
            .rule(allow("listCriteriaSheets", EVERY_ROLE))
            .rule(allow("getCriteriaSheet", EVERY_ROLE))
            // --- Cycle rounds: the province office runs them, everyone of the province reads. ---
            .rule(
                allow("openCycle", ADMIN, PROVINCE_OFFICER)
                    .scoped()
                    .call(() -> json(cycle(RatingWorld.OWN))))
            .rule(
                allow("advanceCycleStep", ADMIN, PROVINCE_OFFICER)
                    .scoped()
                    .call(
                        () ->
                            json(Map.of(
                                    "step",
                                    "IDEA_REGISTRATION",
                                    "version",
                                    cycleVersion(w.cycleToMove)))
                                .path("id", w.cycleToMove)))
            .rule(
                allow("rescheduleCycle", ADMIN, PROVINCE_OFFICER)
                    .scoped()
                    .call(() -> reschedule(w.cycleToMove)))
            .rule(
                allow("getCycle", STEP_READERS)
                    .scoped()
                    .call(() -> Call.of().path("id", w.evaluationCycle)))
            .rule(
                allow("listCycles", STEP_READERS)
                    .call(() -> Call.of().query("pageSize=200").marker(w.evaluationCycle)))
            // --- Step 2, ideas: the subject registers, the commune or the province reviews. ---
            .rule(
                allow("registerIdea", SUBJECT_MEMBER)
                    .scoped()
                    .call(() -> json(StepRecords.ideaForm(w.ideaCycle, RatingWorld.OWN_COMMUNE))))
            .rule(
                allow("listIdeas", STEP_READERS)
                    .call(() -> Call.of().query("pageSize=200").marker(w.submittedIdea)))
            .rule(
                allow("reviseIdea", SUBJECT_MEMBER)
                    .scoped()
                    .call(
                        () -> {
                          Map<String, Object> form =
                              StepRecords.ideaForm(null, RatingWorld.OWN_COMMUNE);
                          form.put("version", version(StepRecords.IDEAS, w.returnedIdea));
                          return json(form).path("id", w.returnedIdea);
                        }))
            .rule(
                allow("getIdea", STEP_READERS)
                    .scoped()
                    .call(() -> Call.of().path("id", w.submittedIdea)))
            .rule(
                allow("reviewIdea", PROVINCE_OFFICER, COMMUNE_OFFICER)
                    .scoped()
                    .call(
                        () ->
                            json(Map.of(
                                    "decision",
                                    "ACCEPTED",
                                    "version",
                                    version(StepRecords.IDEAS, w.submittedIdea)))
                                .path("id", w.submittedIdea)))
            // --- Steps 3 and 4, business plans. ---
            .rule(
                allow("submitBusinessPlan", SUBJECT_MEMBER)
                    .scoped()
                    .call(() -> json(StepRecords.planForm(w.acceptedIdeaWithoutPlan))))
            .rule(
                allow("listBusinessPlans", STEP_READERS)
                    .call(() -> Call.of().query("pageSize=200").marker(w.submittedPlan)))
            .rule(
                allow("reviseBusinessPlan", SUBJECT_MEMBER)
                    .scoped()
                    .call(
                        () -> {
                          Map<String, Object> form = StepRecords.planForm(null);
                          form.put("version", version(StepRecords.PLANS, w.returnedPlan));
                          return json(form).path("id", w.returnedPlan);
                        }))
            .rule(
                allow("getBusinessPlan", STEP_READERS)
                    .scoped()
                    .call(() -> Call.of().path("id", w.submittedPlan)))
            .rule(
                allow("givePlanOpinion", COMMUNE_OFFICER)
                    .scoped()
                    .call(
                        () ->
                            json(Map.of("opinion", "UBND xã thống nhất đề nghị phê duyệt"))
                                .path("id", w.planForOpinion)))
            .rule(
                allow("linkPlanProduct", SUBJECT_MEMBER)
                    .scoped()
                    .call(
                        () ->
                            json(Map.of(
                                    "version",
                                    version(StepRecords.PLANS, w.approvedPlan),
                                    "productId",
                                    w.linkableProduct.productId().toString()))
                                .path("id", w.approvedPlan)))
            .rule(
                allow("declarePlanReady", SUBJECT_MEMBER)
                    .scoped()
                    .call(
                        () ->
                            json(Map.of(
                                    "version",
                                    version(StepRecords.PLANS, w.approvedPlan),
                                    "note",
                                    "Đã hoàn thiện bao bì, nhãn mác"))
                                .path("id", w.approvedPlan)))
            .rule(
                allow("reviewBusinessPlan", PROVINCE_OFFICER)
                    .scoped()
                    .call(
                        () ->
                            json(Map.of(
                                    "decision",
                                    "APPROVED",
                                    "version",
                                    version(StepRecords.PLANS, w.submittedPlan)))
                                .path("id", w.submittedPlan)))
            .rule(
                allow("recordPlanSupport", PROVINCE_OFFICER, COMMUNE_OFFICER)
                    .scoped()
                    .call(
                        () ->
                            json(Map.of(
                                    "kind",
                                    "TRAINING",
                                    "provider",
                                    "Sở Nông nghiệp và Môi trường",
                                    "receivedOn",
                                    "2030-07-01"))
                                .path("planId", w.planInImplementation)))
            .rule(
                allow("listPlanSupport", STEP_READERS)
                    .scoped()
                    .call(() -> Call.of().path("planId", w.planInImplementation)))
            .rule(
                allow("recordPlanMilestone", SUBJECT_MEMBER)
                    .scoped()
                    .call(
                        () ->
                            json(Map.of(
                                    "title", "Lắp đặt xong máy sao chè", "reachedOn", "2030-08-01"))
                                .path("planId", w.planInImplementation)))
            .rule(
                allow("listPlanMilestones", STEP_READERS)
                    .scoped()
                    .call(() -> Call.of().path("planId", w.planInImplementation)))
            // --- Step 6, trade promotion: the province office records, its province reads. ---
            .rule(
                allow("recordPromotion", ADMIN, PROVINCE_OFFICER)
                    .scoped()
                    .call(
                        () ->
                            json(
                                RatingWorld.promotion(w.promotionCycle, w.newProduct.productId()))))
            .rule(
                allow("listPromotions", STEP_READERS)
                    .call(() -> Call.of().query("pageSize=200").marker(w.promotionId)))
            .rule(
                allow("getPromotion", STEP_READERS)
                    .scoped()
                    .call(() -> Call.of().path("id", w.promotionId)))
            // --- Councils and advisory teams. ---
            .rule(
                allow("constituteCouncil", OFFICE)
                    .scoped()
                    .call(
                        () ->
                            json(
                                Map.of(
                                    "name",
                                    "Hội đồng OCOP tỉnh Sơn La",
                                    "level",
                                    "PROVINCE",
                                    "provinceCode",
                                    RatingWorld.OWN,
                                    "members",
                                    List.of(
                                        Map.of("username", "mx14.new.chair", "role", "CHAIR"))))))
            .rule(
                allow(
                        "listCouncils",
                        ADMIN,
                        NATIONAL_OFFICER,
                        PROVINCE_OFFICER,
                        COUNCIL_MEMBER,
                        ADVISOR)
                    .call(() -> Call.of().query("pageSize=200").marker(w.own.councilId())))
            .rule(
                allow(
                        "getCouncil",
                        ADMIN,
                        NATIONAL_OFFICER,
                        PROVINCE_OFFICER,
                        COUNCIL_MEMBER,
                        ADVISOR)
                    .scoped()
                    .call(() -> Call.of().path("id", w.own.councilId()))
                    // The own advisor sits on the province's advisory team, not on this council
                    // (advisorsSeeTheirAdvisoryTeamAndItsSessionsOnly checks the team).
                    .expect(ADVISOR, Side.OWN, 404))
            .rule(
                allow("replaceCouncilMembers", OFFICE)
                    .scoped()
                    .call(
                        () ->
                            json(Map.of(
                                    "version",
                                    councilVersion(w.councilToReshape),
                                    "members",
                                    List.of(
                                        Map.of("username", "mx14.r.chair", "role", "CHAIR"),
                                        Map.of("username", "mx14.r.member2", "role", "MEMBER"))))
                                .path("id", w.councilToReshape)))
            // --- Sessions, attendance and conflicts of interest. ---
            .rule(
                allow("planSession", OFFICE)
                    .scoped()
                    .call(
                        () ->
                            json(
                                Map.of(
                                    "councilId",
                                    w.managedCouncil,
                                    "heldOn",
                                    LocalDate.now().toString(),
                                    "place",
                                    "Hội trường Sở Nông nghiệp và Môi trường"))))
            .rule(
                allow(
                        "listSessions",
                        ADMIN,
                        NATIONAL_OFFICER,
                        PROVINCE_OFFICER,
                        COUNCIL_MEMBER,
                        ADVISOR)
                    .call(() -> Call.of().query("pageSize=200").marker(w.session)))
            .rule(
                allow(
                        "getSession",
                        ADMIN,
                        NATIONAL_OFFICER,
                        PROVINCE_OFFICER,
                        COUNCIL_MEMBER,
                        ADVISOR)
                    .scoped()
                    .call(() -> Call.of().path("id", w.session))
                    // As for getCouncil: the own advisor is not on this council.
                    .expect(ADVISOR, Side.OWN, 404))
            .rule(
                allow("openSession", OFFICE)
                    .scoped()
                    .call(
                        () ->
                            json(Map.of("presentMembers", w.managedMembers))
                                .path("id", w.sessionToOpen)))
            .rule(
                allow("cancelSession", OFFICE)
                    .scoped()
                    .call(
                        () ->
                            json(Map.of("reason", "Hoãn do chưa đủ hồ sơ"))
                                .path("id", w.sessionToCancel)))
            .rule(
                allow("closeSession", OFFICE)
                    .scoped()
                    .call(() -> Call.of().path("id", w.sessionToClose)))
            .rule(
                allow("assignDossierToSession", OFFICE)
                    .scoped()
                    .call(
                        () ->
                            json(Map.of("dossierId", w.submittedToAssign))
                                .path("id", w.sessionToAssign)))
            .rule(
                allow("listSessionDossiers", OFFICE)
                    .scoped()
                    .call(() -> Call.of().path("id", w.session)))
            .rule(
                allow("listMySessionDossiers", COUNCIL_MEMBER)
                    .call(() -> Call.of().marker(w.evaluationDossier)))
            .rule(
                allow("declareConflictOfInterest", COUNCIL_MEMBER)
                    .scoped()
                    .call(
                        () ->
                            json(Map.of("declaration", "NONE"))
                                .path("sessionId", w.session)
                                .path("dossierId", w.declarationDossier)))
            .rule(
                allow(
                        "listSessionDeclarations",
                        ADMIN,
                        NATIONAL_OFFICER,
                        PROVINCE_OFFICER,
                        COUNCIL_MEMBER)
                    .scoped()
                    .call(() -> Call.of().path("sessionId", w.session)))
            // --- Paperwork and leniency analytics. ---
            .rule(
                allow(
                        "getSessionMinutes",
                        ADMIN,
                        NATIONAL_OFFICER,
                        PROVINCE_OFFICER,
                        COUNCIL_MEMBER)
                    .scoped()
                    .call(() -> Call.of().path("id", w.session)))
            .rule(
                allow(
                        "getSessionScoreSummary",
                        ADMIN,
                        NATIONAL_OFFICER,
                        PROVINCE_OFFICER,
                        COUNCIL_MEMBER)
                    .scoped()
                    .call(() -> Call.of().path("id", w.session)))
            .rule(
                allow("getCouncilLeniency", OFFICE)
                    .scoped()
                    .call(() -> Call.of().path("id", w.own.councilId())))
            .rule(
                allow("getProvinceLeniency", OFFICE)
                    .scoped()
                    .call(() -> Call.of().path("code", RatingWorld.OWN)))
            // --- Dossiers: the subject prepares, the office manages, readers by scope. ---
            .rule(
                allow("createDossier", PREPARERS)
                    .scoped()
                    .call(
                        () ->
                            json(
                                Map.of(
                                    "cycleId",
                                    w.evaluationCycle,
                                    "productId",
                                    w.newProduct.productId().toString(),
                                    "kind",
                                    "NEW"))))
            .rule(
                allow("listDossiers", DOSSIER_READERS)
                    .call(() -> Call.of().query("pageSize=200").marker(w.evaluationDossier)))
            .rule(dossierRead("getDossier", w.evaluationDossier))
            .rule(dossierRead("getDossierHistory", w.evaluationDossier))
            .rule(dossierRead("getDossierChanges", w.evaluationDossier))
            .rule(dossierRead("getEvidenceIndex", w.evaluationDossier))
            .rule(dossierRead("getSelfAssessment", w.evaluationDossier))
            .rule(dossierRead("getCommuneReview", w.evaluationDossier))
            .rule(dossierRead("listCommuneReviews", w.evaluationDossier))
            .rule(
                allow("downloadEvidence", DOSSIER_READERS)
                    .scoped()
                    .call(
                        () ->
                            Call.of()
                                .path("id", w.evaluationDossier)
                                .path("evidenceId", w.evidenceId)))
            .rule(
                allow("getDossierChain", OFFICE)
                    .scoped()
                    .call(() -> Call.of().path("id", w.evaluationDossier)))
            .rule(
                allow("editDossierCover", PREPARERS)
                    .scoped()
                    .call(
                        () ->
                            json(Map.of(
                                    "coverNote",
                                    "Bổ sung kiểm nghiệm 2025",
                                    "contactName",
                                    "Lò Thị Hoa",
                                    "contactPhone",
                                    "0912 345 678"))
                                .path("id", w.draftDossier)))
            .rule(
                allow("uploadEvidence", PREPARERS)
                    .scoped()
                    // The engine sends no X-File-Name header: the own side's answer is the 400
                    // naming it, after the dossier's scope was checked (EvidenceTest uploads).
                    .call(() -> Call.of().path("id", w.draftDossier)))
            .rule(
                allow("removeEvidence", PREPARERS)
                    .scoped()
                    .fresh()
                    .call(
                        () ->
                            Call.of()
                                .path("id", w.draftDossier)
                                .path(
                                    "evidenceId",
                                    Dossiers.upload(
                                        RatingWorld.subjectToken(w.own),
                                        w.draftDossier,
                                        ("%PDF-1.7 " + System.nanoTime()).getBytes(),
                                        "Giấy chứng nhận",
                                        "A1a"))))
            .rule(
                allow("submitSelfAssessment", PREPARERS)
                    .scoped()
                    .call(
                        () ->
                            json(Map.of("answers", SheetAnswers.forTotal(Fixtures.PRODUCT_SET, 75)))
                                .path("id", w.draftDossier)))
            .rule(
                allow("submitDossier", PREPARERS)
                    .scoped()
                    .call(() -> Call.of().path("id", w.draftToSubmit)))
            .rule(
                allow("withdrawDossier", PREPARERS)
                    .scoped()
                    .call(
                        () ->
                            json(Map.of("reason", "Hoàn thiện bao bì, nộp lại đợt sau"))
                                .path("id", w.submittedToWithdraw)))
            .rule(
                allow("returnDossier", ADMIN, PROVINCE_OFFICER)
                    .scoped()
                    .call(
                        () ->
                            json(Map.of("reason", "Thiếu phiếu kiểm nghiệm còn hiệu lực"))
                                .path("id", w.submittedToReturn)))
            .rule(
                allow("recordCommuneReview", COMMUNE_OFFICER)
                    .scoped()
                    .call(
                        () ->
                            Call.of()
                                .json(
                                    "{\"minutesNumber\":\"5/BB-UBND\",\"minutesDate\":\"2026-01-20\","
                                        + "\"findings\":[{\"criterionCode\":\"A1a\",\"finding\":"
                                        + "\"Nguyên liệu tại xã\",\"satisfied\":true}],"
                                        + "\"chairmanOpinion\":\"FORWARD\"}")
                                .path("id", w.submittedForCommune)))
            // --- Scoring: members of the dossier's council, cleared of conflicts. ---
            .rule(
                allow("submitMyScoreSheet", COUNCIL_MEMBER)
                    .scoped()
                    .call(
                        () ->
                            json(Fixtures.sheet(SheetAnswers.forTotal(Fixtures.PRODUCT_SET, 80)))
                                .path("id", w.scoringDossier)))
            .rule(
                allow("getMyScoreSheet", COUNCIL_MEMBER)
                    .scoped()
                    .call(() -> Call.of().path("id", w.decidedDossier)))
            .rule(
                allow(
                        "closeScoringRound",
                        ADMIN,
                        NATIONAL_OFFICER,
                        PROVINCE_OFFICER,
                        COUNCIL_MEMBER)
                    .scoped()
                    .call(() -> Call.of().path("id", w.scoringDossier)))
            // --- Forwarding and recognition: the competent office. ---
            .rule(
                allow("forwardDossier", OFFICE)
                    .scoped()
                    .call(() -> Call.of().path("id", w.toForward)))
            .rule(
                allow("recordRecognitionDecision", OFFICE)
                    .scoped()
                    .call(() -> json(RatingWorld.decision()).path("id", w.toRecognise)))
            .rule(
                allow(
                        "getRecognitionDecision",
                        ADMIN,
                        NATIONAL_OFFICER,
                        PROVINCE_OFFICER,
                        COUNCIL_MEMBER)
                    .scoped()
                    .call(() -> Call.of().path("id", w.decidedDossier)))
            .rule(
                allow("listRecognitionDecisions", OFFICE)
                    .call(() -> Call.of().query("pageSize=200").marker(w.decidedDossier)))
            .rule(
                allow("getDecisionAnnex", OFFICE)
                    .scoped()
                    .call(() -> Call.of().path("id", w.decisionId)))
            // --- Audit: auditors (national roles) read every history, a province its own. ---
            .rule(
                allow("getRatingRecordHistory", OFFICE)
                    .scoped()
                    .call(
                        () ->
                            Call.of()
                                .path("recordType", "Dossier")
                                .path("recordId", w.decidedDossier)))
            .rule(allow("verifyRatingAuditChain", ADMIN, NATIONAL_OFFICER))
            .run();
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf("scope matrix rating-service: %d cells in %.1f s%n", cells.size(), seconds);
    assertThat(cells).hasSizeGreaterThan(70 * 9);
  }

  /**
   * The matrix checks that the foreign side's lists do not show these ids; that means something
   * only if the own side's lists do show them.
   */
  @Test
  void theOwnSidesListsShowTheIdsTheMatrixLooksForOnTheForeignSide() {
    String officer = Api.officer(RatingWorld.OWN);
    String member = Api.member(w.own.chair(), RatingWorld.OWN);
    Map<String, Map.Entry<String, String>> lists = new java.util.LinkedHashMap<>();
    lists.put(StepRecords.CYCLES, Map.entry(officer, w.evaluationCycle));
    lists.put(StepRecords.IDEAS, Map.entry(RatingWorld.communeToken(w.own), w.submittedIdea));
    lists.put(StepRecords.PLANS, Map.entry(RatingWorld.subjectToken(w.own), w.submittedPlan));
    lists.put(StepRecords.PROMOTIONS, Map.entry(officer, w.promotionId));
    lists.put("/api/rating/v1/councils", Map.entry(member, w.own.councilId()));
    lists.put(Sessions.SESSIONS, Map.entry(member, w.session));
    lists.put(Sessions.SESSIONS + "/my-dossiers", Map.entry(member, w.evaluationDossier));
    lists.put(
        RatingWorld.DOSSIERS, Map.entry(RatingWorld.subjectToken(w.own), w.evaluationDossier));
    lists.put("/api/rating/v1/recognition-decisions", Map.entry(officer, w.decidedDossier));
    lists.forEach(
        (path, reader) ->
            Api.as(reader.getKey())
                .queryParam("pageSize", 200)
                .get(path)
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString(reader.getValue())));
  }

  @Test
  void advisorsSeeTheirAdvisoryTeamAndItsSessionsOnly() {
    String session = Sessions.plan(RatingWorld.OWN, w.own.advisoryTeamId());
    Api.as(RatingWorld.advisorToken(w.own))
        .get("/api/rating/v1/councils/{id}", w.own.advisoryTeamId())
        .then()
        .statusCode(200)
        .body("kind", equalTo("ADVISORY_TEAM"))
        .body("members[0].username", equalTo(w.own.advisor()));
    Api.as(RatingWorld.advisorToken(w.own))
        .get("/api/rating/v1/sessions/{id}", session)
        .then()
        .statusCode(200)
        .body("councilId", equalTo(w.own.advisoryTeamId()));
    Problems.problem(
        Api.as(RatingWorld.advisorToken(w.foreign))
            .get("/api/rating/v1/councils/{id}", w.own.advisoryTeamId()),
        404,
        "NOT_FOUND");
    Problems.problem(
        Api.as(RatingWorld.advisorToken(w.foreign)).get("/api/rating/v1/sessions/{id}", session),
        404,
        "NOT_FOUND");
    assertThat(
            Tables.count(
                "select count(*) from council_session where council_id = ?::uuid",
                List.of(w.own.advisoryTeamId())))
        .isEqualTo(1);
  }

  private static ScopeRule dossierRead(String operationId, String dossierId) {
    return allow(operationId, DOSSIER_READERS).scoped().call(() -> Call.of().path("id", dossierId));
  }

  private static Call json(Object body) {
    try {
      return Call.of().json(JSON.writeValueAsString(body));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> cycle(String province) {
    Map<String, Object> body = new HashMap<>(Fixtures.nextSlot());
    body.put("provinceCode", province);
    return body;
  }

  /** The round's last window, a day longer: a real rescheduling. */
  @SuppressWarnings("unchecked")
  private static Call reschedule(String cycleId) {
    Map<String, Object> cycle =
        Api.as(Api.officer(RatingWorld.OWN))
            .get(StepRecords.CYCLES + "/{id}", cycleId)
            .then()
            .statusCode(200)
            .extract()
            .as(Map.class);
    List<?> schedule = (List<?>) cycle.get("schedule");
    Map<String, Object> last =
        new HashMap<>((Map<String, Object>) schedule.get(schedule.size() - 1));
    last.put("deadline", LocalDate.parse((String) last.get("deadline")).plusDays(1).toString());
    Map<String, Object> body = new HashMap<>();
    body.put("version", cycle.get("version"));
    body.put("windows", List.of(last));
    return json(body).path("id", cycleId);
  }

  private static long cycleVersion(String cycleId) {
    return StepRecords.cycleVersion(RatingWorld.OWN, cycleId);
  }

  private static long councilVersion(String councilId) {
    return ((Number)
            Api.as(Api.officer(RatingWorld.OWN))
                .get("/api/rating/v1/councils/{id}", councilId)
                .then()
                .statusCode(200)
                .extract()
                .path("version"))
        .longValue();
  }

  private static long version(String base, String id) {
    return StepRecords.version(Api.officer(RatingWorld.OWN), base, id);
  }
}
