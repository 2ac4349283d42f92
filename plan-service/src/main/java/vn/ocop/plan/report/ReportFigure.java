package vn.ocop.plan.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;
import vn.ocop.plan.indicator.Decimals;
import vn.ocop.plan.provinceplan.PlanTarget.Accumulation;
import vn.ocop.plan.target.TargetKind;

/**
 * One figure of a report: an indicator's actual in the report's year, its cumulative actual since
 * the start of the plan period in force, the province-wide target in force, and the province's
 * comment. Null values mean there is nothing to show (not reported, no plan, no target).
 */
@Entity
@Table(name = "progress_report_figure")
@IdClass(ReportFigure.Key.class)
public class ReportFigure extends PanacheEntityBase {

  @Id
  @Column(name = "report_id")
  public UUID reportId;

  @Id
  @Column(name = "indicator_code")
  public String indicatorCode;

  @Enumerated(EnumType.STRING)
  public FigureSource source;

  public BigDecimal actual;

  public BigDecimal cumulative;

  @Column(name = "cumulative_from")
  public Short cumulativeFrom;

  public BigDecimal target;

  @Enumerated(EnumType.STRING)
  @Column(name = "target_kind")
  public TargetKind targetKind;

  @Enumerated(EnumType.STRING)
  @Column(name = "target_accumulation")
  public Accumulation targetAccumulation;

  @Column(name = "target_year")
  public Short targetYear;

  @Column(name = "target_period_start")
  public Short targetPeriodStart;

  @Column(name = "target_period_end")
  public Short targetPeriodEnd;

  public String comment;

  /** Where a figure's actual comes from, as the report events name it. */
  public enum FigureSource {
    /** Computed from other services' events. */
    EVENTS,
    /** Entered by the province. */
    MANUAL
  }

  /** Takes the numbers of a figure filled afresh; the comment stays. */
  void refreshFrom(ReportFigure fresh) {
    source = fresh.source;
    actual = fresh.actual;
    cumulative = fresh.cumulative;
    cumulativeFrom = fresh.cumulativeFrom;
    target = fresh.target;
    targetKind = fresh.targetKind;
    targetAccumulation = fresh.targetAccumulation;
    targetYear = fresh.targetYear;
    targetPeriodStart = fresh.targetPeriodStart;
    targetPeriodEnd = fresh.targetPeriodEnd;
  }

  /** The actual the target is measured against: the cumulative one for a cumulative target. */
  public BigDecimal comparedValue() {
    return targetAccumulation == Accumulation.CUMULATIVE ? cumulative : actual;
  }

  /** Percent of the target reached, one decimal; null without a target, a value, or for 0. */
  public BigDecimal percentOfTarget() {
    return Decimals.percentOf(comparedValue(), target);
  }

  public Boolean targetMet() {
    BigDecimal value = comparedValue();
    return target == null || value == null ? null : targetKind.isMet(value, target);
  }

  /** The composite key. */
  public record Key(UUID reportId, String indicatorCode) implements Serializable {
    public Key() {
      this(null, null);
    }
  }
}
