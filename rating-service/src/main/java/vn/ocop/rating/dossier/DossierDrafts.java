package vn.ocop.rating.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.contracts.rating.DossierSubmitted;
import vn.ocop.platform.outbox.Outbox;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;
import vn.ocop.rating.LocalCalendar;
import vn.ocop.rating.certificate.CertificateRef;
import vn.ocop.rating.certificate.CertificateRegister;
import vn.ocop.rating.cycle.Cycle;
import vn.ocop.rating.cycle.CycleService;
import vn.ocop.rating.evidence.EvidenceIndex;
import vn.ocop.rating.product.ProductCatalogue;
import vn.ocop.rating.product.ProductRef;
import vn.ocop.rating.rules.EvaluationLevel;

/**
 * A dossier's life before evaluation: a subject (or the office) opens it as a draft of one of three
 * kinds, edits it, submits it; the office returns it for revision; either withdraws it. Each move
 * is kept in the dossier's history, and a submission is announced through the outbox.
 */
@ApplicationScoped
public class DossierDrafts {
  private final DossierRepository dossiers;
  private final DossierHistoryRepository history;
  private final DossierAccess access;
  private final CycleService cycles;
  private final ProductCatalogue catalogue;
  private final CertificateRegister certificates;
  private final EvidenceIndex evidence;
  private final DossierConfig config;
  private final LocalCalendar calendar;
  private final Outbox outbox;
  private final EntityManager entityManager;

  DossierDrafts(
      DossierRepository dossiers,
      DossierHistoryRepository history,
      DossierAccess access,
      CycleService cycles,
      ProductCatalogue catalogue,
      CertificateRegister certificates,
      EvidenceIndex evidence,
      DossierConfig config,
      LocalCalendar calendar,
      Outbox outbox,
      EntityManager entityManager) {
    this.dossiers = dossiers;
    this.history = history;
    this.access = access;
    this.cycles = cycles;
    this.catalogue = catalogue;
    this.certificates = certificates;
    this.evidence = evidence;
    this.config = config;
    this.calendar = calendar;
    this.outbox = outbox;
    this.entityManager = entityManager;
  }

  /**
   * Opens a dossier in DRAFT (or submits it at once). A re-evaluation or upgrade starts as a copy
   * of the product's last dossier with its evidence; without one (a certificate from before the
   * system) it starts empty.
   */
  @Transactional
  public Dossier create(CreateDossierRequest request, Caller caller) {
    Cycle cycle = cycles.get(request.cycleId(), caller);
    cycle.requireAcceptsDossiers();
    ProductRef product = productFor(request.productId(), caller);
    if (!product.provinceCode().equals(cycle.provinceCode())) {
      caller.requireProvince(product.provinceCode(), "Product", product.productId());
      throw ProblemException.unprocessable(
          "productId",
          "sameProvince",
          "Product "
              + product.productId()
              + " is of province "
              + product.provinceCode()
              + ", the cycle of province "
              + cycle.provinceCode());
    }
    Dossier.Certified certified = checkKind(request.kind(), product.productId());
    if (dossiers.exists(cycle.id(), product.productId())) {
      throw dossierExists(product.productId(), cycle.id());
    }
    Dossier previous =
        request.kind() == DossierKind.NEW
            ? null
            : dossiers.lastOf(product.productId(), EvaluationLevel.PROVINCE).orElse(null);
    Dossier dossier =
        Dossier.draft(
            cycle, product, request.kind(), certified, previous, caller.username(), calendar.now());
    dossiers.persist(dossier);
    try {
      entityManager.flush();
    } catch (ConstraintViolationException e) {
      // The same product was entered in the cycle by a concurrent request.
      throw dossierExists(product.productId(), cycle.id());
    }
    history.persist(
        DossierHistoryEntry.of(
            dossier.id(), null, DossierStatus.DRAFT, null, caller.username(), calendar.now()));
    if (previous != null) {
      evidence.copy(previous.id(), dossier.id());
    }
    if (request.submitNow()) {
      submit(dossier, caller);
    }
    return dossier;
  }

  /** Changes the cover of a DRAFT or RETURNED dossier. */
  @Transactional
  public Dossier editCover(UUID id, EditCoverRequest request, Caller caller) {
    Dossier dossier = access.forPreparer(id, caller);
    dossier.editCover(request.coverNote(), request.contactName(), request.contactPhone());
    return flushed(dossier);
  }

  /** DRAFT or RETURNED → SUBMITTED, announced as {@code DossierSubmitted}. */
  @Transactional
  public Dossier submit(UUID id, Caller caller) {
    Dossier dossier = access.forPreparer(id, caller);
    cycles.get(dossier.cycleId(), caller).requireAcceptsDossiers();
    submit(dossier, caller);
    return flushed(dossier);
  }

