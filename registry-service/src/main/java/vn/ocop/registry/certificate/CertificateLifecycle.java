package vn.ocop.registry.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.contracts.registry.CertificateStatusChanged;
import vn.ocop.platform.outbox.Outbox;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.registry.access.Visibility;
import vn.ocop.registry.text.Nfc;
import vn.ocop.registry.time.RegistryClock;

/**
 * Moves certificates along their lifecycle on decisions: an officer's suspension, revocation or
 * reinstatement, and the superseding of a product's certificate by a newer one. Each change writes
 * its history row and announces a {@link CertificateStatusChanged} through the outbox, in the
 * caller's transaction. (Date-driven changes are the expiry engine's, in {@code
 * vn.ocop.registry.expiry}.)
 */
@ApplicationScoped
public class CertificateLifecycle {
  private static final Logger LOG = Logger.getLogger(CertificateLifecycle.class);

  static final String VERSION_CONFLICT = "CERTIFICATE_VERSION_CONFLICT";
  static final String CENTRAL_LEVEL = "CERTIFICATE_CENTRAL_LEVEL";
  static final String REPLACED = "CERTIFICATE_REPLACED";

  /** The issuing level of certificates recognised by the ministry (5★). */
  static final String CENTRAL = "CENTRAL";

  private final CertificateRepository certificates;
  private final CertificateStatusHistory history;
  private final Outbox outbox;
  private final RegistryClock clock;

  CertificateLifecycle(
      CertificateRepository certificates,
      CertificateStatusHistory history,
      Outbox outbox,
      RegistryClock clock) {
    this.certificates = certificates;
    this.history = history;
    this.outbox = outbox;
    this.clock = clock;
  }

  /**
   * Records an officer's decision on a certificate.
   *
   * @param writer what the officer may change: national, or their province on the current map
   * @param expectedVersion the version the officer decided on
   * @throws ProblemException 404 outside the writer's scope; 403 {@code CERTIFICATE_CENTRAL_LEVEL}
   *     for a certificate of the centre and a province officer; 422 for a decision date in the
   *     future or before the certificate's; 409 {@code CERTIFICATE_VERSION_CONFLICT}, {@code
   *     CERTIFICATE_TRANSITION_NOT_ALLOWED} or {@code CERTIFICATE_REPLACED}. Nothing is written
   *     then.
   */
  @Transactional
  public Certificate decide(
      UUID id,
      OfficerAction action,
      StatusDecisionRequest request,
      long expectedVersion,
      Visibility writer,
      String username) {
    // Locked: the expiry engine skips it meanwhile, and a concurrent decision waits, then finds
    // the version moved on.
    Certificate certificate =
        certificates
            .findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
            .orElseThrow(() -> ProblemException.notFound("Certificate", id));
    writer.require(
        certificate.currentProvinceCode(),
        certificate.subjectId(),
        "Certificate",
        certificate.id());
    if (CENTRAL.equals(certificate.issuingLevel()) && !writer.all()) {
      throw new ProblemException(
          403,
          CENTRAL_LEVEL,
          "Forbidden",
          "Certificate "
              + id
              + " was recognised at the central level (cấp trung ương); only national officers"
              + " record decisions on it");
    }
    LocalDate today = clock.today();
    requireDecisionDate(request.decisionDate(), certificate, today);
    if (certificate.version() != expectedVersion) {
      throw ProblemException.conflict(
          VERSION_CONFLICT,
          "Certificate "
              + id
              + " is at version "
              + certificate.version()
              + ", not "
              + expectedVersion
              + ": it changed since it was read; read it again");
    }
    CertificateStatus next = action.target(certificate, today);
    if (action == OfficerAction.REINSTATEMENT
        && next.inForce()
        && certificates.replacedSince(
            certificate.productId(), certificate.id(), certificate.decisionDate())) {
      throw ProblemException.conflict(
          REPLACED,
          "A newer certificate of product "
              + certificate.productId()
              + " is in force; certificate "
              + id
              + " cannot be in force again");
    }
    CertificateStatusChange change =
        certificate.changeStatus(
            next,
            Nfc.normalise(request.reason()),
            new StatusDecision(Nfc.normalise(request.decisionNumber()), request.decisionDate()),
            username,
            Instant.now());
    history.persist(change);
    // The response carries the new version.
    certificates.flush();
    announce(certificate, change);
    LOG.infof(
        "certificate %s: %s -> %s by %s (decision %s)",
        id, change.oldStatus(), change.newStatus(), username, change.decisionNumber());
    return certificate;
  }

