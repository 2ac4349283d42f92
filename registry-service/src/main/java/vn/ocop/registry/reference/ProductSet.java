package vn.ocop.registry.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A product set (bộ sản phẩm) of Decision 148/QĐ-TTg: one of 26, each in one of 6 product groups
 * (nhóm ngành). A product is evaluated on its set's criteria sheet. Reference data.
 */
@Entity
@Table(name = "product_set")
public class ProductSet {
  @Id private int number;

  private String name;

  @Column(name = "group_number")
  private int groupNumber;

  @Column(name = "group_name")
  private String groupName;

  @Column(name = "group_name_en")
  private String groupNameEn;

  protected ProductSet() {}

  public int number() {
    return number;
  }

  public String name() {
    return name;
  }

  public int groupNumber() {
    return groupNumber;
  }

  public String groupName() {
    return groupName;
  }

  public String groupNameEn() {
    return groupNameEn;
  }
}
