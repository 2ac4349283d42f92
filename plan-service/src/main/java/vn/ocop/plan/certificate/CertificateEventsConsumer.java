package vn.ocop.plan.certificate;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.registry.CertificateIssued;
import vn.ocop.contracts.registry.CertificateStatusChanged;
import vn.ocop.platform.inbox.InboundEvents;

/**
 * Reads the registry's certificate topic ({@code ocop.registry.certificate.v1}) into certificate
 * facts, by CloudEvent type: an issued certificate becomes a fact, a status change updates its
 * status, any other type (expiry reminders, later additions) is recorded as consumed and skipped.
 * Each event is applied once (consumed-event guard); an event that can never be applied goes to
 * {@code ocop.dlq.plan-service} with the reason and does not hold up the partition.
 */
@ApplicationScoped
public class CertificateEventsConsumer {
  private static final Logger LOG = Logger.getLogger(CertificateEventsConsumer.class);

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
    // Payload checks run before applying, outside the retry loop: an incomplete payload is not
    // transient, so it goes straight to the dead-letter topic instead of being retried.
    String type = inbound.parse(record.value(), JsonNode.class).type();
    if (EventTypes.CERTIFICATE_ISSUED.equals(type)) {
      CertificateFacts.requireApplicable(
          inbound.parse(record.value(), CertificateIssued.class).data());
      inbound.apply(record, CONSUMER, CertificateIssued.class, facts::recordIssued);
    } else if (EventTypes.CERTIFICATE_STATUS_CHANGED.equals(type)) {
      CertificateStatusChanged changed =
          inbound.parse(record.value(), CertificateStatusChanged.class).data();
      CertificateFacts.requireApplicable(changed);
      if (!facts.known(changed.certificateId())) {
        throw CertificateFacts.unknownCertificate(changed);
      }
      inbound.apply(record, CONSUMER, CertificateStatusChanged.class, facts::applyStatusChange);
    } else {
      inbound.apply(
          record,
          CONSUMER,
          JsonNode.class,
          event -> LOG.debugf("certificate event %s of type %s is not used", event.id(), type));
    }
  }
}
