package vn.ocop.plan.registration;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.contracts.rating.BusinessPlanReviewed;
import vn.ocop.contracts.rating.IdeaRegistered;
import vn.ocop.plan.fact.Applier;
import vn.ocop.plan.fact.FactPlace;
import vn.ocop.plan.fact.FactPlaces;
import vn.ocop.plan.fact.FactTopic;
import vn.ocop.plan.fact.LiveFacts;
import vn.ocop.platform.inbox.InboundEvent;
import vn.ocop.platform.inbox.InboundEvents;
import vn.ocop.platform.inbox.PoisonEventException;

/**
 * Reads the rating service's registration topic ({@code ocop.rating.registration.v1}): registered
 * product ideas (step 2) and business-plan reviews (step 3; APPROVED is what counts). Idea reviews
 * and other types are consumed and skipped: an idea counts when it is registered.
 */
@ApplicationScoped
public class RegistrationEventsConsumer implements FactTopic {
  public static final String CONSUMER = "plan.registration-facts";

  /** The review outcomes of the rating service's PlanStatus. */
  static final Set<String> REVIEW_OUTCOMES = Set.of("APPROVED", "RETURNED", "REJECTED");

  private final InboundEvents inbound;
  private final LiveFacts live;
  private final FactPlaces places;
  private final RegistrationFacts facts;

  RegistrationEventsConsumer(
      InboundEvents inbound, LiveFacts live, FactPlaces places, RegistrationFacts facts) {
    this.inbound = inbound;
    this.live = live;
    this.places = places;
    this.facts = facts;
  }

  @Incoming("registrations")
  @Blocking(ordered = true)
  public void onRegistrationEvent(ConsumerRecord<String, String> record) {
    live.apply(this, record);
  }

  @Override
  public String topic() {
    return Topics.RATING_REGISTRATION;
  }

  @Override
  public String consumer() {
    return CONSUMER;
  }

  @Override
  public List<String> tables() {
    return List.of("business_plan_fact", "idea_fact");
  }

  @Override
  public Outcome handle(ConsumerRecord<String, String> record, Applier applier) {
    String type = inbound.parse(record.value(), JsonNode.class).type();
    if (EventTypes.IDEA_REGISTERED.equals(type)) {
      InboundEvent<IdeaRegistered> event = inbound.parse(record.value(), IdeaRegistered.class);
      IdeaRegistered idea = event.data();
      if (idea.ideaId() == null) {
        throw new PoisonEventException("idea event lacks ideaId", null);
      }
      LocalDate on = dateOf(event, idea.registeredOn(), "idea " + idea.ideaId());
      FactPlace place =
          places.place(
              "idea " + idea.ideaId(), idea.provinceCode(), null, null, idea.communeCode());
      return Outcome.of(
          applier.apply(
              record, CONSUMER, IdeaRegistered.class, e -> facts.recordIdea(e, place, on)));
    }
    if (EventTypes.BUSINESS_PLAN_REVIEWED.equals(type)) {
      InboundEvent<BusinessPlanReviewed> event =
          inbound.parse(record.value(), BusinessPlanReviewed.class);
      BusinessPlanReviewed plan = event.data();
      if (plan.planId() == null) {
        throw new PoisonEventException("business-plan review lacks planId", null);
      }
      if (!REVIEW_OUTCOMES.contains(plan.status())) {
        throw new PoisonEventException(
            "business plan "
                + plan.planId()
                + " has an unknown review outcome '"
                + plan.status()
                + "'",
            null);
      }
      if (event.time() == null) {
        throw new PoisonEventException(
            "business-plan review " + event.id() + " has no time: its order is unknown", null);
      }
      LocalDate on = dateOf(event, plan.reviewedOn(), "business plan " + plan.planId());
      FactPlace place =
          places.place("business plan " + plan.planId(), plan.provinceCode(), null, null, null);
      return Outcome.of(
          applier.apply(
              record,
              CONSUMER,
              BusinessPlanReviewed.class,
              e -> facts.recordPlanReview(e, place, on)));
    }
    return Outcome.skipped(applier.apply(record, CONSUMER, JsonNode.class, e -> {}));
  }

  /** The date the payload gives, else the event's time as a local date. */
  private static LocalDate dateOf(InboundEvent<?> event, LocalDate given, String what) {
    if (given != null) {
      return given;
    }
    if (event.time() == null) {
      throw new PoisonEventException(what + " has neither a date nor an event time", null);
    }
    return FactPlaces.localDate(event.time());
  }
}
