package vn.ocop.plan.province;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A province or centrally-run city (tỉnh, thành phố trực thuộc trung ương) of the map in force
 * since 1 July 2025: the unit that sets targets and for which actuals are computed. Reference data
 * seeded by migration.
 */
@Entity
@Table(name = "province")
public class Province extends PanacheEntityBase {
  @Id public String code;

  @Column(name = "name_vi")
  public String nameVi;

  @Column(name = "name_en")
  public String nameEn;
}
