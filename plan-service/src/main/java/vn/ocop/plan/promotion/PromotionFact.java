package vn.ocop.plan.promotion;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A trade-promotion activity (xúc tiến thương mại) as a fact: a fair, a sales point or an
 * e-commerce listing, counted in the year it starts, with the products it covers (which place it in
 * communes).
 */
@Entity
@Table(name = "promotion_fact")
public class PromotionFact extends PanacheEntityBase {
  @Id
  @Column(name = "activity_id")
  public UUID activityId;

  @Column(name = "cycle_id")
  public UUID cycleId;

  @Column(name = "province_code")
  public String provinceCode;

  @Column(name = "reported_province_code")
  public String reportedProvinceCode;

  public String kind;

  public String title;

  @Column(name = "starts_on")
  public LocalDate startsOn;

  @Column(name = "ends_on")
  public LocalDate endsOn;

  public short year;

  @Column(name = "source_event_id")
  public String sourceEventId;

  @ElementCollection
  @CollectionTable(name = "promotion_product", joinColumns = @JoinColumn(name = "activity_id"))
  @Column(name = "product_id")
  public Set<UUID> productIds = new HashSet<>();
}