  /**
   * Supersedes the certificates of the product that a newly issued one replaces (or, for a decision
   * older than the one in force, the new certificate itself), in the issuing transaction. See
   * {@link Supersession} for the rule.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void supersede(Certificate issued, String changedBy) {
    List<Certificate> held = certificates.replaceable(issued.productId(), issued.id());
    if (held.isEmpty()) {
      return;
    }
    Map<UUID, Certificate> byId = new HashMap<>();
    List<Supersession.Held> chronology = new ArrayList<>();
    for (Certificate certificate : held) {
      byId.put(certificate.id(), certificate);
      chronology.add(held(certificate));
    }
    byId.put(issued.id(), issued);
    chronology.add(held(issued));
    Instant now = Instant.now();
    List<Certificate> changed = new ArrayList<>();
    List<CertificateStatusChange> changes = new ArrayList<>();
    Supersession.of(chronology)
        .forEach(
            (olderId, newerId) -> {
              Certificate older = byId.get(olderId);
              Certificate newer = byId.get(newerId);
              CertificateStatusChange change =
                  older.supersededBy(newer, supersedingReason(newer), changedBy, now);
              history.persist(change);
              changed.add(older);
              changes.add(change);
              LOG.infof(
                  "certificate %s (%s) superseded by %s of product %s",
                  older.id(), change.oldStatus(), newer.id(), older.productId());
            });
    for (int i = 0; i < changed.size(); i++) {
      announce(changed.get(i), changes.get(i));
    }
  }

  /**
   * Revokes an expired certificate whose re-evaluation failed only after its end: there is no end
   * left to wait for. In the caller's transaction, with its history row and event.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void revokeExpired(
      Certificate certificate, String reason, StatusDecision decision, String changedBy) {
    CertificateStatusChange change =
        certificate.changeStatus(
            CertificateStatus.REVOKED, reason, decision, changedBy, Instant.now());
    history.persist(change);
    announce(certificate, change);
    LOG.infof(
        "certificate %s revoked after a failed re-evaluation (decision %s)",
        certificate.id(), decision.number());
  }

  /** The transitions of a visible certificate, oldest first; 404 otherwise. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<CertificateStatusChange> history(UUID id, Visibility visibility) {
    Certificate certificate =
        certificates
            .findByIdOptional(id)
            .orElseThrow(() -> ProblemException.notFound("Certificate", id));
    visibility.require(
        certificate.currentProvinceCode(), certificate.subjectId(), "Certificate", id);
    return history.of(id);
  }

  private void announce(Certificate certificate, CertificateStatusChange change) {
    outbox.publish(
        Topics.REGISTRY_CERTIFICATE,
        certificate.id(),
        EventTypes.CERTIFICATE_STATUS_CHANGED,
        new CertificateStatusChanged(
            certificate.id(),
            certificate.productId(),
            certificate.subjectId(),
            certificate.provinceCode(),
            certificate.currentProvinceCode(),
            certificate.starClass(),
            certificate.validFrom(),
            certificate.validTo(),
            change.oldStatus().name(),
            change.newStatus().name(),
            change.reason(),
            change.decisionNumber(),
            change.decisionDate(),
            certificate.supersededBy(),
            change.changedAt(),
            change.changedBy()));
  }

  private static void requireDecisionDate(
      LocalDate decisionDate, Certificate certificate, LocalDate today) {
    if (decisionDate == null) {
      return;
    }
    if (decisionDate.isAfter(today)) {
      throw ProblemException.unprocessable(
          "decisionDate",
          "NotInFuture",
          "decisionDate " + decisionDate + " is in the future (today is " + today + ")");
    }
    if (decisionDate.isBefore(certificate.decisionDate())) {
      throw ProblemException.unprocessable(
          "decisionDate",
          "NotBeforeCertificateDecision",
          "decisionDate "
              + decisionDate
              + " is before the certificate's own decision of "
              + certificate.decisionDate());
    }
  }

  private static Supersession.Held held(Certificate certificate) {
    return new Supersession.Held(
        certificate.id(), certificate.decisionDate(), certificate.validTo(), certificate.status());
  }

  private static String supersedingReason(Certificate newer) {
    String kind =
        switch (newer.dossierKind() == null ? "" : newer.dossierKind()) {
          case "UPGRADE" -> "upgrade (nâng hạng)";
          case "RE_EVALUATION" -> "re-evaluation (đánh giá lại)";
          default -> "re-recognition (công nhận lại)";
        };
    return "Superseded by certificate "
        + newer.id()
        + ": "
        + kind
        + " to "
        + newer.starClass()
        + "★, decision "
        + newer.decisionNumber()
        + " of "
        + newer.decisionDate();
  }
}
