package vn.ocop.plan.promotion;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.contracts.rating.PromotionRecorded;
import vn.ocop.plan.fact.Applier;
import vn.ocop.plan.fact.FactPlace;
import vn.ocop.plan.fact.FactPlaces;
import vn.ocop.plan.fact.FactTopic;
import vn.ocop.plan.fact.LiveFacts;
import vn.ocop.platform.inbox.InboundEvent;
import vn.ocop.platform.inbox.InboundEvents;
import vn.ocop.platform.inbox.PoisonEventException;

/**
 * Reads the rating service's promotion topic ({@code ocop.rating.promotion.v1}) into promotion
 * facts. The year is the one the activity starts in ({@code startsOn}; the event's local date when
 * absent). Other types are consumed and skipped.
 */
@ApplicationScoped
public class PromotionEventsConsumer implements FactTopic {
  public static final String CONSUMER = "plan.promotion-facts";

  private final InboundEvents inbound;
  private final LiveFacts live;
  private final FactPlaces places;
  private final PromotionFacts facts;

  PromotionEventsConsumer(
      InboundEvents inbound, LiveFacts live, FactPlaces places, PromotionFacts facts) {
    this.inbound = inbound;
    this.live = live;
    this.places = places;
    this.facts = facts;
  }

  @Incoming("promotions")
  @Blocking(ordered = true)
  public void onPromotionEvent(ConsumerRecord<String, String> record) {
    live.apply(this, record);
  }

  @Override
  public String topic() {
    return Topics.RATING_PROMOTION;
  }

  @Override
  public String consumer() {
    return CONSUMER;
  }

  @Override
  public List<String> tables() {
    return List.of("promotion_product", "promotion_fact");
  }

  @Override
  public Outcome handle(ConsumerRecord<String, String> record, Applier applier) {
    String type = inbound.parse(record.value(), JsonNode.class).type();
    if (!EventTypes.PROMOTION_RECORDED.equals(type)) {
      return Outcome.skipped(applier.apply(record, CONSUMER, JsonNode.class, e -> {}));
    }
    InboundEvent<PromotionRecorded> event = inbound.parse(record.value(), PromotionRecorded.class);
    PromotionRecorded recorded = event.data();
    if (recorded.activityId() == null) {
      throw new PoisonEventException("promotion event lacks activityId", null);
    }
    if (Arrays.stream(PromotionKind.values()).noneMatch(k -> k.name().equals(recorded.kind()))) {
      throw new PoisonEventException(
          "promotion " + recorded.activityId() + " has an unknown kind '" + recorded.kind() + "'",
          null);
    }
    LocalDate on;
    if (recorded.startsOn() != null) {
      on = recorded.startsOn();
    } else if (event.time() != null) {
      on = FactPlaces.localDate(event.time());
    } else {
      throw new PoisonEventException(
          "promotion " + recorded.activityId() + " has neither a start date nor a time", null);
    }
    FactPlace place =
        places.place(
            "promotion " + recorded.activityId(), recorded.provinceCode(), null, null, null);
    return Outcome.of(
        applier.apply(record, CONSUMER, PromotionRecorded.class, e -> facts.record(e, place, on)));
  }
}
