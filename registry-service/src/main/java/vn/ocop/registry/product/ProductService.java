package vn.ocop.registry.product;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.contracts.registry.ProductRegistered;
import vn.ocop.contracts.registry.ProductState;
import vn.ocop.contracts.registry.ProductUpdated;
import vn.ocop.platform.outbox.Outbox;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;
import vn.ocop.registry.access.Constraints;
import vn.ocop.registry.access.Visibility;
import vn.ocop.registry.access.Writers;
import vn.ocop.registry.reference.ProductSet;
import vn.ocop.registry.reference.ReferenceData;
import vn.ocop.registry.subject.Subject;
import vn.ocop.registry.subject.SubjectService;

/** Registers products of subjects and answers for them within the caller's visibility. */
@ApplicationScoped
public class ProductService {
  static final String DUPLICATE = "PRODUCT_DUPLICATE";
  static final String VERSION_CONFLICT = "PRODUCT_VERSION_CONFLICT";
  private static final String NATURAL_KEY = "product_natural_key";

  private final ProductRepository products;
  private final SubjectService subjects;
  private final ReferenceData reference;
  private final Outbox outbox;

  ProductService(
      ProductRepository products, SubjectService subjects, ReferenceData reference, Outbox outbox) {
    this.products = products;
    this.subjects = subjects;
    this.reference = reference;
    this.outbox = outbox;
  }

  /**
   * Registers a product of a subject the caller may write for (404 otherwise) and announces it on
   * {@code ocop.registry.product.v1} in the same transaction.
   */
  @Transactional
  public Product register(RegisterProductRequest request, Visibility writable, String username) {
    ProductSet set =
        reference
            .productSet(request.productSet())
            .orElseThrow(
                () ->
                    ProblemException.invalidField(
                        "productSet",
                        "KnownProductSet",
                        "Product set "
                            + request.productSet()
                            + " does not exist; Decision 148 has sets 1 to 26"));
    Subject subject = subjects.get(request.subjectId(), writable);
    Product product =
        Product.register(subject, request.name(), set, request.description(), username);
    persistUnique(product);
    outbox.publish(
        Topics.REGISTRY_PRODUCT,
        product.id(),
        EventTypes.PRODUCT_REGISTERED,
        new ProductRegistered(
            product.id(),
            product.subjectId(),
            product.name(),
            set.number(),
            set.name(),
            set.groupNumber(),
            product.provinceCode(),
            product.communeCode(),
            product.status().name(),
            product.mapVersion(),
            product.districtCode(),
            product.currentProvinceCode(),
            product.description()));
    return product;
  }

  /**
   * Changes a product's name, description or set (officers of its province), announced with the old
   * and new state as {@code vn.ocop.product.updated.v1}.
   */
  @Transactional
  public Product update(UUID id, UpdateProductRequest request, Caller caller) {
    Product product = writable(id, request.version(), caller);
    ProductSet newSet = request.productSet() == null ? null : set(request.productSet());
    ProductState before = product.state();
    List<String> changed = product.update(request, newSet, caller.username());
    flush(product);
    announce(product, before, changed, EventTypes.PRODUCT_UPDATED);
    return product;
  }

  /** Production stopped or resumed: {@code vn.ocop.product.status-changed.v1}. */
  @Transactional
  public Product changeStatus(UUID id, ChangeProductStatusRequest request, Caller caller) {
    Product product = writable(id, request.version(), caller);
    ProductState before = product.state();
    List<String> changed =
        product.changeStatus(request.status(), request.reason(), caller.username());
    flush(product);
    announce(product, before, changed, EventTypes.PRODUCT_STATUS_CHANGED);
    return product;
  }

  private Product writable(UUID id, long version, Caller caller) {
    Product product = get(id, Visibility.of(caller));
    if (!Writers.mayWriteRecord(caller, product.currentProvinceCode())) {
      throw new ProblemException(
          403,
          "PRODUCT_OFFICER_ONLY",
          "Forbidden",
          "A product's record is changed by the OCOP office of its province");
    }
    if (version != product.version()) {
      throw versionConflict(product);
    }
    return product;
  }

  private void announce(Product product, ProductState before, List<String> changed, String type) {
    if (changed.isEmpty()) {
      return;
    }
    outbox.publish(
        Topics.REGISTRY_PRODUCT,
        product.id(),
        type,
        new ProductUpdated(product.id(), product.subjectId(), before, product.state(), changed));
  }

  private void persistUnique(Product product) {
    products.persist(product);
    flush(product);
  }

  private void flush(Product product) {
    try {
      products.flush();
    } catch (OptimisticLockException e) {
      throw versionConflict(product);
    } catch (PersistenceException e) {
      if (Constraints.violates(e, NATURAL_KEY)) {
        throw ProblemException.conflict(
            DUPLICATE,
            "Subject "
                + product.subjectId()
                + " already has a product named '"
                + product.name()
                + "' in set "
                + product.productSet().number());
      }
      throw e;
    }
  }

  private static ProblemException versionConflict(Product product) {
    return ProblemException.conflict(
        VERSION_CONFLICT, "Product " + product.id() + " changed since it was read; read it again");
  }

  private ProductSet set(int number) {
    return reference
        .productSet(number)
        .orElseThrow(
            () ->
                ProblemException.invalidField(
                    "productSet",
                    "KnownProductSet",
                    "Product set " + number + " does not exist; Decision 148 has sets 1 to 26"));
  }

  /** The product if it exists and is visible, else 404. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Product get(UUID id, Visibility visibility) {
    Product product =
        products.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Product", id));
    visibility.require(product.currentProvinceCode(), product.subjectId(), "Product", id);
    return product;
  }

  /** A product by id regardless of visibility, for event consumers. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Product> find(UUID id) {
    return products.findByIdOptional(id);
  }

  /** Visible products, newest first, optionally of one subject and/or province. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<Product> list(
      Visibility visibility, UUID subjectId, String provinceCode, PageQuery page) {
    if (visibility.none()) {
      return Page.of(List.of(), 0, page);
    }
    Map<String, Object> parameters = new HashMap<>();
    StringBuilder query =
        new StringBuilder(visibility.condition("currentProvinceCode", "subjectId"));
    visibility.bind(parameters);
    if (subjectId != null) {
      query.append(" and subjectId = :subjectId");
      parameters.put("subjectId", subjectId);
    }
    if (provinceCode != null) {
      query.append(" and currentProvinceCode = :provinceCode");
      parameters.put("provinceCode", provinceCode);
    }
    var found =
        products.find(
            query.toString(),
            Sort.descending("createdAt").and("id", Sort.Direction.Descending),
            parameters);
    List<Product> items = found.page(page.index(), page.pageSize()).list();
    return Page.of(items, found.count(), page);
  }
}