  /** SUBMITTED → RETURNED, for revision; officers only. */
  @Transactional
  public Dossier returnForRevision(UUID id, String reason, Caller caller) {
    Dossier dossier = access.forOfficer(id, caller);
    DossierStatus old = dossier.returnFor(reason);
    record(dossier, old, reason, caller);
    return flushed(dossier);
  }

  /** DRAFT, SUBMITTED or RETURNED → WITHDRAWN. */
  @Transactional
  public Dossier withdraw(UUID id, String reason, Caller caller) {
    Dossier dossier = access.forPreparer(id, caller);
    DossierStatus old = dossier.withdraw();
    record(dossier, old, reason, caller);
    return flushed(dossier);
  }

  public List<DossierHistoryEntry> history(UUID id, Caller caller) {
    Dossier dossier = access.visible(id, caller);
    return history.of(dossier.id());
  }

  private void submit(Dossier dossier, Caller caller) {
    DossierStatus old = dossier.submitBy(caller.username(), calendar.now());
    record(dossier, old, null, caller);
    outbox.publish(
        Topics.RATING_DOSSIER,
        dossier.id(),
        EventTypes.DOSSIER_SUBMITTED,
        new DossierSubmitted(
            dossier.id(),
            dossier.cycleId(),
            dossier.productId(),
            dossier.subjectId(),
            dossier.provinceCode(),
            dossier.kind().name(),
            dossier.evaluationLevel().name(),
            dossier.productSet() == null ? 0 : dossier.productSet(),
            calendar.dateOf(dossier.submittedAt())));
  }

  private void record(Dossier dossier, DossierStatus old, String reason, Caller caller) {
    history.persist(
        DossierHistoryEntry.of(
            dossier.id(), old, dossier.status(), reason, caller.username(), calendar.now()));
  }

  /**
   * The product named by the request: a subject member may name only its own subject's products;
   * another's answers 404 as if it did not exist.
   */
  private ProductRef productFor(UUID productId, Caller caller) {
    ProductRef product =
        catalogue
            .product(productId)
            .orElseThrow(
                () ->
                    ProblemException.unprocessable(
                        "productId",
                        "known",
                        "Product " + productId + " is not known (yet) from the registry's events"));
    if (!caller.isNational()
        && !caller.hasRole(Roles.PROVINCE_OFFICER)
        && !product.subjectId().equals(caller.subjectId())) {
      throw ProblemException.notFound("Product", productId);
    }
    return product;
  }

  /**
   * Checks the kind against the product's certificates and returns the certificate a re-evaluation
   * or upgrade concerns.
   */
  private Dossier.Certified checkKind(DossierKind kind, UUID productId) {
    CertificateRef certificate = certificates.inForce(productId).orElse(null);
    switch (kind) {
      case NEW -> {
        if (certificate != null) {
          throw ProblemException.conflict(
              "PRODUCT_ALREADY_CERTIFIED",
              "Product "
                  + productId
                  + " holds certificate "
                  + certificate.certificateId()
                  + " ("
                  + certificate.starClass()
                  + "★, "
                  + certificate.status()
                  + "); open a RE_EVALUATION or UPGRADE dossier instead");
        }
        return null;
      }
      case RE_EVALUATION -> {
        if (certificate == null
            || certificate.validTo() == null
            || calendar
                .today()
                .isBefore(certificate.validTo().minusDays(config.reEvaluationWindowDays()))) {
          throw ProblemException.conflict(
              "NOT_DUE_FOR_RE_EVALUATION",
              certificate == null
                  ? "Product " + productId + " holds no certificate in force"
                  : "Certificate "
                      + certificate.certificateId()
                      + " is valid to "
                      + certificate.validTo()
                      + "; re-evaluation opens "
                      + config.reEvaluationWindowDays()
                      + " days before");
        }
        return new Dossier.Certified(certificate.certificateId(), certificate.starClass());
      }
      case UPGRADE -> {
        if (certificate == null || certificate.starClass() >= 5) {
          throw ProblemException.conflict(
              "NOT_UPGRADABLE",
              certificate == null
                  ? "Product " + productId + " holds no certificate in force"
                  : "Certificate " + certificate.certificateId() + " is already 5★");
        }
        return new Dossier.Certified(certificate.certificateId(), certificate.starClass());
      }
      default -> throw new IllegalArgumentException(kind.name());
    }
  }

  private Dossier flushed(Dossier dossier) {
    try {
      entityManager.flush();
    } catch (OptimisticLockException e) {
      throw DossierService.concurrentUpdate(dossier.id());
    }
    return dossier;
  }

  private static ProblemException dossierExists(UUID productId, UUID cycleId) {
    return ProblemException.conflict(
        "DOSSIER_EXISTS", "Product " + productId + " already has a dossier in cycle " + cycleId);
  }
}
