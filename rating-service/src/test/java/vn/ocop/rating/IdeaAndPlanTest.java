package vn.ocop.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static vn.ocop.rating.support.Problems.fieldProblem;
import static vn.ocop.rating.support.Problems.problem;
import static vn.ocop.rating.support.StepRecords.EA_TU;
import static vn.ocop.rating.support.StepRecords.HOA_THANG;
import static vn.ocop.rating.support.StepRecords.IDEAS;
import static vn.ocop.rating.support.StepRecords.PLANS;
import static vn.ocop.rating.support.StepRecords.PROMOTIONS;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.contracts.EventTypes;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.rating.support.Api;
import vn.ocop.rating.support.Registry;
import vn.ocop.rating.support.StepRecords;

/**
 * Ideas and business plans: returns for revision with their history, the scope of every role, and
 * bad input refused with nothing written.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "rating"))
class IdeaAndPlanTest {
  static final String DAK_LAK = Api.DAK_LAK;

  @Test
  void aReturnedIdeaIsRevisedAndResubmittedWithItsHistory() {
    UUID subjectId = StepRecords.registerSubject(DAK_LAK);
    String subject = StepRecords.subjectMember(DAK_LAK, subjectId);
    String commune = StepRecords.communeOfficer(DAK_LAK, EA_TU);
    String cycleId = ideaRound();
    String ideaId = StepRecords.registerIdea(subject, cycleId, EA_TU);

    Api.as(commune)
        .body(Map.of("decision", "RETURNED", "reason", "Làm rõ nguồn nguyên liệu", "version", 0))
        .post(IDEAS + "/{id}/review", ideaId)
        .then()
        .statusCode(200)
        .body("status", equalTo("RETURNED"))
        .body("reviewReason", equalTo("Làm rõ nguồn nguyên liệu"))
        .body("reviewedBy", equalTo("commune." + EA_TU));

    Map<String, Object> revised = StepRecords.ideaForm(null, EA_TU);
    revised.put("rawMaterials", "Cà phê Robusta của 40 hộ xã viên tại xã Ea Tu");
    revised.put("productName", "Cà phê bột Ea Tu");
    revised.put("version", 1);
    revised.put("note", "Bổ sung vùng nguyên liệu");
    Api.as(subject)
        .body(revised)
        .put(IDEAS + "/{id}", ideaId)
        .then()
        .statusCode(200)
        .body("status", equalTo("SUBMITTED"))
        .body("revision", equalTo(2))
        .body("reviewReason", nullValue())
        .body("productName", equalTo("Cà phê bột Ea Tu"));

    StepRecords.reviewIdea(Api.officer(DAK_LAK), ideaId, "ACCEPTED", null);

    Api.as(subject)
        .get(IDEAS + "/{id}", ideaId)
        .then()
        .statusCode(200)
        .body("status", equalTo("ACCEPTED"))
        .body("history.action", contains("SUBMITTED", "RETURNED", "RESUBMITTED", "ACCEPTED"))
        .body("history.seq", contains(1, 2, 3, 4))
        .body("history[1].reason", equalTo("Làm rõ nguồn nguyên liệu"))
        .body("history[1].actor", equalTo("commune." + EA_TU))
        .body("history[2].reason", equalTo("Bổ sung vùng nguyên liệu"))
        .body("history[2].changes.field", contains("productName", "rawMaterials"))
        .body("history[2].changes[0].oldValue", equalTo("Cà phê bột nguyên chất Ea Tu"))
        .body("history[2].changes[0].newValue", equalTo("Cà phê bột Ea Tu"))
        .body("history[3].actor", equalTo("officer." + DAK_LAK));

    // Registered once, reviewed on every review; no event for the resubmission.
    List<Map.Entry<String, JsonNode>> events = StepRecords.events(ideaId);
    assertThat(events)
        .extracting(Map.Entry::getKey)
        .containsExactly(
            EventTypes.IDEA_REGISTERED, EventTypes.IDEA_REVIEWED, EventTypes.IDEA_REVIEWED);
    assertThat(events.get(1).getValue().get("status").asText()).isEqualTo("RETURNED");
    assertThat(events.get(1).getValue().get("reason").asText())
        .isEqualTo("Làm rõ nguồn nguyên liệu");
    assertThat(events.get(2).getValue().get("oldStatus").asText()).isEqualTo("SUBMITTED");
    assertThat(events.get(2).getValue().get("status").asText()).isEqualTo("ACCEPTED");
  }

  @Test
  void aReturnedPlanIsRevisedWithTheCommunesOpinionInItsHistory() {
    UUID subjectId = StepRecords.registerSubject(DAK_LAK);
    String subject = StepRecords.subjectMember(DAK_LAK, subjectId);
    String officer = Api.officer(DAK_LAK);
    String cycleId = ideaRound();
    String ideaId = StepRecords.registerIdea(subject, cycleId, EA_TU);
    StepRecords.reviewIdea(officer, ideaId, "ACCEPTED", null);
    StepRecords.advanceTo(DAK_LAK, cycleId, "BUSINESS_PLANS");
    String planId = StepRecords.submitPlan(subject, ideaId);

    Api.as(StepRecords.communeOfficer(DAK_LAK, EA_TU))
        .body(Map.of("opinion", "UBND xã đề nghị bổ sung vốn vay"))
        .post(PLANS + "/{id}/opinions", planId)
        .then()
        .statusCode(200);
    Api.as(officer)
        .body(Map.of("decision", "RETURNED", "reason", "Bổ sung nguồn vốn", "version", 0))
        .post(PLANS + "/{id}/review", planId)
        .then()
        .statusCode(200)
        .body("status", equalTo("RETURNED"));
    Map<String, Object> revised = StepRecords.planForm(null);
    revised.put("capitalSources", "Vốn tự có 50%, vay Ngân hàng Chính sách 50%");
    revised.put("requestedSupport", List.of("CREDIT", "TRAINING"));
    revised.put("version", 1);
    Api.as(subject)
        .body(revised)
        .put(PLANS + "/{id}", planId)
        .then()
        .statusCode(200)
        .body("status", equalTo("SUBMITTED"))
        .body("revision", equalTo(2))
        .body("requestedSupport", contains("TRAINING", "CREDIT"));
    Api.as(officer)
        .body(Map.of("decision", "APPROVED", "version", 2))
        .post(PLANS + "/{id}/review", planId)
        .then()
        .statusCode(200);

    Api.as(officer)
        .get(PLANS + "/{id}", planId)
        .then()
        .body(
            "history.action",
            contains("SUBMITTED", "OPINION", "RETURNED", "RESUBMITTED", "APPROVED"))
        .body("history[1].reason", equalTo("UBND xã đề nghị bổ sung vốn vay"))
        .body("history[3].changes.field", contains("capitalSources", "requestedSupport"))
        .body("history[3].changes[1].oldValue", equalTo("TRAINING,BRANDING_PACKAGING"))
        .body("history[3].changes[1].newValue", equalTo("TRAINING,CREDIT"));
    List<Map.Entry<String, JsonNode>> events = StepRecords.events(ideaId);
    assertThat(events)
        .extracting(Map.Entry::getKey)
        .containsExactly(
            EventTypes.IDEA_REGISTERED,
            EventTypes.IDEA_REVIEWED,
            EventTypes.BUSINESS_PLAN_REVIEWED,
            EventTypes.BUSINESS_PLAN_REVIEWED);
    assertThat(events.get(2).getValue().get("reason").asText()).isEqualTo("Bổ sung nguồn vốn");
    assertThat(events.get(3).getValue().get("status").asText()).isEqualTo("APPROVED");
  }

  @Test
  void everyRoleSeesAndActsOnlyWithinItsScope() {
    UUID subjectId = StepRecords.registerSubject(DAK_LAK);
    UUID otherSubjectId = StepRecords.registerSubject(DAK_LAK);
    String subject = StepRecords.subjectMember(DAK_LAK, subjectId);
    String otherSubject = StepRecords.subjectMember(DAK_LAK, otherSubjectId);
    String cycleId = ideaRound();
    String ideaId = StepRecords.registerIdea(subject, cycleId, EA_TU);
    Map<String, Long> before = StepRecords.snapshot();

    // Another subject, another commune's officer, another province's officer: 404.
    problem(Api.as(otherSubject).get(IDEAS + "/{id}", ideaId), 404, "NOT_FOUND");
    Map<String, Object> revised = StepRecords.ideaForm(null, EA_TU);
    revised.put("version", 0);
    problem(Api.as(otherSubject).body(revised).put(IDEAS + "/{id}", ideaId), 404, "NOT_FOUND");
    String otherCommune = StepRecords.communeOfficer(DAK_LAK, HOA_THANG);
    problem(Api.as(otherCommune).get(IDEAS + "/{id}", ideaId), 404, "NOT_FOUND");
    Map<String, Object> accept = Map.of("decision", "ACCEPTED", "version", 0);
    problem(
        Api.as(otherCommune).body(accept).post(IDEAS + "/{id}/review", ideaId), 404, "NOT_FOUND");
    String haTinh = Api.officer(Api.HA_TINH);
    problem(Api.as(haTinh).get(IDEAS + "/{id}", ideaId), 404, "NOT_FOUND");
    problem(Api.as(haTinh).body(accept).post(IDEAS + "/{id}/review", ideaId), 404, "NOT_FOUND");
    // A subject member cannot review, a council member has no business with ideas: 403.
    problem(Api.as(subject).body(accept).post(IDEAS + "/{id}/review", ideaId), 403, "FORBIDDEN");
    problem(Api.as(Api.member("someone", DAK_LAK)).get(IDEAS + "/{id}", ideaId), 403, "FORBIDDEN");
    problem(Api.as(Api.member("someone", DAK_LAK)).get(IDEAS), 403, "FORBIDDEN");
    // An officer cannot register or revise on a subject's behalf: 403.
    problem(
        Api.as(Api.officer(DAK_LAK)).body(StepRecords.ideaForm(cycleId, EA_TU)).post(IDEAS),
        403,
        "FORBIDDEN");
    assertThat(StepRecords.snapshot()).isEqualTo(before);

    // Lists hold only what each may see.
    Api.as(otherSubject).queryParam("cycleId", cycleId).get(IDEAS).then().body("items", hasSize(0));
    Api.as(otherCommune).queryParam("cycleId", cycleId).get(IDEAS).then().body("items", hasSize(0));
    Api.as(haTinh).queryParam("cycleId", cycleId).get(IDEAS).then().body("items", hasSize(0));
    Api.as(subject)
        .queryParam("cycleId", cycleId)
        .get(IDEAS)
        .then()
        .body("items.id", contains(ideaId))
        .body("items[0].history", nullValue());
    Api.as(StepRecords.communeOfficer(DAK_LAK, EA_TU))
        .queryParam("cycleId", cycleId)
        .queryParam("status", "SUBMITTED")
        .queryParam("communeCode", EA_TU)
        .get(IDEAS)
        .then()
        .body("items.id", contains(ideaId))
        .body("pager.total", equalTo(1));
    Api.as(Api.nationalOfficer())
        .queryParam("cycleId", cycleId)
        .get(IDEAS)
        .then()
        .body("items.id", contains(ideaId));
    Api.as(Api.officer(DAK_LAK))
        .queryParam("cycleId", cycleId)
        .queryParam("status", "ACCEPTED")
        .get(IDEAS)
        .then()
        .body("items", hasSize(0));

    // The same for its plan.
    StepRecords.reviewIdea(StepRecords.communeOfficer(DAK_LAK, EA_TU), ideaId, "ACCEPTED", null);
    StepRecords.advanceTo(DAK_LAK, cycleId, "BUSINESS_PLANS");
    before = StepRecords.snapshot();
    problem(Api.as(otherSubject).body(StepRecords.planForm(ideaId)).post(PLANS), 404, "NOT_FOUND");
    assertThat(StepRecords.snapshot()).isEqualTo(before);
    String planId = StepRecords.submitPlan(subject, ideaId);
    before = StepRecords.snapshot();
    problem(Api.as(otherSubject).get(PLANS + "/{id}", planId), 404, "NOT_FOUND");
    problem(Api.as(otherCommune).get(PLANS + "/{id}", planId), 404, "NOT_FOUND");
    problem(
        Api.as(otherCommune).body(Map.of("opinion", "x")).post(PLANS + "/{id}/opinions", planId),
        404,
        "NOT_FOUND");
    problem(
        Api.as(haTinh)
            .body(Map.of("decision", "APPROVED", "version", 0))
            .post(PLANS + "/{id}/review", planId),
        404,
        "NOT_FOUND");
    problem(
        Api.as(StepRecords.communeOfficer(DAK_LAK, EA_TU))
            .body(Map.of("decision", "APPROVED", "version", 0))
            .post(PLANS + "/{id}/review", planId),
        403,
        "FORBIDDEN");
    assertThat(StepRecords.snapshot()).isEqualTo(before);
    Api.as(subject)
        .get(PLANS + "/{id}", planId)
        .then()
        .statusCode(200)
        .body("ideaId", equalTo(ideaId));
  }

  @Test
  void badIdeasAreRefusedNamingTheFieldAndNothingIsWritten() {
    UUID subjectId = StepRecords.registerSubject(DAK_LAK);
    String subject = StepRecords.subjectMember(DAK_LAK, subjectId);
    String cycleId = ideaRound();
    String haTinhCycle = StepRecords.openCycle(Api.HA_TINH);
    StepRecords.advanceTo(Api.HA_TINH, haTinhCycle, "IDEA_REGISTRATION");
    String promotionCycle = StepRecords.openCycle(DAK_LAK);
    Map<String, Long> before = StepRecords.snapshot();

    Map<String, Object> unknownSet = StepRecords.ideaForm(cycleId, EA_TU);
    unknownSet.put("productSet", 27);
    fieldProblem(
        Api.as(subject).body(unknownSet).post(IDEAS),
        400,
        "VALIDATION_FAILED",
        "productSet",
        "Max");
    Map<String, Object> blank = StepRecords.ideaForm(cycleId, "2412");
    blank.put("productName", " ");
    var response = Api.as(subject).body(blank).post(IDEAS);
    fieldProblem(response, 400, "VALIDATION_FAILED", "productName", "NotBlank");
    fieldProblem(response, 400, "VALIDATION_FAILED", "communeCode", "Pattern");
    // A round of another province is not the subject's to see: 404, as for reading it.
    problem(
        Api.as(subject).body(StepRecords.ideaForm(haTinhCycle, EA_TU)).post(IDEAS),
        404,
        "NOT_FOUND");
    problem(
        Api.as(subject).body(StepRecords.ideaForm(promotionCycle, EA_TU)).post(IDEAS),
        409,
        "CYCLE_NOT_AT_STEP");
    problem(
        Api.as(subject).body(StepRecords.ideaForm(UUID.randomUUID().toString(), EA_TU)).post(IDEAS),
        404,
        "NOT_FOUND");
    fieldProblem(
        Api.as(StepRecords.subjectMember(DAK_LAK, UUID.randomUUID()))
            .body(StepRecords.ideaForm(cycleId, EA_TU))
            .post(IDEAS),
        422,
        "UNPROCESSABLE",
        "subject_id",
        "known");
    assertThat(StepRecords.snapshot()).isEqualTo(before);

    // Reviews: a return or a rejection needs its reason; a reviewed idea is not reviewed again.
    String ideaId = StepRecords.registerIdea(subject, cycleId, EA_TU);
    String officer = Api.officer(DAK_LAK);
    before = StepRecords.snapshot();
    for (String decision : List.of("RETURNED", "REJECTED")) {
      Map<String, Object> review = new HashMap<>(Map.of("decision", decision, "version", 0));
      fieldProblem(
          Api.as(officer).body(review).post(IDEAS + "/{id}/review", ideaId),
          400,
          "VALIDATION_FAILED",
          "reason",
          "NotBlank");
      review.put("reason", "   ");
      fieldProblem(
          Api.as(officer).body(review).post(IDEAS + "/{id}/review", ideaId),
          400,
          "VALIDATION_FAILED",
          "reason",
          "NotBlank");
    }
    fieldProblem(
        Api.as(officer)
            .body(Map.of("decision", "SUBMITTED", "version", 0))
            .post(IDEAS + "/{id}/review", ideaId),
        400,
        "VALIDATION_FAILED",
        "decision",
        "reviewOutcome");
    Map<String, Object> revised = StepRecords.ideaForm(null, EA_TU);
    revised.put("version", 0);
    problem(Api.as(subject).body(revised).put(IDEAS + "/{id}", ideaId), 409, "IDEA_NOT_RETURNED");
    assertThat(StepRecords.snapshot()).isEqualTo(before);
    assertThat(StepRecords.events(ideaId)).hasSize(1);

    StepRecords.reviewIdea(officer, ideaId, "REJECTED", "Trùng sản phẩm đã có");
    before = StepRecords.snapshot();
    problem(
        Api.as(officer)
            .body(Map.of("decision", "ACCEPTED", "version", 1))
            .post(IDEAS + "/{id}/review", ideaId),
        409,
        "IDEA_NOT_SUBMITTED");
    problem(
        Api.as(officer)
            .body(Map.of("decision", "ACCEPTED", "version", 0))
            .post(IDEAS + "/{id}/review", ideaId),
        409,
        "CONCURRENT_UPDATE");
    assertThat(StepRecords.snapshot()).isEqualTo(before);
    assertThat(StepRecords.events(ideaId)).hasSize(2);
  }

  @Test
  void aPlanNeedsAnAcceptedIdeaAndTheRightStepAndNothingIsWrittenOtherwise() {
    UUID subjectId = StepRecords.registerSubject(DAK_LAK);
    String subject = StepRecords.subjectMember(DAK_LAK, subjectId);
    String officer = Api.officer(DAK_LAK);
    String cycleId = ideaRound();
    String submittedIdea = StepRecords.registerIdea(subject, cycleId, EA_TU);
    String acceptedIdea = StepRecords.registerIdea(subject, cycleId, EA_TU);
    StepRecords.reviewIdea(officer, acceptedIdea, "ACCEPTED", null);
    Map<String, Long> before = StepRecords.snapshot();

    // Still at step 2: no plans yet.
    problem(
        Api.as(subject).body(StepRecords.planForm(acceptedIdea)).post(PLANS),
        409,
        "CYCLE_NOT_AT_STEP");
    StepRecords.advanceTo(DAK_LAK, cycleId, "BUSINESS_PLANS");
    before = StepRecords.snapshot();
    problem(
        Api.as(subject).body(StepRecords.planForm(submittedIdea)).post(PLANS),
        409,
        "IDEA_NOT_ACCEPTED");
    Map<String, Object> negative = StepRecords.planForm(acceptedIdea);
    negative.put("investmentVnd", -1);
    negative.put("requestedSupport", List.of("SUBSIDY"));
    fieldProblem(
        Api.as(subject).body(negative).post(PLANS),
        400,
        "MALFORMED_REQUEST",
        "requestedSupport[0]",
        "type");
    negative.put("requestedSupport", List.of("CREDIT"));
    fieldProblem(
        Api.as(subject).body(negative).post(PLANS),
        400,
        "VALIDATION_FAILED",
        "investmentVnd",
        "PositiveOrZero");
    assertThat(StepRecords.snapshot()).isEqualTo(before);

    String planId = StepRecords.submitPlan(subject, acceptedIdea);
    before = StepRecords.snapshot();
    problem(
        Api.as(subject).body(StepRecords.planForm(acceptedIdea)).post(PLANS),
        409,
        "BUSINESS_PLAN_EXISTS");
    fieldProblem(
        Api.as(officer)
            .body(Map.of("decision", "REJECTED", "version", 0))
            .post(PLANS + "/{id}/review", planId),
        400,
        "VALIDATION_FAILED",
        "reason",
        "NotBlank");
    // Support and readiness wait for the approval.
    problem(
        Api.as(officer)
            .body(
                Map.of(
                    "kind", "TRAINING", "provider", "Sở Nông nghiệp", "receivedOn", "2030-07-01"))
            .post(PLANS + "/{id}/support", planId),
        409,
        "BUSINESS_PLAN_NOT_APPROVED");
    problem(
        Api.as(subject).body(Map.of("version", 0)).post(PLANS + "/{id}/ready", planId),
        409,
        "BUSINESS_PLAN_NOT_APPROVED");
    assertThat(StepRecords.snapshot()).isEqualTo(before);
    assertThat(StepRecords.events(acceptedIdea)).hasSize(2);

    // A product of another subject cannot be the plan's.
    Api.as(officer)
        .body(Map.of("decision", "APPROVED", "version", 0))
        .post(PLANS + "/{id}/review", planId)
        .then()
        .statusCode(200);
    Registry.Product foreign = Registry.registerProduct(DAK_LAK, "Mật ong hoa cà phê");
    before = StepRecords.snapshot();
    fieldProblem(
        Api.as(subject)
            .body(Map.of("version", 1, "productId", foreign.productId().toString()))
            .post(PLANS + "/{id}/ready", planId),
        422,
        "UNPROCESSABLE",
        "productId",
        "sameSubject");
    assertThat(StepRecords.snapshot()).isEqualTo(before);
    Api.as(subject).get(PLANS + "/{id}", planId).then().body("status", equalTo("APPROVED"));
  }

  @Test
  void promotionOfAProductOfAnotherProvinceOrAtAnotherStepIsRefusedWithNothingWritten() {
    String officer = Api.officer(DAK_LAK);
    Registry.Product own = Registry.registerProduct(DAK_LAK, "Cà phê hạt rang");
    Registry.Product haTinh = Registry.registerProduct(Api.HA_TINH, "Kẹo cu đơ");
    String cycleId = StepRecords.openCycle(DAK_LAK);
    StepRecords.advanceTo(DAK_LAK, cycleId, "TRADE_PROMOTION");
    String earlyCycle = StepRecords.openCycle(DAK_LAK);
    Map<String, Long> before = StepRecords.snapshot();

    fieldProblem(
        Api.as(officer).body(fair(cycleId, own.productId(), haTinh.productId())).post(PROMOTIONS),
        422,
        "UNPROCESSABLE",
        "productIds[1]",
        "sameProvince");
    fieldProblem(
        Api.as(officer).body(fair(cycleId, UUID.randomUUID())).post(PROMOTIONS),
        422,
        "UNPROCESSABLE",
        "productIds[0]",
        "known");
    problem(
        Api.as(officer).body(fair(earlyCycle, own.productId())).post(PROMOTIONS),
        409,
        "CYCLE_NOT_AT_STEP");
    Map<String, Object> listing = fair(cycleId, own.productId());
    listing.put("kind", "ECOMMERCE_LISTING");
    fieldProblem(
        Api.as(officer).body(listing).post(PROMOTIONS),
        400,
        "VALIDATION_FAILED",
        "url",
        "NotBlank");
    Map<String, Object> backwards = fair(cycleId, own.productId());
    backwards.put("endsOn", "2030-11-01");
    fieldProblem(
        Api.as(officer).body(backwards).post(PROMOTIONS),
        400,
        "VALIDATION_FAILED",
        "endsOn",
        "notBeforeStartsOn");
    problem(
        Api.as(Api.officer(Api.HA_TINH)).body(fair(cycleId, haTinh.productId())).post(PROMOTIONS),
        404,
        "NOT_FOUND");
    problem(
        Api.as(StepRecords.communeOfficer(DAK_LAK, EA_TU))
            .body(fair(cycleId, own.productId()))
            .post(PROMOTIONS),
        403,
        "FORBIDDEN");
    assertThat(StepRecords.snapshot()).isEqualTo(before);
  }

  /** A round of Đắk Lắk at IDEA_REGISTRATION with the usual calendar of a future year. */
  static String ideaRound() {
    String cycleId = StepRecords.openCycle(DAK_LAK);
    StepRecords.advanceTo(DAK_LAK, cycleId, "IDEA_REGISTRATION");
    return cycleId;
  }

  static Map<String, Object> fair(String cycleId, UUID... products) {
    Map<String, Object> fair = new HashMap<>();
    fair.put("cycleId", cycleId);
    fair.put("kind", "FAIR");
    fair.put("title", "Hội chợ OCOP tỉnh Đắk Lắk");
    fair.put("place", "Quảng trường 10/3, Buôn Ma Thuột");
    fair.put("startsOn", "2030-11-20");
    fair.put("endsOn", "2030-11-24");
    fair.put("productIds", java.util.Arrays.stream(products).map(UUID::toString).toList());
    return fair;
  }
}
