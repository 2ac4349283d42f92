package vn.ocop.plan.certificate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A status a certificate moved to, and when: "certificates that expired in 2027" are counted from
 * these rows, whatever became of the certificates afterwards.
 */
@Entity
@Table(name = "certificate_status_fact")
@IdClass(CertificateStatusFact.Key.class)
public class CertificateStatusFact extends PanacheEntityBase {
  @Id
  @Column(name = "certificate_id")
  public UUID certificateId;

  @Id public String status;

  @Id
  @Column(name = "changed_at")
  public Instant changedAt;

  /** The local date of the change (Asia/Ho_Chi_Minh): the year it counts in. */
  @Column(name = "changed_on")
  public LocalDate changedOn;

  public short year;

  @Column(name = "event_id")
  public String eventId;

  /** The composite key: a re-published change is the same row. */
  public record Key(UUID certificateId, String status, Instant changedAt) implements Serializable {
    public Key() {
      this(null, null, null);
    }
  }
}
