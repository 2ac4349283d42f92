package vn.ocop.plan.product;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.ocop.plan.fact.FactPlace;

/**
 * A product as a fact: its subject, set and group, and place. Nominations and promotions carry only
 * a product id; their commune and group are the product's, joined when they are counted.
 */
@Entity
@Table(name = "product_fact")
public class ProductFact extends PanacheEntityBase {
  @Id
  @Column(name = "product_id")
  public UUID productId;

  @Column(name = "subject_id")
  public UUID subjectId;

  public String name;

  @Column(name = "product_set")
  public short productSet;

  @Column(name = "product_group")
  public short productGroup;

  @Column(name = "province_code")
  public String provinceCode;

  @Column(name = "reported_province_code")
  public String reportedProvinceCode;

  @Column(name = "map_version")
  public String mapVersion;

  @Column(name = "commune_code")
  public String communeCode;

  @Column(name = "reported_commune_code")
  public String reportedCommuneCode;

  /** REGISTERED or DISCONTINUED. */
  public String status;

  @Column(name = "state_at")
  public OffsetDateTime stateAt;

  @Column(name = "state_event_id")
  public String stateEventId;

  /** What a registration or an update says the product is, at one moment. */
  record State(
      UUID subjectId,
      String name,
      int productSet,
      int productGroup,
      String status,
      FactPlace place) {}

  static ProductFact of(UUID productId) {
    ProductFact fact = new ProductFact();
    fact.productId = productId;
    return fact;
  }

  /** Takes the state an event carried, unless the row holds a later one. */
  void takeState(State state, OffsetDateTime at, String eventId) {
    if (stateAt != null && at.isBefore(stateAt)) {
      return;
    }
    subjectId = state.subjectId();
    name = state.name();
    productSet = (short) state.productSet();
    productGroup = (short) state.productGroup();
    status = state.status() == null ? "REGISTERED" : state.status();
    provinceCode = state.place().provinceCode();
    reportedProvinceCode = state.place().reportedProvinceCode();
    mapVersion = state.place().mapVersion();
    communeCode = state.place().communeCode();
    reportedCommuneCode = state.place().reportedCommuneCode();
    stateAt = at;
    stateEventId = eventId;
  }
}
