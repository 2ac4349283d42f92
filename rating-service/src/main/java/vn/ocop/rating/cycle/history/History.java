package vn.ocop.rating.cycle.history;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The append-only history of the records of cycle steps. */
@ApplicationScoped
public class History implements PanacheRepositoryBase<HistoryEntry, UUID> {

  /**
   * Appends an entry to a record's history, in the caller's transaction.
   *
   * @param recordKind e.g. IDEA, BUSINESS_PLAN
   * @param action what happened, e.g. SUBMITTED, RETURNED, RESUBMITTED
   * @param status the record's status after it
   * @param changes the fields a revision changed (nulls are dropped)
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void append(
      String recordKind,
      UUID recordId,
      String action,
      String status,
      String actor,
      Instant at,
      String reason,
      List<FieldChange> changes) {
    int seq =
        (int)
                count(
                    "recordKind = :kind and recordId = :id",
                    Parameters.with("kind", recordKind).and("id", recordId))
            + 1;
    persist(
        new HistoryEntry(
            recordKind,
            recordId,
            seq,
            action,
            status,
            actor,
            at,
            reason,
            changes.stream().filter(Objects::nonNull).toList()));
  }

  /** A record's history, oldest first. */
  public List<HistoryEntry> of(String recordKind, UUID recordId) {
    return list(
        "recordKind = :kind and recordId = :id",
        Sort.ascending("seq"),
        Parameters.with("kind", recordKind).and("id", recordId));
  }
}
