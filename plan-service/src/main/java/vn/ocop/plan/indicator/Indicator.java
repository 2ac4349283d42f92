package vn.ocop.plan.indicator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.ocop.contracts.EventTypes;

/**
 * An indicator of the catalogue (chỉ tiêu): something provinces set targets for and report on, such
 * as the number of products rated 3 stars or more. The catalogue is data, seeded by migration; how
 * an event-computed indicator counts is in its columns, not in code per indicator.
 */
@Entity
@Table(name = "indicator")
public class Indicator extends PanacheEntityBase {
  @Id public String code;

  @Column(name = "name_vi")
  public String nameVi;

  @Column(name = "name_en")
  public String nameEn;

  @Enumerated(EnumType.STRING)
  public IndicatorUnit unit;

  @Enumerated(EnumType.STRING)
  public Computation computation;

  /** The CloudEvents type the facts of this indicator come from; null for manual indicators. */
  @Column(name = "source_event_type")
  public String sourceEventType;

  /** Lowest star class of the certificates counted, for certificate indicators. */
  @Column(name = "min_star_class")
  public Short minStarClass;

  @Column(name = "max_star_class")
  public Short maxStarClass;

  /** The counting rule, in words; shown to users next to the number. */
  public String description;

  @Column(name = "display_order")
  public int displayOrder;

  /** Computed by counting certificate facts (issued certificates of a star range). */
  public boolean countsCertificates() {
    return computation == Computation.EVENT
        && EventTypes.CERTIFICATE_ISSUED.equals(sourceEventType);
  }
}
