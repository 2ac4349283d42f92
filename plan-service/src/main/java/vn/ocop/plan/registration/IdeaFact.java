package vn.ocop.plan.registration;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A product idea (phiếu đăng ký ý tưởng sản phẩm) as a fact, counted in the year it was registered.
 * Written once per idea: a re-published registration changes nothing.
 */
@Entity
@Table(name = "idea_fact")
public class IdeaFact extends PanacheEntityBase {
  @Id
  @Column(name = "idea_id")
  public UUID ideaId;

  @Column(name = "cycle_id")
  public UUID cycleId;

  @Column(name = "subject_id")
  public UUID subjectId;

  @Column(name = "subject_type")
  public String subjectType;

  @Column(name = "product_name")
  public String productName;

  @Column(name = "product_set")
  public Short productSet;

  @Column(name = "product_group")
  public Short productGroup;

  @Column(name = "province_code")
  public String provinceCode;

  @Column(name = "reported_province_code")
  public String reportedProvinceCode;

  @Column(name = "commune_code")
  public String communeCode;

  @Column(name = "registered_on")
  public LocalDate registeredOn;

  public short year;

  @Column(name = "source_event_id")
  public String sourceEventId;
}
