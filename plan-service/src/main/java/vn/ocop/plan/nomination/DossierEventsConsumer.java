package vn.ocop.plan.nomination;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.contracts.rating.DossierNominated;
import vn.ocop.plan.fact.Applier;
import vn.ocop.plan.fact.FactPlace;
import vn.ocop.plan.fact.FactPlaces;
import vn.ocop.plan.fact.FactTopic;
import vn.ocop.plan.fact.LiveFacts;
import vn.ocop.platform.inbox.InboundEvent;
import vn.ocop.platform.inbox.InboundEvents;
import vn.ocop.platform.inbox.PoisonEventException;

/**
 * Reads the rating service's dossier topic ({@code ocop.rating.dossier.v1}) for forwarded products
 * (DossierNominated). Submissions and other types are consumed and skipped: a certificate already
 * tells the kind of dossier that led to it.
 */
@ApplicationScoped
public class DossierEventsConsumer implements FactTopic {
  public static final String CONSUMER = "plan.dossier-facts";

  private final InboundEvents inbound;
  private final LiveFacts live;
  private final FactPlaces places;
  private final NominationFacts facts;

  DossierEventsConsumer(
      InboundEvents inbound, LiveFacts live, FactPlaces places, NominationFacts facts) {
    this.inbound = inbound;
    this.live = live;
    this.places = places;
    this.facts = facts;
  }

  @Incoming("dossiers")
  @Blocking(ordered = true)
  public void onDossierEvent(ConsumerRecord<String, String> record) {
    live.apply(this, record);
  }

  @Override
  public String topic() {
    return Topics.RATING_DOSSIER;
  }

  @Override
  public String consumer() {
    return CONSUMER;
  }

  @Override
  public List<String> tables() {
    return List.of("nomination_fact");
  }

  @Override
  public Outcome handle(ConsumerRecord<String, String> record, Applier applier) {
    String type = inbound.parse(record.value(), JsonNode.class).type();
    if (!EventTypes.DOSSIER_NOMINATED.equals(type)) {
      return Outcome.skipped(applier.apply(record, CONSUMER, JsonNode.class, e -> {}));
    }
    InboundEvent<DossierNominated> event = inbound.parse(record.value(), DossierNominated.class);
    DossierNominated nominated = event.data();
    if (nominated.dossierId() == null
        || nominated.productId() == null
        || nominated.toLevel() == null) {
      throw new PoisonEventException("nomination lacks dossierId, productId or toLevel", null);
    }
    if (event.time() == null) {
      throw new PoisonEventException(
          "nomination " + event.id() + " has no time: its year is unknown", null);
    }
    LocalDate on = FactPlaces.localDate(event.time());
    FactPlace place =
        places.place(
            "dossier " + nominated.dossierId(), nominated.provinceCode(), null, null, null);
    return Outcome.of(
        applier.apply(record, CONSUMER, DossierNominated.class, e -> facts.record(e, place, on)));
  }
}
