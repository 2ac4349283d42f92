package vn.ocop.plan.certificate;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.contracts.registry.CertificateIssued;
import vn.ocop.contracts.registry.CertificateStatusChanged;
import vn.ocop.plan.fact.Applier;
import vn.ocop.plan.fact.FactPlace;
import vn.ocop.plan.fact.FactPlaces;
import vn.ocop.plan.fact.FactTopic;
import vn.ocop.plan.fact.LiveFacts;
import vn.ocop.platform.inbox.InboundEvents;

/**
 * Reads the registry's certificate topic ({@code ocop.registry.certificate.v1}) into certificate
 * facts, by CloudEvent type: an issued certificate becomes a fact, a status change updates its
 * status and is kept with its date, any other type (expiry reminders, later additions) is recorded
 * as consumed and skipped. Each event is applied once (consumed-event guard); an event that can
 * never be applied goes to {@code ocop.dlq.plan-service} with the reason and does not hold up the
 * partition.
 */
@ApplicationScoped
public class CertificateEventsConsumer implements FactTopic {
  /** Stable name of this effect in {@code consumed_event}: renaming it would re-apply events. */
  public static final String CONSUMER = "plan.certificate-facts";

  private final InboundEvents inbound;
  private final LiveFacts live;
  private final FactPlaces places;
  private final CertificateFacts facts;

  CertificateEventsConsumer(
      InboundEvents inbound, LiveFacts live, FactPlaces places, CertificateFacts facts) {
    this.inbound = inbound;
    this.live = live;
    this.places = places;
    this.facts = facts;
  }

  @Incoming("certificates")
  @Blocking(ordered = true)
  public void onCertificateEvent(ConsumerRecord<String, String> record) {
    live.apply(this, record);
  }

  @Override
  public String topic() {
    return Topics.REGISTRY_CERTIFICATE;
  }

  @Override
  public String consumer() {
    return CONSUMER;
  }

  @Override
  public List<String> tables() {
    return List.of("certificate_status_fact", "certificate_fact");
  }

  @Override
  public Outcome handle(ConsumerRecord<String, String> record, Applier applier) {
    // Payload checks run before applying, outside the retry loop: an incomplete payload is not
    // transient, so it goes straight to the dead-letter topic instead of being retried.
    String type = inbound.parse(record.value(), JsonNode.class).type();
    if (EventTypes.CERTIFICATE_ISSUED.equals(type)) {
      CertificateIssued issued = inbound.parse(record.value(), CertificateIssued.class).data();
      CertificateFacts.requireApplicable(issued);
      DossierKind kind = CertificateFacts.dossierKindOf(issued);
      FactPlace place =
          places.place(
              "certificate " + issued.certificateId(),
              issued.provinceCode(),
              issued.currentProvinceCode(),
              issued.mapVersion(),
              issued.communeCode());
      return Outcome.of(
          applier.apply(
              record,
              CONSUMER,
              CertificateIssued.class,
              event -> facts.recordIssued(event, place, kind)));
    }
    if (EventTypes.CERTIFICATE_STATUS_CHANGED.equals(type)) {
      CertificateStatusChanged changed =
          inbound.parse(record.value(), CertificateStatusChanged.class).data();
      CertificateFacts.requireApplicable(changed);
      if (!facts.known(changed.certificateId())) {
        throw CertificateFacts.unknownCertificate(changed);
      }
      return Outcome.of(
          applier.apply(
              record, CONSUMER, CertificateStatusChanged.class, facts::applyStatusChange));
    }
    return Outcome.skipped(applier.apply(record, CONSUMER, JsonNode.class, event -> {}));
  }
}
