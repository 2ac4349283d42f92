package vn.ocop.plan.period;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A province's year whose annual progress report was approved: its figures are final. */
@Entity
@Table(name = "period_lock")
@IdClass(PeriodLock.Key.class)
public class PeriodLock extends PanacheEntityBase {
  @Id
  @Column(name = "province_code")
  public String provinceCode;

  @Id public short year;

  @Column(name = "report_id")
  public UUID reportId;

  @Column(name = "locked_by")
  public String lockedBy;

  @Column(name = "locked_at")
  public OffsetDateTime lockedAt;

  /** The composite key. */
  public record Key(String provinceCode, short year) implements Serializable {
    public Key() {
      this(null, (short) 0);
    }
  }
}
