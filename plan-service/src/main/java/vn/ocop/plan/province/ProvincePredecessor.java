package vn.ocop.plan.province;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A province of the pre-2025 map and the province it became (Resolution 202/2025/QH15). Facts
 * carrying an old code are counted in the successor.
 */
@Entity
@Table(name = "province_predecessor")
public class ProvincePredecessor extends PanacheEntityBase {
  @Id
  @Column(name = "old_code")
  public String oldCode;

  @Column(name = "old_name_vi")
  public String oldNameVi;

  @Column(name = "province_code")
  public String provinceCode;
}
