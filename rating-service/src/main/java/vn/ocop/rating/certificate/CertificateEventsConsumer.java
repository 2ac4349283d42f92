package vn.ocop.rating.certificate;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.registry.CertificateIssued;
import vn.ocop.contracts.registry.CertificateStatusChanged;
import vn.ocop.platform.inbox.InboundEvents;

/**
 * Keeps the certificate read model in step with the registry: issued certificates and their status
 * changes are applied once each, in the certificate's partition order. Expiry reminders carry no
 * new state and are skipped.
 */
@ApplicationScoped
public class CertificateEventsConsumer {
  static final String CONSUMER = "rating.certificate-read-model";
  private static final Logger LOG = Logger.getLogger(CertificateEventsConsumer.class);

  private final InboundEvents inbound;
  private final CertificateRegister register;

  CertificateEventsConsumer(InboundEvents inbound, CertificateRegister register) {
    this.inbound = inbound;
    this.register = register;
  }

  @Incoming("registry-certificates")
  @Blocking(ordered = true)
  public void onCertificate(ConsumerRecord<String, String> record) {
    String type = inbound.parse(record.value(), JsonNode.class).type();
    if (EventTypes.CERTIFICATE_ISSUED.equals(type)) {
      inbound.apply(
          record,
          CONSUMER,
          CertificateIssued.class,
          event -> register.upsert(state(event.data()), Instant.now()));
    } else if (EventTypes.CERTIFICATE_STATUS_CHANGED.equals(type)) {
      inbound.apply(
          record,
          CONSUMER,
          CertificateStatusChanged.class,
          event -> register.upsert(state(event.data()), Instant.now()));
    } else {
      LOG.debugf("%s: ignoring event type %s", CONSUMER, type);
    }
  }

  static CertificateRegister.State state(CertificateIssued issued) {
    return new CertificateRegister.State(
        issued.certificateId(),
        issued.productId(),
        issued.subjectId(),
        issued.starClass(),
        issued.status() != null ? issued.status() : "ISSUED",
        issued.validFrom(),
        issued.validTo(),
        issued.currentProvinceCode() != null
            ? issued.currentProvinceCode()
            : issued.provinceCode());
  }

  static CertificateRegister.State state(CertificateStatusChanged changed) {
    return new CertificateRegister.State(
        changed.certificateId(),
        changed.productId(),
        changed.subjectId(),
        changed.starClass(),
        changed.newStatus(),
        changed.validFrom(),
        changed.validTo(),
        changed.currentProvinceCode() != null
            ? changed.currentProvinceCode()
            : changed.provinceCode());
  }
}
