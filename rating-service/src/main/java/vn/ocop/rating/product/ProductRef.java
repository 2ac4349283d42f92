package vn.ocop.rating.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * What the rating service knows of a registry product (sản phẩm), from the registry's events. A
 * dossier may only be opened for a product known here.
 */
@Entity
@Table(name = "product_ref")
public class ProductRef {
  @Id
  @Column(name = "product_id")
  private UUID productId;

  @Column(name = "subject_id")
  private UUID subjectId;

  private String name;

  @Column(name = "product_set")
  private Integer productSet;

  @Column(name = "product_set_name")
  private String productSetName;

  @Column(name = "product_group")
  private Integer productGroup;

  @Column(name = "province_code")
  private String provinceCode;

  @Column(name = "commune_code")
  private String communeCode;

  private String status;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected ProductRef() {}

  public UUID productId() {
    return productId;
  }

  public UUID subjectId() {
    return subjectId;
  }

  public String name() {
    return name;
  }

  public Integer productSet() {
    return productSet;
  }

  public String productSetName() {
    return productSetName;
  }

  public Integer productGroup() {
    return productGroup;
  }

  public String provinceCode() {
    return provinceCode;
  }

  public String communeCode() {
    return communeCode;
  }

  public String status() {
    return status;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
