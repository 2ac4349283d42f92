package vn.ocop.plan.entered;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One change of an entered value: who set it from what to what, and when (never edited). */
@Entity
@Table(name = "entered_value_change")
public class EnteredValueChange extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "entered_value_id")
  public UUID enteredValueId;

  @Column(name = "province_code")
  public String provinceCode;

  @Column(name = "indicator_code")
  public String indicatorCode;

  public short year;

  @Column(name = "commune_code")
  public String communeCode;

  /** Null for the first entry. */
  @Column(name = "old_value")
  public BigDecimal oldValue;

  @Column(name = "new_value")
  public BigDecimal newValue;

  public String note;

  @Column(name = "changed_by")
  public String changedBy;

  @Column(name = "changed_at")
  public OffsetDateTime changedAt;
}
