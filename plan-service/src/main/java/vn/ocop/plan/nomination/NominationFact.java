package vn.ocop.plan.nomination;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A product forwarded from one evaluation level to the next (e.g. province → centre, a nomination
 * for 5 stars), counted in the year of the forwarding. One row per forwarded dossier.
 */
@Entity
@Table(name = "nomination_fact")
public class NominationFact extends PanacheEntityBase {
  /** The level whose nominations are nominations for 5 stars. */
  public static final String CENTRAL = "CENTRAL";

  @Id
  @Column(name = "dossier_id")
  public UUID dossierId;

  @Column(name = "nominated_dossier_id")
  public UUID nominatedDossierId;

  @Column(name = "product_id")
  public UUID productId;

  @Column(name = "province_code")
  public String provinceCode;

  @Column(name = "reported_province_code")
  public String reportedProvinceCode;

  @Column(name = "from_level")
  public String fromLevel;

  @Column(name = "to_level")
  public String toLevel;

  @Column(name = "average_score")
  public BigDecimal averageScore;

  @Column(name = "star_class")
  public Short starClass;

  /** The local date of the nomination event: the payload carries no date of its own. */
  @Column(name = "nominated_on")
  public LocalDate nominatedOn;

  public short year;

  @Column(name = "source_event_id")
  public String sourceEventId;
}
