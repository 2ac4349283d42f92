package vn.ocop.plan.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.registry.CertificateIssued;
import vn.ocop.plan.province.Province;
import vn.ocop.plan.province.Provinces;
import vn.ocop.platform.inbox.InboundEvent;
import vn.ocop.platform.inbox.PoisonEventException;

/**
 * Keeps the certificate facts the actuals are counted from. A certificate is recorded once: a
 * second event for it (a re-publication under a new event id) changes nothing, so no certificate is
 * ever counted twice.
 */
@ApplicationScoped
public class CertificateFacts {
  private static final Logger LOG = Logger.getLogger(CertificateFacts.class);

  private final Provinces provinces;

  CertificateFacts(Provinces provinces) {
    this.provinces = provinces;
  }

  /**
   * Applies one event of the certificate topic, in the consumer's transaction.
   *
   * @return true if a new fact was recorded
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean apply(InboundEvent<CertificateIssued> event) {
    if (!EventTypes.CERTIFICATE_ISSUED.equals(event.type())) {
      // Other certificate events (revocation, expiry) are not counted yet; skipping them keeps the
      // partition moving, and the consumed-event record lets a later version replay the topic.
      LOG.debugf("certificate event %s of type %s is not counted", event.id(), event.type());
      return false;
    }
    CertificateIssued issued = event.data();
    requireApplicable(issued);
    Province province =
        provinces
            .current(issued.provinceCode())
            .orElseThrow(
                () ->
                    new PoisonEventException(
                        "certificate "
                            + issued.certificateId()
                            + " names an unknown province code '"
                            + issued.provinceCode()
                            + "'",
                        null));
    CertificateFact existing = CertificateFact.findById(issued.certificateId());
    if (existing != null) {
      if (!existing.sameAs(issued)) {
        LOG.warnf(
            "certificate %s: event %s disagrees with the recorded fact from event %s; the first"
                + " one stands",
            issued.certificateId(), event.id(), existing.sourceEventId);
      }
      return false;
    }
    CertificateFact.of(issued, province.code, event.id()).persist();
    return true;
  }

  /**
   * Fails with {@link PoisonEventException} when the payload lacks what a fact needs: such an event
   * can never be applied, so it goes to the dead-letter topic instead of being retried.
   */
  public static void requireApplicable(CertificateIssued issued) {
    List<String> missing = new ArrayList<>();
    if (issued.certificateId() == null) {
      missing.add("certificateId");
    }
    if (issued.decisionId() == null) {
      missing.add("decisionId");
    }
    if (issued.productId() == null) {
      missing.add("productId");
    }
    if (issued.subjectId() == null) {
      missing.add("subjectId");
    }
    if (issued.provinceCode() == null || issued.provinceCode().isBlank()) {
      missing.add("provinceCode");
    }
    if (issued.decisionDate() == null) {
      missing.add("decisionDate");
    }
    if (!missing.isEmpty()) {
      throw new PoisonEventException("certificate event lacks " + String.join(", ", missing), null);
    }
    if (issued.starClass() < 1 || issued.starClass() > 5) {
      throw new PoisonEventException(
          "certificate " + issued.certificateId() + " has star class " + issued.starClass(), null);
    }
  }
}
