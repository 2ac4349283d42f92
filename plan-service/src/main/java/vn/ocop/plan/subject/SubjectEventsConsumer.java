package vn.ocop.plan.subject;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.contracts.registry.SubjectRegistered;
import vn.ocop.contracts.registry.SubjectState;
import vn.ocop.contracts.registry.SubjectUpdated;
import vn.ocop.plan.fact.Applier;
import vn.ocop.plan.fact.FactPlace;
import vn.ocop.plan.fact.FactPlaces;
import vn.ocop.plan.fact.FactTopic;
import vn.ocop.plan.fact.LiveFacts;
import vn.ocop.platform.inbox.InboundEvent;
import vn.ocop.platform.inbox.InboundEvents;
import vn.ocop.platform.inbox.PoisonEventException;

/**
 * Reads the registry's subject topic ({@code ocop.registry.subject.v1}) into subject facts: a
 * registration gives the subject its type, place and registration date (the event's time as a local
 * date), an update its latest type and place. Other types are consumed and skipped.
 */
@ApplicationScoped
public class SubjectEventsConsumer implements FactTopic {
  public static final String CONSUMER = "plan.subject-facts";

  private final InboundEvents inbound;
  private final LiveFacts live;
  private final FactPlaces places;
  private final SubjectFacts facts;

  SubjectEventsConsumer(
      InboundEvents inbound, LiveFacts live, FactPlaces places, SubjectFacts facts) {
    this.inbound = inbound;
    this.live = live;
    this.places = places;
    this.facts = facts;
  }

  @Incoming("subjects")
  @Blocking(ordered = true)
  public void onSubjectEvent(ConsumerRecord<String, String> record) {
    live.apply(this, record);
  }

  @Override
  public String topic() {
    return Topics.REGISTRY_SUBJECT;
  }

  @Override
  public String consumer() {
    return CONSUMER;
  }

  @Override
  public List<String> tables() {
    return List.of("subject_fact");
  }

  @Override
  public Outcome handle(ConsumerRecord<String, String> record, Applier applier) {
    String type = inbound.parse(record.value(), JsonNode.class).type();
    if (EventTypes.SUBJECT_REGISTERED.equals(type)) {
      InboundEvent<SubjectRegistered> event =
          inbound.parse(record.value(), SubjectRegistered.class);
      SubjectRegistered subject = event.data();
      requireApplicable(event, subject.subjectId() != null, subject.subjectType());
      FactPlace place =
          places.place(
              "subject " + subject.subjectId(),
              subject.provinceCode(),
              subject.currentProvinceCode(),
              subject.mapVersion(),
              subject.communeCode());
      return Outcome.of(
          applier.apply(
              record, CONSUMER, SubjectRegistered.class, e -> facts.recordRegistered(e, place)));
    }
    if (EventTypes.SUBJECT_UPDATED.equals(type)) {
      InboundEvent<SubjectUpdated> event = inbound.parse(record.value(), SubjectUpdated.class);
      SubjectState after = event.data().after();
      if (after == null) {
        throw new PoisonEventException("subject update lacks the state after the change", null);
      }
      requireApplicable(event, event.data().subjectId() != null, after.subjectType());
      FactPlace place =
          places.place(
              "subject " + event.data().subjectId(),
              after.provinceCode(),
              after.currentProvinceCode(),
              after.mapVersion(),
              after.communeCode());
      return Outcome.of(
          applier.apply(
              record, CONSUMER, SubjectUpdated.class, e -> facts.recordUpdated(e, place)));
    }
    return Outcome.skipped(applier.apply(record, CONSUMER, JsonNode.class, e -> {}));
  }

  private static void requireApplicable(InboundEvent<?> event, boolean hasId, String type) {
    if (!hasId) {
      throw new PoisonEventException("subject event lacks subjectId", null);
    }
    if (event.time() == null) {
      throw new PoisonEventException(
          "subject event " + event.id() + " has no time: its date and order are unknown", null);
    }
    if (type == null
        || Arrays.stream(SubjectType.values()).noneMatch(known -> known.name().equals(type))) {
      throw new PoisonEventException(
          "subject event " + event.id() + " has an unknown subject type '" + type + "'", null);
    }
  }
}
