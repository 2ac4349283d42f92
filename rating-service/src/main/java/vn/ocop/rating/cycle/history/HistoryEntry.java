package vn.ocop.rating.cycle.history;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One event in the life of a record of a cycle step (a product idea, a business plan): who did what
 * and when, the reason of a review, the fields a revision changed. Entries are only ever added, so
 * a returned and revised record keeps the trail officials are asked for.
 */
@Entity
@Table(name = "step_record_history")
public class HistoryEntry {
  @Id private UUID id;

  @Column(name = "record_kind")
  private String recordKind;

  @Column(name = "record_id")
  private UUID recordId;

  private int seq;

  private String action;

  private String status;

  private String actor;

  private Instant at;

  private String reason;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "step_record_change", joinColumns = @JoinColumn(name = "entry_id"))
  @OrderColumn(name = "position")
  private List<FieldChange> changes = new ArrayList<>();

  protected HistoryEntry() {}

  HistoryEntry(
      String recordKind,
      UUID recordId,
      int seq,
      String action,
      String status,
      String actor,
      Instant at,
      String reason,
      List<FieldChange> changes) {
    this.id = UUID.randomUUID();
    this.recordKind = recordKind;
    this.recordId = recordId;
    this.seq = seq;
    this.action = action;
    this.status = status;
    this.actor = actor;
    this.at = at;
    this.reason = reason;
    this.changes.addAll(changes);
  }

  public int seq() {
    return seq;
  }

  public String action() {
    return action;
  }

  public String status() {
    return status;
  }

  public String actor() {
    return actor;
  }

  public Instant at() {
    return at;
  }

  public String reason() {
    return reason;
  }

  public List<FieldChange> changes() {
    return List.copyOf(changes);
  }
}
