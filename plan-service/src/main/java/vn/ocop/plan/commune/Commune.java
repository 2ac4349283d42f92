package vn.ocop.plan.commune;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A commune, ward or special zone of the current map (reference data, V6__communes.sql). */
@Entity
@Table(name = "commune")
public class Commune extends PanacheEntityBase {
  @Id public String code;

  @Column(name = "province_code")
  public String provinceCode;

  @Column(name = "name_vi")
  public String nameVi;

  @Column(name = "name_en")
  public String nameEn;

  /** COMMUNE, WARD or SPECIAL_ZONE. */
  public String kind;
}
