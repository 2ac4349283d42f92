package vn.ocop.plan.provinceplan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One version of a province's OCOP plan (kế hoạch). Versions of the same plan share a lineage id;
 * see V7__plans.sql for the rules the database holds.
 */
@Entity
@Table(name = "plan")
public class Plan extends PanacheEntityBase {
  /** Map of 1 July 2025 (34 provinces, two tiers). */
  public static final String CURRENT_MAP = "2025-07";

  /** The pre-merger map (63 provinces); plans made on it roll up into the successor province. */
  public static final String PRE_MERGER_MAP = "2025-03";

  @Id public UUID id;

  @Column(name = "lineage_id")
  public UUID lineageId;

  public int version;

  @Column(name = "supersedes_plan_id")
  public UUID supersedesPlanId;

  public String title;

  @Column(name = "map_version")
  public String mapVersion;

  @Column(name = "province_code")
  public String provinceCode;

  @Column(name = "current_province_code")
  public String currentProvinceCode;

  @Column(name = "period_start")
  public short periodStart;

  @Column(name = "period_end")
  public short periodEnd;

  @Enumerated(EnumType.STRING)
  public PlanStatus status;

  @Column(name = "decision_number")
  public String decisionNumber;

  @Column(name = "decision_date")
  public LocalDate decisionDate;

  @Column(name = "approved_by")
  public String approvedBy;

  @Column(name = "approved_at")
  public OffsetDateTime approvedAt;

  @Column(name = "created_by")
  public String createdBy;

  @Column(name = "created_at")
  public OffsetDateTime createdAt;

  @Column(name = "updated_at")
  public OffsetDateTime updatedAt;

  @Version
  @Column(name = "row_version")
  public long rowVersion;

  public boolean covers(int year) {
    return periodStart <= year && year <= periodEnd;
  }
}
