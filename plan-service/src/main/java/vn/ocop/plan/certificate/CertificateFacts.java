package vn.ocop.plan.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.ocop.contracts.registry.CertificateIssued;
import vn.ocop.contracts.registry.CertificateStatusChanged;
import vn.ocop.plan.fact.FactPlace;
import vn.ocop.plan.fact.FactPlaces;
import vn.ocop.platform.inbox.InboundEvent;
import vn.ocop.platform.inbox.PoisonEventException;

/**
 * Keeps the certificate facts the actuals are counted from. A certificate is recorded once: a
 * second event for it (a re-publication under a new event id) changes nothing, so no certificate is
 * ever counted twice. Its status then follows the registry's status-changed events, and every
 * change is kept with its date. The consumer checks each payload before: nothing here refuses an
 * event, so a rebuild can apply a whole topic in one transaction.
 */
@ApplicationScoped
public class CertificateFacts {
  private static final Logger LOG = Logger.getLogger(CertificateFacts.class);

  private static final String IMPORT = "IMPORT";

  /**
   * Records the fact of an issued certificate, in the consumer's transaction.
   *
   * @return true if a new fact was recorded
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean recordIssued(
      InboundEvent<CertificateIssued> event, FactPlace place, DossierKind kind) {
    CertificateIssued issued = event.data();
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
    CertificateFact.of(issued, place, kind, event.id()).persist();
    return true;
  }

  /**
   * Applies a status change of the registry (expiry, suspension, revocation, reinstatement,
   * superseding) to the certificate's fact, in the consumer's transaction, and keeps the change
   * with its date. The counts of recognised products do not depend on it: a product recognised in a
   * year stays recognised in that year.
   *
   * @return true if the fact's status changed; false for a change older than the one it holds
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean applyStatusChange(InboundEvent<CertificateStatusChanged> event) {
    CertificateStatusChanged changed = event.data();
    CertificateFact fact = CertificateFact.findById(changed.certificateId());
    recordChange(event);
    if (!fact.changeStatus(changed, event.id())) {
      LOG.infof(
          "certificate %s: status change %s of %s is older than the one applied (%s); ignored",
          changed.certificateId(), event.id(), changed.changedAt(), fact.statusEventId);
      return false;
    }
    return true;
  }

  /**
   * Keeps the change, dated by its changedAt (else the event's time). A change with neither has no
   * year to count in: the fact's status still follows it.
   */
  private static void recordChange(InboundEvent<CertificateStatusChanged> event) {
    CertificateStatusChanged changed = event.data();
    Instant at =
        changed.changedAt() != null
            ? changed.changedAt()
            : event.time() == null ? null : event.time().toInstant();
    if (at == null) {
      LOG.warnf(
          "certificate %s: status change %s has no time; not counted in any year",
          changed.certificateId(), event.id());
      return;
    }
    var key = new CertificateStatusFact.Key(changed.certificateId(), changed.newStatus(), at);
    if (CertificateStatusFact.findById(key) != null) {
      return;
    }
    CertificateStatusFact change = new CertificateStatusFact();
    change.certificateId = key.certificateId();
    change.status = key.status();
    change.changedAt = at;
    LocalDate on = FactPlaces.localDate(at.atOffset(java.time.ZoneOffset.UTC));
    change.changedOn = on;
    change.year = (short) on.getYear();
    change.eventId = event.id();
    change.persist();
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
    if (Arrays.stream(CertificateStatus.values())
        .noneMatch(s -> s.name().equals(changed.newStatus()))) {
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
    if (blank(issued.provinceCode()) && blank(issued.currentProvinceCode())) {
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

  /**
   * The dossier kind of an issued certificate: the one it names, else NEW (an imported historical
   * certificate, or a recognition published before the field existed).
   */
  public static DossierKind dossierKindOf(CertificateIssued issued) {
    if (blank(issued.dossierKind())) {
      return DossierKind.NEW;
    }
    return Arrays.stream(DossierKind.values())
        .filter(kind -> kind.name().equals(issued.dossierKind()))
        .findFirst()
        .orElseThrow(
            () ->
                new PoisonEventException(
                    "certificate "
                        + issued.certificateId()
                        + " has an unknown dossier kind '"
                        + issued.dossierKind()
                        + "'",
                    null));
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
