package vn.ocop.rating.access;

import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.ocop.contracts.registry.ProductRegistered;
import vn.ocop.contracts.registry.SubjectRegistered;
import vn.ocop.devstack.TestTokens;
import vn.ocop.devstack.scope.Actor;
import vn.ocop.devstack.scope.Side;
import vn.ocop.rating.support.Api;
import vn.ocop.rating.support.Dossiers;
import vn.ocop.rating.support.Fixtures;
import vn.ocop.rating.support.Registry;
import vn.ocop.rating.support.Sessions;
import vn.ocop.rating.support.SheetAnswers;
import vn.ocop.rating.support.StepRecords;

/**
 * Two provinces' worth of records for the access tests, built through the API as officers, subjects
 * and members would: the own side is Sơn La (14), the foreign side Lào Cai (15). No other test
 * class of the module writes in these provinces, so lists can be searched for the own side's ids
 * without another test's records in the way.
 *
 * <p>Every actor of the matrix has an account bound to each side: the province officer to the
 * province, the commune officer to a commune of it, the subject member to a subject of it, the
 * council member to the chair's seat of its council, the advisor to a seat on its advisory team.
 */
public final class RatingWorld {
  public static final String OWN = "14";
  public static final String FOREIGN = "15";
  public static final String OWN_COMMUNE = "14010";
  public static final String FOREIGN_COMMUNE = "15010";
  public static final String DOSSIERS = "/api/rating/v1/dossiers";

  /** One side's accounts and the records every actor of it is bound to. */
  public record Bound(
      String province,
      String commune,
      UUID subjectId,
      String councilId,
      String chair,
      List<String> members,
      String advisoryTeamId,
      String advisor) {}

  public final Bound own;
  public final Bound foreign;

  // Rounds of the own province, one per step the operations need.
  public final String evaluationCycle;
  public final String ideaCycle;
  public final String planCycle;
  public final String promotionCycle;
  public final String cycleToMove;

  // Dossiers of the own subject, one per state an operation needs (and per consuming operation).
  public final String draftDossier;
  public final String draftToSubmit;
  public final String submittedToReturn;
  public final String submittedToWithdraw;
  public final String submittedForCommune;
  public final String submittedToAssign;
  public final String evaluationDossier;
  public final String evidenceId;
  public final String scoringDossier;
  public final String declarationDossier;
  public final String decidedDossier;
  public final String decisionId;
  public final String toRecognise;
  public final String toForward;
  public final Registry.Product newProduct;
  public final Registry.Product linkableProduct;

  // Sessions: the read session (OPEN, of the own council) and one per consuming operation.
  public final String session;
  public final String managedCouncil;
  public final List<String> managedMembers;
  public final String sessionToOpen;
  public final String sessionToCancel;
  public final String sessionToClose;
  public final String sessionToAssign;
  public final String councilToReshape;

  // Step records.
  public final String submittedIdea;
  public final String returnedIdea;
  public final String acceptedIdeaWithoutPlan;
  public final String submittedPlan;
  public final String planForOpinion;
  public final String returnedPlan;
  public final String approvedPlan;
  public final String planInImplementation;
  public final String promotionId;

