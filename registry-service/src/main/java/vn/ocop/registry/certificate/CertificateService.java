package vn.ocop.registry.certificate;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.contracts.rating.RecognitionDecided;
import vn.ocop.contracts.registry.CertificateIssued;
import vn.ocop.platform.inbox.InboundEvent;
import vn.ocop.platform.inbox.PoisonEventException;
import vn.ocop.platform.outbox.Outbox;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.registry.access.Visibility;
import vn.ocop.registry.product.Product;
import vn.ocop.registry.product.ProductService;

/** Issues certificates from recognition decisions and answers for them within visibility. */
@ApplicationScoped
public class CertificateService {
  private static final Logger LOG = Logger.getLogger(CertificateService.class);

  private final CertificateRepository certificates;
  private final CertificateStatusHistory history;
  private final ProductService products;
  private final Outbox outbox;
  private final CertificateLifecycle lifecycle;

  CertificateService(
      CertificateRepository certificates,
      CertificateStatusHistory history,
      ProductService products,
      Outbox outbox,
      CertificateLifecycle lifecycle) {
    this.certificates = certificates;
    this.history = history;
    this.products = products;
    this.outbox = outbox;
    this.lifecycle = lifecycle;
  }

  /**
   * Issues the certificate of a recognition decision, records the first status transition and
   * announces it on {@code ocop.registry.certificate.v1}, all in the consumer's transaction. A
   * decision that already has its certificate (the same decision announced by another event)
   * changes nothing. The product's certificate it replaces (re-recognition, upgrade, re-evaluation)
   * becomes SUPERSEDED in the same transaction.
   *
   * @throws UnknownProductException if the product is not (yet) registered: retried, then
   *     dead-lettered
   * @return the certificate issued, or null when the decision had one already
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Certificate issue(InboundEvent<RecognitionDecided> event) {
    RecognitionDecided decision = event.data();
    if (certificates.existsForDecision(decision.decisionId())) {
      LOG.infof(
          "decision %s already has its certificate; event %s changes nothing",
          decision.decisionId(), event.id());
      return null;
    }
    Product product =
        products
            .find(decision.productId())
            .orElseThrow(
                () -> new UnknownProductException(decision.decisionId(), decision.productId()));
    if (decision.subjectId() != null && !decision.subjectId().equals(product.subjectId())) {
      throw new PoisonEventException(
          "decision "
              + decision.decisionId()
              + " names subject "
              + decision.subjectId()
              + " but product "
              + product.id()
              + " belongs to "
              + product.subjectId(),
          null);
    }
    Certificate certificate = Certificate.issue(decision, product);
    // Flushed now so that a concurrent issue for the same decision fails here, on the unique key,
    // and its retry finds this certificate.
    certificates.persistAndFlush(certificate);
    history.persist(
        CertificateStatusChange.of(
            certificate.id(),
            null,
            certificate.status(),
            "Recognition decision " + decision.decisionNumber(),
            event.id(),
            event.source()));
    outbox.publish(
        Topics.REGISTRY_CERTIFICATE,
        certificate.id(),
        EventTypes.CERTIFICATE_ISSUED,
        new CertificateIssued(
            certificate.id(),
            certificate.decisionId(),
            certificate.productId(),
            certificate.subjectId(),
            certificate.provinceCode(),
            certificate.communeCode(),
            certificate.productSet(),
            certificate.productGroup(),
            certificate.starClass(),
            certificate.score(),
            certificate.decisionNumber(),
            certificate.decisionDate(),
            certificate.issuingBody(),
            certificate.issuingLevel(),
            certificate.validFrom(),
            certificate.validTo(),
            certificate.dossierKind(),
            null,
            certificate.status().name(),
            certificate.origin().name(),
            certificate.mapVersion(),
            certificate.currentProvinceCode(),
            decision.validityMonths()));
    lifecycle.supersede(certificate, event.source());
    LOG.infof(
        "issued certificate %s (%d stars, valid to %s) for decision %s, product %s",
        certificate.id(),
        certificate.starClass(),
        certificate.validTo(),
        certificate.decisionId(),
        certificate.productId());
    return certificate;
  }

  /** The certificate if it exists and is visible, else 404. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Certificate get(UUID id, Visibility visibility) {
    Certificate certificate =
        certificates
            .findByIdOptional(id)
            .orElseThrow(() -> ProblemException.notFound("Certificate", id));
    visibility.require(
        certificate.currentProvinceCode(),
        certificate.subjectId(),
        "Certificate",
        certificate.id());
    return certificate;
  }

  /** Visible certificates, newest first, optionally of one product and/or province. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<Certificate> list(
      Visibility visibility, UUID productId, String provinceCode, PageQuery page) {
    if (visibility.none()) {
      return Page.of(List.of(), 0, page);
    }
    Map<String, Object> parameters = new HashMap<>();
    StringBuilder query =
        new StringBuilder(visibility.condition("currentProvinceCode", "subjectId"));
    visibility.bind(parameters);
    if (productId != null) {
      query.append(" and productId = :productId");
      parameters.put("productId", productId);
    }
    if (provinceCode != null) {
      query.append(" and currentProvinceCode = :provinceCode");
      parameters.put("provinceCode", provinceCode);
    }
    var found =
        certificates.find(
            query.toString(),
            Sort.descending("createdAt").and("id", Sort.Direction.Descending),
            parameters);
    List<Certificate> items = found.page(page.index(), page.pageSize()).list();
    return Page.of(items, found.count(), page);
  }
}
