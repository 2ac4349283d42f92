package vn.ocop.plan.certificate;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.registry.CertificateIssued;
import vn.ocop.platform.inbox.InboundEvent;
import vn.ocop.platform.inbox.InboundEvents;

/**
 * Reads the registry's certificate topic ({@code ocop.registry.certificate.v1}) into certificate
 * facts. Each event is applied once (consumed-event guard); an event that can never be applied goes
 * to {@code ocop.dlq.plan-service} with the reason and does not hold up the partition.
 */
@ApplicationScoped
public class CertificateEventsConsumer {
  /** Stable name of this effect in {@code consumed_event}: renaming it would re-apply events. */
  public static final String CONSUMER = "plan.certificate-facts";

  private final InboundEvents inbound;
  private final CertificateFacts facts;

  CertificateEventsConsumer(InboundEvents inbound, CertificateFacts facts) {
    this.inbound = inbound;
    this.facts = facts;
  }

  @Incoming("certificates")
  @Blocking(ordered = true)
  public void onCertificateEvent(ConsumerRecord<String, String> record) {
    // Checked before applying, outside the retry loop: an incomplete payload is not transient, so
    // it goes straight to the dead-letter topic instead of being retried.
    InboundEvent<CertificateIssued> event = inbound.parse(record.value(), CertificateIssued.class);
    if (EventTypes.CERTIFICATE_ISSUED.equals(event.type())) {
      CertificateFacts.requireApplicable(event.data());
    }
    inbound.apply(record, CONSUMER, CertificateIssued.class, facts::apply);
  }
}
