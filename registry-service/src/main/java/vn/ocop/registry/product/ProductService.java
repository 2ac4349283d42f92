package vn.ocop.registry.product;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.contracts.registry.ProductRegistered;
import vn.ocop.platform.outbox.Outbox;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.registry.access.Visibility;
import vn.ocop.registry.reference.ProductSet;
import vn.ocop.registry.reference.ReferenceData;
import vn.ocop.registry.subject.Subject;
import vn.ocop.registry.subject.SubjectService;

/** Registers products of subjects and answers for them within the caller's visibility. */
@ApplicationScoped
public class ProductService {
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
    products.persist(product);
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
