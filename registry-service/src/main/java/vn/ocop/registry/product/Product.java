package vn.ocop.registry.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.ocop.contracts.registry.ProductState;
import vn.ocop.registry.reference.ProductSet;
import vn.ocop.registry.subject.Subject;
import vn.ocop.registry.text.Changes;
import vn.ocop.registry.text.Nfc;
import vn.ocop.registry.text.SearchText;

/**
 * A product (sản phẩm OCOP) of a subject, in one product set of Decision 148. It takes its place
 * (province, commune) from its subject at registration and keeps it.
 */
@Entity
@Table(name = "product")
public class Product {
  @Id private UUID id;

  @Column(name = "subject_id")
  private UUID subjectId;

  private String name;

  private String description;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "product_set")
  private ProductSet productSet;

  @Column(name = "map_version")
  private String mapVersion;

  @Column(name = "province_code")
  private String provinceCode;

  @Column(name = "commune_code")
  private String communeCode;

  @Enumerated(EnumType.STRING)
  private ProductStatus status;

  @Column(name = "district_code")
  private String districtCode;

  @Column(name = "current_province_code")
  private String currentProvinceCode;

  @Column(name = "status_reason")
  private String statusReason;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "updated_by")
  private String updatedBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  @Version private long version;

  /** The name folded for public search (see {@link SearchText}); never read here. */
  @Column(name = "search_text")
  private String searchText;

  protected Product() {}

  /** Keeps the folded name in step with the name, whichever code path writes the row. */
  @PrePersist
  @PreUpdate
  void foldForSearch() {
    searchText = SearchText.of(name);
  }

  static Product register(
      Subject subject, String name, ProductSet productSet, String description, String createdBy) {
    Product product = new Product();
    product.id = UUID.randomUUID();
    product.subjectId = subject.id();
    product.name = Nfc.normalise(name);
    product.description = Nfc.normalise(description);
    product.productSet = productSet;
    product.mapVersion = subject.mapVersion();
    product.provinceCode = subject.provinceCode();
    product.communeCode = subject.communeCode();
    product.districtCode = subject.districtCode();
    product.currentProvinceCode = subject.currentProvinceCode();
    product.status = ProductStatus.REGISTERED;
    product.createdAt = Instant.now();
    product.createdBy = createdBy;
    return product;
  }

  /** The district on the pre-merger map, for a record created on it; else null. */
  public String districtCode() {
    return districtCode;
  }

  /** The province on the current map: decides who may see and change the record. */
  public String currentProvinceCode() {
    return currentProvinceCode;
  }

  public String mapVersion() {
    return mapVersion;
  }

  public String statusReason() {
    return statusReason;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }

  /**
   * Applies an update (null fields unchanged).
   *
   * @return the names of the {@code ProductState} fields that changed
   */
  List<String> update(UpdateProductRequest request, ProductSet newSet, String by) {
    ProductState before = state();
    if (request.name() != null) {
      name = Nfc.normalise(request.name());
    }
    if (request.description() != null) {
      description = Nfc.normalise(request.description());
    }
    if (newSet != null) {
      productSet = newSet;
    }
    return touched(before, by);
  }

  /** Moves the product to another status, if its state machine allows it. */
  List<String> changeStatus(ProductStatus next, String reason, String by) {
    ProductState before = state();
    status = status.transitionTo(next);
    statusReason = Nfc.normalise(reason);
    return touched(before, by);
  }

  private List<String> touched(ProductState before, String by) {
    ProductState after = state();
    List<String> changed =
        new Changes()
            .field("name", before.name(), after.name())
            .field("description", before.description(), after.description())
            .field("productSet", before.productSet(), after.productSet())
            .field("productGroup", before.productGroup(), after.productGroup())
            .field("status", before.status(), after.status())
            .field("statusReason", before.statusReason(), after.statusReason())
            .names();
    if (!changed.isEmpty()) {
      updatedAt = Instant.now();
      updatedBy = by;
    }
    return changed;
  }

  /** The record as events carry it. */
  public ProductState state() {
    return new ProductState(
        name,
        description,
        productSet.number(),
        productSet.name(),
        productSet.groupNumber(),
        mapVersion,
        provinceCode,
        districtCode,
        communeCode,
        currentProvinceCode,
        status.name(),
        statusReason);
  }

  public UUID id() {
    return id;
  }

  public UUID subjectId() {
    return subjectId;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public ProductSet productSet() {
    return productSet;
  }

  public String provinceCode() {
    return provinceCode;
  }

  public String communeCode() {
    return communeCode;
  }

  public ProductStatus status() {
    return status;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
