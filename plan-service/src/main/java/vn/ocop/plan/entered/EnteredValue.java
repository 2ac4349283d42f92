package vn.ocop.plan.entered;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A value a province typed in for an ENTERED indicator (số liệu nhập tay), for a year and either
 * the whole province or one commune. One per cell; a new entry replaces the value and is kept in
 * {@link EnteredValueChange}.
 */
@Entity
@Table(name = "entered_value")
public class EnteredValue extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "province_code")
  public String provinceCode;

  @Column(name = "indicator_code")
  public String indicatorCode;

  public short year;

  /** Null for the province-wide value. */
  @Column(name = "commune_code")
  public String communeCode;

  public BigDecimal value;

  public String note;

  @Column(name = "entered_by")
  public String enteredBy;

  @Column(name = "entered_at")
  public OffsetDateTime enteredAt;

  @Version public long version;
}
