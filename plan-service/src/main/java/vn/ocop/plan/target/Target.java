package vn.ocop.plan.target;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A target (mục tiêu kế hoạch) of a province for one indicator and year, such as "at least 50
 * products rated 3★+ in 2026". One per province, indicator and year.
 */
@Entity
@Table(name = "target")
public class Target extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "province_code")
  public String provinceCode;

  @Column(name = "indicator_code")
  public String indicatorCode;

  public short year;

  @Enumerated(EnumType.STRING)
  public TargetKind kind;

  public BigDecimal value;

  @Column(name = "set_by")
  public String setBy;

  @Column(name = "set_at")
  public OffsetDateTime setAt;

  @Version public long version;

  /** Percent of the target reached, one decimal; null when the target is zero. */
  public BigDecimal percentReached(BigDecimal actual) {
    if (value.signum() == 0) {
      return null;
    }
    return actual.multiply(BigDecimal.valueOf(100)).divide(value, 1, RoundingMode.HALF_UP);
  }

  /** The value without the storage scale: 50 rather than 50.00, 12.5 rather than 12.50. */
  public BigDecimal plainValue() {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  public boolean isMet(BigDecimal actual) {
    return kind.isMet(actual, value);
  }
}