  private RatingWorld() {
    own = side(OWN, OWN_COMMUNE);
    foreign = side(FOREIGN, FOREIGN_COMMUNE);
    String officer = Api.officer(OWN);
    String subject = subjectToken(own);

    // --- Evaluation: dossiers of the own subject in a round at EVALUATION. ---
    evaluationCycle = Fixtures.openCycle(OWN);
    draftDossier = openDossier(subject, "bản nháp");
    draftToSubmit = openDossier(subject, "chờ nộp");
    submittedToReturn = submitted(subject, "chờ trả lại");
    submittedToWithdraw = submitted(subject, "chờ rút");
    submittedForCommune = submitted(subject, "chờ xã thẩm định");
    submittedToAssign = reviewed(subject, "chờ giao hội đồng");
    newProduct = product(own, "Trà shan tuyết");
    linkableProduct = product(own, "Chè búp khô");

    evaluationDossier = openDossier(subject, "đang đánh giá");
    evidenceId =
        Dossiers.upload(
            subject, evaluationDossier, "%PDF-1.7 kiểm nghiệm".getBytes(), "Phiếu", "A1a");
    Api.as(subject)
        .body(Map.of("answers", SheetAnswers.forTotal(Fixtures.PRODUCT_SET, 80)))
        .put(DOSSIERS + "/{id}/self-assessment", evaluationDossier)
        .then()
        .statusCode(200);
    Api.as(subject).post(DOSSIERS + "/{id}/submission", evaluationDossier).then().statusCode(200);
    communeForwards(evaluationDossier);
    scoringDossier = reviewed(subject, "đang chấm");
    declarationDossier = reviewed(subject, "chờ kê khai");
    decidedDossier = reviewed(subject, "đã công nhận");
    toRecognise = reviewed(subject, "chờ công nhận");
    toForward = reviewed(subject, "chờ chuyển trung ương");

    session = Sessions.plan(OWN, own.councilId());
    Sessions.open(OWN, session, own.members());
    for (String dossier :
        List.of(
            evaluationDossier, scoringDossier, declarationDossier, decidedDossier, toRecognise)) {
      Sessions.assign(OWN, session, dossier);
    }
    Sessions.assign(OWN, session, toForward);
    for (String dossier :
        List.of(evaluationDossier, scoringDossier, decidedDossier, toRecognise, toForward)) {
      for (String member : own.members()) {
        Sessions.declareNone(member, OWN, session, dossier);
      }
    }
    // The chair alone has not declared on this one: the matrix's member declares.
    for (String member : own.members().subList(1, own.members().size())) {
      Sessions.declareNone(member, OWN, session, declarationDossier);
    }
    score(decidedDossier, 80);
    score(toRecognise, 80);
    score(toForward, 92);
    decisionId =
        Api.as(officer)
            .body(decision())
            .post(DOSSIERS + "/{id}/recognition", decidedDossier)
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    // --- Sessions of a second council, for the operations that change a session. ---
    String tag = "mx" + OWN;
    managedMembers = List.of(tag + ".m.chair", tag + ".m.member1", tag + ".m.member2");
    managedCouncil = Fixtures.constituteCouncil(OWN, managedMembers);
    sessionToOpen = Sessions.plan(OWN, managedCouncil);
    sessionToCancel = Sessions.plan(OWN, managedCouncil);
    sessionToAssign = Sessions.plan(OWN, managedCouncil);
    String closing =
        Fixtures.constituteCouncil(
            OWN, List.of(tag + ".c.chair", tag + ".c.member1", tag + ".c.member2"));
    sessionToClose = Sessions.plan(OWN, closing);
    Sessions.open(OWN, sessionToClose, Sessions.members(OWN, closing));
    councilToReshape =
        Fixtures.constituteCouncil(OWN, List.of(tag + ".r.chair", tag + ".r.member1"));

    // --- Steps 2 to 4: ideas and business plans of the own subject. ---
    ideaCycle = StepRecords.openCycle(OWN);
    StepRecords.advanceTo(OWN, ideaCycle, "IDEA_REGISTRATION");
    submittedIdea = StepRecords.registerIdea(subject, ideaCycle, OWN_COMMUNE);
    returnedIdea = StepRecords.registerIdea(subject, ideaCycle, OWN_COMMUNE);
    StepRecords.reviewIdea(officer, returnedIdea, "RETURNED", "Làm rõ nguồn nguyên liệu");

    planCycle = StepRecords.openCycle(OWN);
    StepRecords.advanceTo(OWN, planCycle, "IDEA_REGISTRATION");
    List<String> accepted = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String idea = StepRecords.registerIdea(subject, planCycle, OWN_COMMUNE);
      StepRecords.reviewIdea(officer, idea, "ACCEPTED", null);
      accepted.add(idea);
    }
    StepRecords.advanceTo(OWN, planCycle, "BUSINESS_PLANS");
    submittedPlan = StepRecords.submitPlan(subject, accepted.get(0));
    planForOpinion = StepRecords.submitPlan(subject, accepted.get(1));
    returnedPlan = StepRecords.submitPlan(subject, accepted.get(2));
    reviewPlan(officer, returnedPlan, "RETURNED", "Bổ sung phương án vốn vay");
    approvedPlan = StepRecords.submitPlan(subject, accepted.get(3));
    reviewPlan(officer, approvedPlan, "APPROVED", null);
    acceptedIdeaWithoutPlan = accepted.get(4);
    // Support and milestones need an APPROVED plan that the ready declaration does not move on.
    planInImplementation = StepRecords.submitPlan(subject, accepted.get(5));
    reviewPlan(officer, planInImplementation, "APPROVED", null);

