package vn.ocop.plan.registration;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.contracts.rating.BusinessPlanReviewed;
import vn.ocop.contracts.rating.IdeaRegistered;
import vn.ocop.contracts.rating.IdeaReviewed;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.plan.support.DeadLetters;
import vn.ocop.plan.support.Events;
import vn.ocop.plan.support.FactEvents;
import vn.ocop.plan.support.Tables;
import vn.ocop.plan.support.Values;

/**
 * Product ideas and business plans from the rating service's registration topic. Sơn La (14), years
 * 2064–2065, belongs to this class.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "plan"))
class RegistrationEventsTest {
  static final String IDEAS = "IDEAS_REGISTERED";
  static final String PLANS = "BUSINESS_PLANS_APPROVED";

  @Test
  void ideasCountInTheYearTheyWereRegisteredInAndPlansInTheYearTheyWereApproved() {
    String commune = communeOf("14");
    Map<Integer, Map<String, BigDecimal>> before =
        Values.byYear("14", Values.years(2064, 2065), IDEAS, PLANS);
    IdeaRegistered first =
        FactEvents.idea(
            UUID.randomUUID(), "COOPERATIVE", "14", commune, 11, LocalDate.of(2064, 3, 1));
    IdeaRegistered second =
        FactEvents.idea(
            UUID.randomUUID(), "ENTERPRISE", "14", null, 21, LocalDate.of(2064, 12, 31));
    IdeaRegistered third =
        FactEvents.idea(UUID.randomUUID(), "ENTERPRISE", "14", null, 26, LocalDate.of(2065, 1, 1));
    UUID approvedPlan = UUID.randomUUID();
    UUID returnedPlan = UUID.randomUUID();
    List<String> events =
        List.of(
            FactEvents.publishIdea(first),
            FactEvents.publishIdea(second),
            FactEvents.publishIdea(third),
            // Returned in 2064, approved in 2065: counts once, in 2065.
            FactEvents.publishPlanReview(
                FactEvents.planReview(approvedPlan, first, "RETURNED", LocalDate.of(2064, 9, 9))),
            FactEvents.publishPlanReview(
                FactEvents.planReview(approvedPlan, first, "APPROVED", LocalDate.of(2065, 2, 2))),
            // The approval published again later: the first date stands.
            FactEvents.publishPlanReview(
                FactEvents.planReview(approvedPlan, first, "APPROVED", LocalDate.of(2065, 8, 8))),
            FactEvents.publishPlanReview(
                FactEvents.planReview(returnedPlan, second, "RETURNED", LocalDate.of(2065, 3, 3))));
    FactEvents.awaitApplied(FactEvents.REGISTRATIONS, events);

    Map<Integer, Map<String, BigDecimal>> after =
        Values.byYear("14", Values.years(2064, 2065), IDEAS, PLANS);
    assertThat(delta(before, after, 2064, IDEAS)).isEqualTo(2);
    assertThat(delta(before, after, 2065, IDEAS)).isEqualTo(1);
    assertThat(delta(before, after, 2064, PLANS)).isZero();
    assertThat(delta(before, after, 2065, PLANS)).isEqualTo(1);
    // The plan is in its idea's commune.
    assertThat(Values.ofCommune("14", commune, Values.years(2065, 2065), PLANS).get(PLANS))
        .isEqualByComparingTo("1");
    assertThat(
            Tables.count(
                "select count(*) from business_plan_fact where plan_id = ?"
                    + " and approved_on = date '2065-02-02' and status = 'APPROVED'",
                approvedPlan))
        .isEqualTo(1);
    assertThat(
            Tables.count(
                "select count(*) from idea_fact where idea_id = ? and product_group = 1"
                    + " and commune_code = ? and subject_type = 'COOPERATIVE'",
                first.ideaId(),
                commune))
        .isEqualTo(1);
  }

  @Test
  void aRedeliveredIdeaCountsOnceAndIdeaReviewsAreSkipped() {
    IdeaRegistered idea =
        FactEvents.idea(UUID.randomUUID(), "COOPERATIVE", "14", null, 3, LocalDate.of(2064, 6, 6));
    String eventId = UUID.randomUUID().toString();
    String value =
        Events.envelope(
            eventId, EventTypes.IDEA_REGISTERED, FactEvents.at(idea.registeredOn()), idea);
    RecordMetadata first = Events.send(Topics.RATING_REGISTRATION, idea.ideaId().toString(), value);
    Events.sendTo(Topics.RATING_REGISTRATION, first.partition(), idea.ideaId().toString(), value);
    String review =
        Events.publish(
            Topics.RATING_REGISTRATION,
            idea.ideaId(),
            EventTypes.IDEA_REVIEWED,
            FactEvents.at(LocalDate.of(2064, 6, 7)),
            new IdeaReviewed(
                idea.ideaId(),
                idea.cycleId(),
                "14",
                idea.subjectId(),
                "SUBMITTED",
                "ACCEPTED",
                null,
                LocalDate.of(2064, 6, 7)));
    Events.drain(Topics.RATING_REGISTRATION, FactEvents.REGISTRATIONS);

    assertThat(Tables.consumed(FactEvents.REGISTRATIONS, review)).isTrue();
    assertThat(
            Tables.count(
                "select count(*) from consumed_event where consumer = ? and event_id = ?",
                FactEvents.REGISTRATIONS,
                eventId))
        .isEqualTo(1);
    assertThat(Tables.count("select count(*) from idea_fact where idea_id = ?", idea.ideaId()))
        .isEqualTo(1);
  }

  @Test
  void aReviewWithAnUnknownOutcomeIsDeadLetteredAndWritesNothing() {
    IdeaRegistered idea =
        FactEvents.idea(UUID.randomUUID(), "COOPERATIVE", "14", null, 3, LocalDate.of(2064, 6, 6));
    BusinessPlanReviewed review =
        FactEvents.planReview(UUID.randomUUID(), idea, "MAYBE", LocalDate.of(2064, 7, 7));
    String eventId = UUID.randomUUID().toString();
    String value =
        Events.envelope(
            eventId, EventTypes.BUSINESS_PLAN_REVIEWED, FactEvents.at(review.reviewedOn()), review);
    Events.send(Topics.RATING_REGISTRATION, idea.ideaId().toString(), value);

    ConsumerRecord<String, String> letter = DeadLetters.awaitValue(value);

    assertThat(DeadLetters.header(letter, "dead-letter-reason"))
        .contains("unknown review outcome 'MAYBE'");
    assertThat(Tables.consumed(FactEvents.REGISTRATIONS, eventId)).isFalse();
    assertThat(
            Tables.count(
                "select count(*) from business_plan_fact where plan_id = ?", review.planId()))
        .isZero();
  }

  private static int delta(
      Map<Integer, Map<String, BigDecimal>> before,
      Map<Integer, Map<String, BigDecimal>> after,
      int year,
      String code) {
    return after.get(year).get(code).subtract(before.get(year).get(code)).intValueExact();
  }

  static String communeOf(String province) {
    return Tables.strings(
            "select code from commune where province_code = ? order by code limit 1", province)
        .get(0);
  }
}
