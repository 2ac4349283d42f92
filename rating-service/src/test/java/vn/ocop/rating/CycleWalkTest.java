package vn.ocop.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.ocop.rating.support.Problems.fieldProblem;
import static vn.ocop.rating.support.Problems.problem;
import static vn.ocop.rating.support.StepRecords.CYCLES;
import static vn.ocop.rating.support.StepRecords.EA_TU;
import static vn.ocop.rating.support.StepRecords.IDEAS;
import static vn.ocop.rating.support.StepRecords.PLANS;
import static vn.ocop.rating.support.StepRecords.PROMOTIONS;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.contracts.EventTypes;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.rating.support.Api;
import vn.ocop.rating.support.Fixtures;
import vn.ocop.rating.support.Registry;
import vn.ocop.rating.support.StepRecords;
import vn.ocop.rating.support.Tables;

/**
 * A round walks the six steps of the annual cycle with the records of each step, and every move and
 * review is announced through the outbox; moves out of order, stale versions and late ideas are
 * refused with nothing written.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "rating"))
class CycleWalkTest {
  static final String DAK_LAK = Api.DAK_LAK;
  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

  @Test
  void aRoundWalksTheSixStepsWithTheRecordsOfEachAndAnnouncesEveryMove() {
    String officer = Api.officer(DAK_LAK);
    UUID subjectId = StepRecords.registerSubject(DAK_LAK);
    String subject = StepRecords.subjectMember(DAK_LAK, subjectId);

    // Opening: step 1 with the usual calendar of the round's year.
    Map<String, Object> slot = Fixtures.nextSlot();
    int year = (int) slot.get("year");
    String cycleId =
        Api.as(officer)
            .body(slot)
            .post(CYCLES)
            .then()
            .statusCode(201)
            .body("step", equalTo("PROMOTION"))
            .body("status", equalTo("OPEN"))
            .body("version", equalTo(0))
            .body(
                "schedule.step",
                contains(
                    "PROMOTION",
                    "IDEA_REGISTRATION",
                    "BUSINESS_PLANS",
                    "IMPLEMENTATION",
                    "EVALUATION",
                    "TRADE_PROMOTION"))
            .body("schedule[1].opensOn", equalTo(year + "-04-01"))
            .body("schedule[1].deadline", equalTo(year + "-06-30"))
            .extract()
            .path("id");
    assertThat(
            Tables.count(
                "select count(*) from cycle_step_window where cycle_id = ?",
                List.of(UUID.fromString(cycleId))))
        .isEqualTo(6);

    // Step 2: an idea, returned, revised, accepted.
    StepRecords.advanceTo(DAK_LAK, cycleId, "IDEA_REGISTRATION");
    String ideaId = StepRecords.registerIdea(subject, cycleId, EA_TU);
    StepRecords.reviewIdea(officer, ideaId, "ACCEPTED", null);

    // Step 3: its plan, approved.
    StepRecords.advanceTo(DAK_LAK, cycleId, "BUSINESS_PLANS");
    String planId = StepRecords.submitPlan(subject, ideaId);
    Api.as(officer)
        .body(Map.of("decision", "APPROVED", "version", 0))
        .post(PLANS + "/{id}/review", planId)
        .then()
        .statusCode(200)
        .body("status", equalTo("APPROVED"));

    // Step 4: support, a milestone, the product declared ready and linked.
    StepRecords.advanceTo(DAK_LAK, cycleId, "IMPLEMENTATION");
    Api.as(officer)
        .body(
            Map.of(
                "kind", "BRANDING_PACKAGING",
                "provider", "Sở Công Thương tỉnh Đắk Lắk",
                "amountVnd", 30_000_000,
                "receivedOn", "2030-09-15"))
        .post(PLANS + "/{id}/support", planId)
        .then()
        .statusCode(201)
        .body("kind", equalTo("BRANDING_PACKAGING"))
        .body("amountVnd", equalTo(30_000_000));
    Api.as(subject)
        .body(Map.of("title", "Lắp đặt xong máy rang", "reachedOn", "2030-10-01"))
        .post(PLANS + "/{id}/milestones", planId)
        .then()
        .statusCode(201);
    Registry.Product product = registerProductOf(subjectId, "Cà phê bột nguyên chất Ea Tu");
    Api.as(subject)
        .body(Map.of("version", 1, "productId", product.productId().toString()))
        .post(PLANS + "/{id}/ready", planId)
        .then()
        .statusCode(200)
        .body("status", equalTo("READY_FOR_EVALUATION"))
        .body("productId", equalTo(product.productId().toString()))
        .body("readyOn", equalTo(TODAY.toString()));
    Api.as(officer)
        .get(PLANS + "/{id}/support", planId)
        .then()
        .statusCode(200)
        .body("provider", contains("Sở Công Thương tỉnh Đắk Lắk"));
    Api.as(officer)
        .get(PLANS + "/{id}/milestones", planId)
        .then()
        .statusCode(200)
        .body("title", contains("Lắp đặt xong máy rang"));

    // Step 5: the product's dossier is taken now, and only now.
    StepRecords.advanceTo(DAK_LAK, cycleId, "EVALUATION");
    Fixtures.submitDossier(DAK_LAK, cycleId, product.productId());

    // Step 6: a fair covering the product.
    StepRecords.advanceTo(DAK_LAK, cycleId, "TRADE_PROMOTION");
    String activityId =
        Api.as(officer)
            .body(
                Map.of(
                    "cycleId", cycleId,
                    "kind", "FAIR",
                    "title", "Hội chợ OCOP tỉnh Đắk Lắk",
                    "place", "Quảng trường 10/3, Buôn Ma Thuột",
                    "startsOn", "2030-11-20",
                    "endsOn", "2030-11-24",
                    "productIds", List.of(product.productId().toString())))
            .post(PROMOTIONS)
            .then()
            .statusCode(201)
            .body("productIds", contains(product.productId().toString()))
            .extract()
            .path("id");
    Api.as(officer)
        .queryParam("productId", product.productId().toString())
        .get(PROMOTIONS)
        .then()
        .statusCode(200)
        .body("items.id", contains(activityId));
    Api.as(officer)
        .queryParam("cycleId", cycleId)
        .get(PROMOTIONS)
        .then()
        .body("items", hasSize(1))
        .body("items[0].kind", equalTo("FAIR"));

    // The end of the round.
    StepRecords.advanceTo(DAK_LAK, cycleId, "CLOSED");
    Api.as(officer)
        .get(CYCLES + "/{id}", cycleId)
        .then()
        .body("step", equalTo("CLOSED"))
        .body("status", equalTo("CLOSED"))
        .body("version", equalTo(6));

    // Every move went through the outbox, in order, with the old and the new step.
    List<Map.Entry<String, JsonNode>> cycleEvents = StepRecords.events(cycleId);
    assertThat(cycleEvents)
        .extracting(Map.Entry::getKey)
        .containsExactly(
            EventTypes.CYCLE_OPENED,
            EventTypes.CYCLE_STEP_CHANGED,
            EventTypes.CYCLE_STEP_CHANGED,
            EventTypes.CYCLE_STEP_CHANGED,
            EventTypes.CYCLE_STEP_CHANGED,
            EventTypes.CYCLE_STEP_CHANGED,
            EventTypes.CYCLE_STEP_CHANGED);
    assertThat(cycleEvents.subList(1, 7))
        .extracting(
            event ->
                event.getValue().get("oldStep").asText()
                    + ">"
                    + event.getValue().get("step").asText())
        .containsExactly(
            "PROMOTION>IDEA_REGISTRATION",
            "IDEA_REGISTRATION>BUSINESS_PLANS",
            "BUSINESS_PLANS>IMPLEMENTATION",
            "IMPLEMENTATION>EVALUATION",
            "EVALUATION>TRADE_PROMOTION",
            "TRADE_PROMOTION>CLOSED");
    JsonNode closed = cycleEvents.get(6).getValue();
    assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
    assertThat(closed.get("provinceCode").asText()).isEqualTo(DAK_LAK);
    assertThat(closed.get("year").asInt()).isEqualTo(year);
    assertThat(closed.get("changedOn").asText()).isEqualTo(TODAY.toString());
    assertThat(
            Tables.count(
                "select count(*) from outbox_event where message_key = ? and topic = 'ocop.rating.cycle.v1'",
                List.of(cycleId)))
        .isEqualTo(7);

    // The idea and plan events share the idea's key on the registration topic.
    List<Map.Entry<String, JsonNode>> ideaEvents = StepRecords.events(ideaId);
    assertThat(ideaEvents)
        .extracting(Map.Entry::getKey)
        .containsExactly(
            EventTypes.IDEA_REGISTERED,
            EventTypes.IDEA_REVIEWED,
            EventTypes.BUSINESS_PLAN_REVIEWED);
    JsonNode registered = ideaEvents.get(0).getValue();
    assertThat(registered.get("subjectId").asText()).isEqualTo(subjectId.toString());
    assertThat(registered.get("productSet").asInt()).isEqualTo(13);
    assertThat(registered.get("communeCode").asText()).isEqualTo(EA_TU);
    assertThat(registered.get("subjectType").asText()).isEqualTo("COOPERATIVE");
    assertThat(ideaEvents.get(1).getValue().get("status").asText()).isEqualTo("ACCEPTED");
    JsonNode planReviewed = ideaEvents.get(2).getValue();
    assertThat(planReviewed.get("planId").asText()).isEqualTo(planId);
    assertThat(planReviewed.get("oldStatus").asText()).isEqualTo("SUBMITTED");
    assertThat(planReviewed.get("status").asText()).isEqualTo("APPROVED");

    List<Map.Entry<String, JsonNode>> promotionEvents = StepRecords.events(activityId);
    assertThat(promotionEvents)
        .extracting(Map.Entry::getKey)
        .containsExactly(EventTypes.PROMOTION_RECORDED);
    JsonNode promotion = promotionEvents.get(0).getValue();
    assertThat(promotion.get("cycleId").asText()).isEqualTo(cycleId);
    assertThat(promotion.get("kind").asText()).isEqualTo("FAIR");
    assertThat(promotion.get("productIds").get(0).asText())
        .isEqualTo(product.productId().toString());
    assertThat(promotion.get("startsOn").asText()).isEqualTo("2030-11-20");
  }

  @Test
  void everyMoveButTheNextStepIsRefusedAndChangesNothing() {
    String officer = Api.officer(DAK_LAK);
    List<String> steps =
        List.of(
            "PROMOTION",
            "IDEA_REGISTRATION",
            "BUSINESS_PLANS",
            "IMPLEMENTATION",
            "EVALUATION",
            "TRADE_PROMOTION",
            "CLOSED");
    String cycleId = StepRecords.openCycle(DAK_LAK);
    for (int at = 0; at < steps.size(); at++) {
      long version = StepRecords.cycleVersion(DAK_LAK, cycleId);
      Map<String, Long> before = StepRecords.snapshot();
      for (int to = 0; to < steps.size(); to++) {
        if (to == at + 1) {
          continue;
        }
        problem(
            Api.as(officer)
                .body(Map.of("step", steps.get(to), "version", version))
                .post(CYCLES + "/{id}/step", cycleId),
            409,
            "CYCLE_STEP_TRANSITION_NOT_ALLOWED");
      }
      assertThat(StepRecords.snapshot()).isEqualTo(before);
      Api.as(officer)
          .get(CYCLES + "/{id}", cycleId)
          .then()
          .body("step", equalTo(steps.get(at)))
          .body("version", equalTo((int) version));
      if (at + 1 < steps.size()) {
        StepRecords.advanceTo(DAK_LAK, cycleId, steps.get(at + 1));
      }
    }
  }

  @Test
  void aStaleVersionOrAnUnknownStepIsRefused() {
    String officer = Api.officer(DAK_LAK);
    String cycleId = StepRecords.openCycle(DAK_LAK);
    StepRecords.advanceTo(DAK_LAK, cycleId, "IDEA_REGISTRATION");
    Map<String, Long> before = StepRecords.snapshot();
    problem(
        Api.as(officer)
            .body(Map.of("step", "BUSINESS_PLANS", "version", 0))
            .post(CYCLES + "/{id}/step", cycleId),
        409,
        "CONCURRENT_UPDATE");
    fieldProblem(
        Api.as(officer)
            .body(Map.of("step", "HARVEST", "version", 1))
            .post(CYCLES + "/{id}/step", cycleId),
        400,
        "MALFORMED_REQUEST",
        "step",
        "type");
    fieldProblem(
        Api.as(officer).body(Map.of("step", "BUSINESS_PLANS")).post(CYCLES + "/{id}/step", cycleId),
        400,
        "VALIDATION_FAILED",
        "version",
        "NotNull");
    assertThat(StepRecords.snapshot()).isEqualTo(before);
  }

  @Test
  void onlyOfficersOfTheProvinceMoveItsRounds() {
    String cycleId = StepRecords.openCycle(DAK_LAK);
    Map<String, Long> before = StepRecords.snapshot();
    Map<String, Object> move = Map.of("step", "IDEA_REGISTRATION", "version", 0);
    problem(
        Api.as(Api.officer(Api.HA_TINH)).body(move).post(CYCLES + "/{id}/step", cycleId),
        404,
        "NOT_FOUND");
    problem(
        Api.as(StepRecords.communeOfficer(DAK_LAK, EA_TU))
            .body(move)
            .post(CYCLES + "/{id}/step", cycleId),
        403,
        "FORBIDDEN");
    problem(
        Api.as(Api.nationalOfficer()).body(move).post(CYCLES + "/{id}/step", cycleId),
        403,
        "FORBIDDEN");
    problem(
        Api.as(Api.officer(Api.HA_TINH))
            .body(
                Map.of(
                    "version",
                    0,
                    "windows",
                    List.of(window("EVALUATION", "2030-10-01", "2030-11-30"))))
            .put(CYCLES + "/{id}/schedule", cycleId),
        404,
        "NOT_FOUND");
    assertThat(StepRecords.snapshot()).isEqualTo(before);
    Api.as(Api.officer(DAK_LAK))
        .get(CYCLES + "/{id}", cycleId)
        .then()
        .body("step", equalTo("PROMOTION"));
  }

  @Test
  void anIdeaAfterTheDeadlineIsRefusedUntilTheOfficerExtendsIt() {
    String officer = Api.officer(DAK_LAK);
    UUID subjectId = StepRecords.registerSubject(DAK_LAK);
    String subject = StepRecords.subjectMember(DAK_LAK, subjectId);
    String yesterday = TODAY.minusDays(1).toString();
    String cycleId =
        StepRecords.openCycle(
            DAK_LAK,
            Map.of(
                "schedule",
                List.of(
                    window(
                        "PROMOTION",
                        TODAY.minusDays(60).toString(),
                        TODAY.minusDays(31).toString()),
                    window("IDEA_REGISTRATION", TODAY.minusDays(30).toString(), yesterday))));
    StepRecords.advanceTo(DAK_LAK, cycleId, "IDEA_REGISTRATION");

    Map<String, Long> before = StepRecords.snapshot();
    problem(
            Api.as(subject).body(StepRecords.ideaForm(cycleId, EA_TU)).post(IDEAS),
            409,
            "STEP_DEADLINE_PASSED")
        .body("detail", org.hamcrest.Matchers.containsString(yesterday));
    assertThat(StepRecords.snapshot()).isEqualTo(before);

    long version = StepRecords.cycleVersion(DAK_LAK, cycleId);
    Api.as(officer)
        .body(
            Map.of(
                "version",
                version,
                "windows",
                List.of(
                    window("IDEA_REGISTRATION", TODAY.minusDays(30).toString(), TODAY.toString()))))
        .put(CYCLES + "/{id}/schedule", cycleId)
        .then()
        .statusCode(200)
        .body(
            "schedule.find { it.step == 'IDEA_REGISTRATION' }.deadline", equalTo(TODAY.toString()))
        .body("version", equalTo((int) version + 1));
    StepRecords.registerIdea(subject, cycleId, EA_TU);
  }

  @Test
  void aScheduleOutOfStepOrderIsRefusedNamingTheWindow() {
    String officer = Api.officer(DAK_LAK);
    Map<String, Long> before = StepRecords.snapshot();
    Map<String, Object> slot = Fixtures.nextSlot();
    fieldProblem(
        Api.as(officer)
            .body(
                Map.of(
                    "year", slot.get("year"),
                    "round", slot.get("round"),
                    "schedule", List.of(window("BUSINESS_PLANS", "2030-01-01", "2030-02-01"))))
            .post(CYCLES),
        400,
        "VALIDATION_FAILED",
        "schedule[0]",
        "inStepOrder");
    fieldProblem(
        Api.as(officer)
            .body(
                Map.of(
                    "year",
                    slot.get("year"),
                    "round",
                    slot.get("round"),
                    "schedule",
                    List.of(
                        window("IDEA_REGISTRATION", "2030-05-01", "2030-04-01"),
                        window("EVALUATION", "2030-10-01", "2030-11-01"))))
            .post(CYCLES),
        400,
        "VALIDATION_FAILED",
        "schedule[0].deadline",
        "notBeforeOpensOn");
    fieldProblem(
        Api.as(officer)
            .body(
                Map.of(
                    "year", slot.get("year"), "round", slot.get("round"), "startAtStep", "CLOSED"))
            .post(CYCLES),
        400,
        "VALIDATION_FAILED",
        "startAtStep",
        "aStep");
    assertThat(StepRecords.snapshot()).isEqualTo(before);
  }

  @Test
  void aRunningRoundMovedInAtEvaluationIsAnnouncedWithItsStep() {
    String cycleId = Fixtures.openCycle(DAK_LAK);
    Api.as(Api.officer(DAK_LAK))
        .get(CYCLES + "/{id}", cycleId)
        .then()
        .body("step", equalTo("EVALUATION"));
    List<Map.Entry<String, JsonNode>> events = StepRecords.events(cycleId);
    assertThat(events)
        .extracting(Map.Entry::getKey)
        .containsExactly(EventTypes.CYCLE_OPENED, EventTypes.CYCLE_STEP_CHANGED);
    assertThat(events.get(1).getValue().get("oldStep").isNull()).isTrue();
    assertThat(events.get(1).getValue().get("step").asText()).isEqualTo("EVALUATION");
  }

  @Test
  void aRoundAtPromotionTakesNoDossiers() {
    Registry.Product product = Registry.registerProduct(DAK_LAK, "Mật ong hoa cà phê");
    String cycleId = StepRecords.openCycle(DAK_LAK);
    Map<String, Long> before = StepRecords.snapshot();
    problem(
        Api.as(Api.officer(DAK_LAK))
            .body(
                Map.of(
                    "cycleId", cycleId, "productId", product.productId().toString(), "kind", "NEW"))
            .post("/api/rating/v1/dossiers"),
        409,
        "CYCLE_NOT_ACCEPTING_DOSSIERS");
    assertThat(StepRecords.snapshot()).isEqualTo(before);
  }

  static Map<String, Object> window(String step, String opensOn, String deadline) {
    return Map.of("step", step, "opensOn", opensOn, "deadline", deadline);
  }

  /** A product of an existing subject, as the registry would announce it. */
  static Registry.Product registerProductOf(UUID subjectId, String name) {
    UUID productId = UUID.randomUUID();
    Registry.publishProduct(
        UUID.randomUUID(),
        new vn.ocop.contracts.registry.ProductRegistered(
            productId,
            subjectId,
            name,
            13,
            "Cà phê, ca cao",
            1,
            DAK_LAK,
            null,
            "ACTIVE",
            null,
            null,
            null,
            null));
    Registry.awaitProduct(productId);
    return new Registry.Product(subjectId, productId, name, DAK_LAK);
  }
}