    // --- Step 6: a fair of the own province's round at TRADE_PROMOTION. ---
    promotionCycle = StepRecords.openCycle(OWN);
    StepRecords.advanceTo(OWN, promotionCycle, "TRADE_PROMOTION");
    promotionId =
        Api.as(officer)
            .body(promotion(promotionCycle, newProduct.productId()))
            .post("/api/rating/v1/promotions")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    cycleToMove = StepRecords.openCycle(OWN);
  }

  private static RatingWorld world;

  /** Built once per test JVM: the matrix and the OWASP tests share it. */
  public static synchronized RatingWorld get() {
    if (world == null) {
      world = new RatingWorld();
    }
    return world;
  }

  /** The subject, a product, the council and the advisory team of one side. */
  private static Bound side(String province, String commune) {
    UUID subjectId = UUID.randomUUID();
    Registry.publishSubject(
        UUID.randomUUID(),
        new SubjectRegistered(
            subjectId,
            "COOPERATIVE",
            "TAX_CODE",
            "5500123456",
            "Hợp tác xã chè " + province,
            province,
            commune,
            null,
            null,
            null,
            null,
            null,
            null));
    StepRecords.awaitSubject(subjectId);
    String tag = "mx" + province;
    List<String> members = List.of(tag + ".chair", tag + ".member1", tag + ".member2");
    String councilId = Fixtures.constituteCouncil(province, members);
    String advisor = tag + ".advisor";
    String advisoryTeamId =
        Api.as(Api.officer(province))
            .body(
                Map.of(
                    "name",
                    "Tổ tư vấn OCOP " + province,
                    "level",
                    "PROVINCE",
                    "kind",
                    "ADVISORY_TEAM",
                    "members",
                    List.of(Map.of("username", advisor, "role", "CHAIR"))))
            .post("/api/rating/v1/councils")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    return new Bound(
        province, commune, subjectId, councilId, members.get(0), members, advisoryTeamId, advisor);
  }

  /** A product of the side's subject, announced by the registry. */
  public static Registry.Product product(Bound side, String name) {
    UUID productId = UUID.randomUUID();
    String fullName = name + " " + productId.toString().substring(0, 6);
    Registry.publishProduct(
        UUID.randomUUID(),
        new ProductRegistered(
            productId,
            side.subjectId(),
            fullName,
            Fixtures.PRODUCT_SET,
            "Cà phê, ca cao",
            1,
            side.province(),
            side.commune(),
            "ACTIVE",
            null,
            null,
            null,
            null));
    Registry.awaitProduct(productId);
    return new Registry.Product(side.subjectId(), productId, fullName, side.province());
  }

  private String openDossier(String subject, String name) {
    return Dossiers.open(subject, evaluationCycle, product(own, "Chè " + name), "NEW");
  }

  private String submitted(String subject, String name) {
    String id = openDossier(subject, name);
    Api.as(subject).post(DOSSIERS + "/{id}/submission", id).then().statusCode(200);
    return id;
  }

  /** A submitted dossier the commune reviewed and forwarded: a province council may take it. */
  private String reviewed(String subject, String name) {
    String id = submitted(subject, name);
    communeForwards(id);
    return id;
  }

  /** The commune's pre-review forwarding the dossier to the province (Decision 1489). */
  private void communeForwards(String dossierId) {
    Api.as(communeToken(own))
        .body(
            "{\"minutesNumber\":\"3/BB-UBND\",\"minutesDate\":\"2026-01-15\",\"findings\":["
                + "{\"criterionCode\":\"A1a\",\"finding\":\"Nguyên liệu tại xã\","
                + "\"satisfied\":true}],\"chairmanOpinion\":\"FORWARD\"}")
        .post(DOSSIERS + "/{id}/commune-review", dossierId)
        .then()
        .statusCode(201);
  }

  /** Every scoring member of the own council submits a sheet worth the total. */
  private void score(String dossierId, int total) {
    for (String member : own.members()) {
      Api.as(Api.member(member, OWN))
          .body(Fixtures.sheet(SheetAnswers.forTotal(Fixtures.PRODUCT_SET, total)))
          .put(DOSSIERS + "/{id}/score-sheets/mine", dossierId)
          .then()
          .statusCode(200);
    }
  }

  private static void reviewPlan(String officer, String planId, String decision, String reason) {
    Map<String, Object> body = new HashMap<>();
    body.put("decision", decision);
    body.put("reason", reason);
    body.put("version", StepRecords.version(officer, StepRecords.PLANS, planId));
    Api.as(officer)
        .body(body)
        .post(StepRecords.PLANS + "/{id}/review", planId)
        .then()
        .statusCode(200)
        .body("status", equalTo(decision));
  }

  public static Map<String, Object> decision() {
    Map<String, Object> body = new HashMap<>();
    body.put("decisionNumber", "QĐ-" + UUID.randomUUID().toString().substring(0, 6));
    body.put("decisionDate", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString());
    body.put("issuingBody", "UBND tỉnh Sơn La");
    return body;
  }

  public static Map<String, Object> promotion(String cycleId, UUID... products) {
    Map<String, Object> fair = new HashMap<>();
    fair.put("cycleId", cycleId);
    fair.put("kind", "FAIR");
    fair.put("title", "Hội chợ OCOP tỉnh Sơn La");
    fair.put("place", "Quảng trường Tây Bắc");
    fair.put("startsOn", "2030-11-20");
    fair.put("endsOn", "2030-11-24");
    fair.put("productIds", java.util.Arrays.stream(products).map(UUID::toString).toList());
    return fair;
  }

  // --- Accounts. ---

  public static String subjectToken(Bound side) {
    return TestTokens.subjectMember(
        "mx.subject." + side.province(), side.province(), side.subjectId());
  }

  public static String communeToken(Bound side) {
    return TestTokens.token(
        "mx.commune." + side.commune(),
        Set.of("commune-officer"),
        Map.of("province", side.province(), "commune", side.commune()));
  }

  public static String advisorToken(Bound side) {
    return TestTokens.token(side.advisor(), Set.of("advisor"), Map.of("province", side.province()));
  }

  /** The bearer token of an actor bound to a side (national actors have one side). */
  public String token(Actor actor, Side side) {
    Bound bound = side == Side.OWN ? own : foreign;
    return switch (actor) {
      case ADMIN -> Api.admin();
      case NATIONAL_OFFICER -> Api.nationalOfficer();
      case PROVINCE_OFFICER -> Api.officer(bound.province());
      case COMMUNE_OFFICER -> communeToken(bound);
      case COUNCIL_MEMBER -> Api.member(bound.chair(), bound.province());
      case ADVISOR -> advisorToken(bound);
      case SUBJECT_MEMBER -> subjectToken(bound);
      case PUBLIC -> throw new IllegalArgumentException("the public has no token");
    };
  }
}
