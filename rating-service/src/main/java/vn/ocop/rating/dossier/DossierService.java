package vn.ocop.rating.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;
import vn.ocop.rating.LocalCalendar;
import vn.ocop.rating.cycle.Cycle;
import vn.ocop.rating.cycle.CycleService;
import vn.ocop.rating.product.ProductCatalogue;
import vn.ocop.rating.product.ProductRef;

/** Submits dossiers to cycles; sessions put them before councils. */
@ApplicationScoped
public class DossierService {
  private final DossierRepository dossiers;
  private final DossierAccess access;
  private final CycleService cycles;
  private final ProductCatalogue catalogue;
  private final LocalCalendar calendar;
  private final EntityManager entityManager;

  DossierService(
      DossierRepository dossiers,
      DossierAccess access,
      CycleService cycles,
      ProductCatalogue catalogue,
      LocalCalendar calendar,
      EntityManager entityManager) {
    this.dossiers = dossiers;
    this.access = access;
    this.cycles = cycles;
    this.catalogue = catalogue;
    this.calendar = calendar;
    this.entityManager = entityManager;
  }

  /**
   * Submits a product's dossier to a cycle round of the caller's province. The product must be
   * known from the registry's events: right after its registration the event may not have arrived
   * yet, which is a 422 the client can retry.
   */
  @Transactional
  public Dossier submit(SubmitDossierRequest request, Caller caller) {
    Cycle cycle = cycles.get(request.cycleId(), caller);
    cycle.requireAcceptsDossiers();
    if (request.kind() != DossierKind.NEW) {
      throw ProblemException.unprocessable(
          "kind",
          "supported",
          "Only NEW dossiers are taken yet; "
              + request.kind()
              + " needs the product's certificate history");
    }
    ProductRef product =
        catalogue
            .product(request.productId())
            .orElseThrow(
                () ->
                    ProblemException.unprocessable(
                        "productId",
                        "known",
                        "Product "
                            + request.productId()
                            + " is not known (yet) from the registry's events"));
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
    if (dossiers.exists(cycle.id(), product.productId())) {
      throw dossierExists(product.productId(), cycle.id());
    }
    Dossier dossier =
        Dossier.submit(cycle, product, request.kind(), caller.username(), calendar.now());
    dossiers.persist(dossier);
    try {
      entityManager.flush();
    } catch (ConstraintViolationException e) {
      // The same product was submitted to the cycle by a concurrent request.
      throw dossierExists(product.productId(), cycle.id());
    }
    return dossier;
  }

  public Dossier get(UUID id, Caller caller) {
    return access.visible(id, caller);
  }

  /** The dossiers the caller may see, filtered by cycle and status. */
  public Page<Dossier> list(Caller caller, UUID cycleId, DossierStatus status, PageQuery page) {
    String province = null;
    String member = null;
    if (!caller.isNational()) {
      if (caller.hasRole(Roles.PROVINCE_OFFICER) && caller.provinceCode() != null) {
        province = caller.provinceCode();
      } else if (caller.hasRole(Roles.COUNCIL_MEMBER)) {
        member = caller.username();
      } else {
        return Page.of(List.of(), 0, page);
      }
    }
    var query = dossiers.search(province, member, cycleId, status);
    long total = query.count();
    return Page.of(query.page(page.index(), page.pageSize()).list(), total, page);
  }

  static ProblemException concurrentUpdate(UUID id) {
    return ProblemException.conflict(
        "CONCURRENT_UPDATE", "Dossier " + id + " was changed by another request; reload it");
  }

  private static ProblemException dossierExists(UUID productId, UUID cycleId) {
    return ProblemException.conflict(
        "DOSSIER_EXISTS", "Product " + productId + " already has a dossier in cycle " + cycleId);
  }
}
