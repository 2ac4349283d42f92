package vn.ocop.plan.provinceplan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import vn.ocop.plan.target.TargetKind;

/**
 * A target of one plan version: an indicator, optionally a commune, a year of the period or the
 * whole period (year null), how it accumulates, and the value to reach.
 */
@Entity
@Table(name = "plan_target")
public class PlanTarget extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "plan_id")
  public UUID planId;

  @Column(name = "indicator_code")
  public String indicatorCode;

  @Column(name = "commune_code")
  public String communeCode;

  /** A year of the plan's period; null for a target over the whole period. */
  public Short year;

  @Enumerated(EnumType.STRING)
  public Accumulation accumulation;

  @Enumerated(EnumType.STRING)
  public TargetKind kind;

  public BigDecimal value;

  public String note;

  /** How the actual compared with a target is counted. */
  public enum Accumulation {
    /** The actual of the target's year alone. */
    PER_YEAR,
    /**
     * The actual from the start of the plan's period to the target's year (or the period's end).
     */
    CUMULATIVE
  }
}
