package vn.ocop.plan.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.ocop.contracts.registry.CertificateIssued;
import vn.ocop.contracts.registry.CertificateStatusChanged;
import vn.ocop.plan.province.Province;
import vn.ocop.plan.province.Provinces;
import vn.ocop.platform.inbox.InboundEvent;
import vn.ocop.platform.inbox.PoisonEventException;

/**
 * Keeps the certificate facts the actuals are counted from. A certificate is recorded once: a
 * second event for it (a re-publication under a new event id) changes nothing, so no certificate is
 * ever counted twice. Its status then follows the registry's status-changed events.
 */
@ApplicationScoped
public class CertificateFacts {
  private static final Logger LOG = Logger.getLogger(CertificateFacts.class);

  /** The registry's certificate statuses (its CertificateStatus). */
  static final Set<String> STATUSES =
      Set.of("ISSUED", "EXPIRING", "EXPIRED", "SUPERSEDED", "SUSPENDED", "REVOKED");

  private static final String IMPORT = "IMPORT";

  private final Provinces provinces;

  CertificateFacts(Provinces provinces) {
    this.provinces = provinces;
  }

  /**
   * Records the fact of an issued certificate, in the consumer's transaction.
   *
   * @return true if a new fact was recorded
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean recordIssued(InboundEvent<CertificateIssued> event) {
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
   * Applies a status change of the registry (expiry, suspension, revocation, reinstatement,
   * superseding) to the certificate's fact, in the consumer's transaction. The counts of recognised
   * products do not depend on it: a product recognised in a year stays recognised in that year. It
   * tells certificates in force from the others.
   *
   * @return true if the fact's status changed; false for a change older than the one it holds
   * @throws PoisonEventException for a certificate whose issue was never recorded here
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean applyStatusChange(InboundEvent<CertificateStatusChanged> event) {
    CertificateStatusChanged changed = event.data();
    requireApplicable(changed);
    CertificateFact fact = CertificateFact.findById(changed.certificateId());
    if (fact == null) {
      throw unknownCertificate(changed);
    }
    if (!fact.changeStatus(changed, event.id())) {
      LOG.infof(
          "certificate %s: status change %s of %s is older than the one applied (%s); ignored",
          changed.certificateId(), event.id(), changed.changedAt(), fact.statusEventId);
      return false;
    }
    return true;
  }

  /**
   * Whether the certificate's issue was recorded. A status change of an unknown certificate cannot
   * be applied: its issue was dead-lettered (e.g. an unknown province), so it follows it there and
   * an operator replays both, in order, after the fix.
   */
  @Transactional
  public boolean known(UUID certificateId) {
    return CertificateFact.count("certificateId", certificateId) > 0;
  }

  static PoisonEventException unknownCertificate(CertificateStatusChanged changed) {
    return new PoisonEventException(
        "status change of certificate "
            + changed.certificateId()
            + " whose issue was never recorded here",
        null);
  }

  /** Fails with {@link PoisonEventException} when a status change lacks what it needs. */
  public static void requireApplicable(CertificateStatusChanged changed) {
    if (changed.certificateId() == null || changed.newStatus() == null) {
      throw new PoisonEventException("status change lacks certificateId or newStatus", null);
    }
    if (!STATUSES.contains(changed.newStatus())) {
      throw new PoisonEventException(
          "certificate "
              + changed.certificateId()
              + " changed to an unknown status '"
              + changed.newStatus()
              + "'",
          null);
    }
  }

  /**
   * Fails with {@link PoisonEventException} when the payload lacks what a fact needs: such an event
   * can never be applied, so it goes to the dead-letter topic instead of being retried. A
   * historical certificate of a registry import (origin IMPORT) has no rating decision and still
   * counts.
   */
  public static void requireApplicable(CertificateIssued issued) {
    List<String> missing = new ArrayList<>();
    if (issued.certificateId() == null) {
      missing.add("certificateId");
    }
    if (issued.decisionId() == null && !IMPORT.equals(issued.origin())) {
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
