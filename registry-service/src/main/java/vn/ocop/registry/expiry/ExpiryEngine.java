package vn.ocop.registry.expiry;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.contracts.registry.CertificateExpiryReminder;
import vn.ocop.contracts.registry.CertificateStatusChanged;
import vn.ocop.platform.audit.Audit;
import vn.ocop.platform.audit.AuditAction;
import vn.ocop.platform.outbox.Outbox;
import vn.ocop.registry.certificate.CertificateStatus;

/**
 * Moves certificates along their dates and records the reminders owed before expiry, for one day
 * ({@code asOf}): ISSUED → EXPIRING from 180 days before valid_to; ISSUED, EXPIRING and SUSPENDED →
 * EXPIRED after valid_to (its last day in force). Each change has its history row and its event,
 * written with it.
 *
 * <p>Built for the national scale (about 18,000 certificates, thousands expiring on one day): the
 * work is done by set-based statements in chunks of {@code ocop.registry.expiry.chunk-size}, each
 * in its own transaction, so nothing is loaded whole and no transaction grows with the run. A run
 * is idempotent (a certificate already moved no longer matches, a reminder is unique per
 * certificate and threshold), so running a day twice, or resuming after a crash, changes nothing
 * more. Two replicas do not run at once: a run holds a PostgreSQL advisory lock, and each chunk
 * also takes its rows {@code for update skip locked}, so an officer's decision in flight is never
 * waited on nor overwritten.
 */
@ApplicationScoped
public class ExpiryEngine {
  private static final Logger LOG = Logger.getLogger(ExpiryEngine.class);

  /** The advisory-lock key of the run (any constant no other feature uses). */
  static final long LOCK_KEY = 7_020_250_701L;

  /**
   * The date-driven moves, in the order a run applies them: a long-overdue ISSUED goes straight to
   * EXPIRED.
   */
  static final List<Move> MOVES =
      List.of(
          // A certificate whose re-evaluation failed is revoked at its end, not merely expired.
          new Move(CertificateStatus.ISSUED, CertificateStatus.REVOKED, true),
          new Move(CertificateStatus.EXPIRING, CertificateStatus.REVOKED, true),
          new Move(CertificateStatus.SUSPENDED, CertificateStatus.REVOKED, true),
          new Move(CertificateStatus.ISSUED, CertificateStatus.EXPIRED, false),
          new Move(CertificateStatus.EXPIRING, CertificateStatus.EXPIRED, false),
          new Move(CertificateStatus.SUSPENDED, CertificateStatus.EXPIRED, false),
          new Move(CertificateStatus.ISSUED, CertificateStatus.EXPIRING, null));

  private static final LocalDate LONG_AGO = LocalDate.of(1900, 1, 1);

  private static final String MOVE_SQL =
      """
      with picked as (
          select id from certificate
          where status = :from and valid_to between cast(:earliest as date) and cast(:latest as date)
            and (:revoke = 'ANY'
                 or (revoke_on_expiry_decision_id is not null) = (:revoke = 'MARKED'))
          order by valid_to, id
          limit :chunk
          for update skip locked
      ), moved as (
          update certificate c
             set status = :to,
                 status_changed_at = cast(:at as timestamptz),
                 status_reason = cast(:reason as varchar) || to_char(c.valid_to, 'YYYY-MM-DD')
                     || case when :to = 'REVOKED'
                             then ': ' || coalesce(c.revoke_on_expiry_reason, '') else '' end,
                 status_decision_number = case when :to = 'REVOKED'
                     then c.revoke_on_expiry_decision_number end,
                 status_decision_date = case when :to = 'REVOKED'
                     then c.revoke_on_expiry_decision_date end,
                 version = c.version + 1
            from picked
           where c.id = picked.id
          returning c.id, c.product_id, c.subject_id, c.province_code, c.current_province_code,
                    c.star_class, c.valid_from, c.valid_to, c.status_reason,
                    c.status_decision_number, c.status_decision_date
      ), logged as (
          insert into certificate_status_history
              (certificate_id, old_status, new_status, reason, decision_number, decision_date,
               changed_at, changed_by)
          select id, :from, :to, status_reason, status_decision_number, status_decision_date,
                 cast(:at as timestamptz), :changedBy
          from moved
      )
      select id, product_id, subject_id, province_code, current_province_code, star_class,
             valid_from, valid_to, status_reason, status_decision_number, status_decision_date
      from moved
      """;

  private static final String IN_FORCE =
      Arrays.stream(CertificateStatus.values())
          .filter(CertificateStatus::inForce)
          .map(status -> "'" + status.name() + "'")
          .collect(Collectors.joining(", "));

  private static final String REMIND_SQL =
      """
      with fresh as (
          select c.id, c.product_id, c.subject_id, c.current_province_code, c.star_class,
                 c.valid_to, %1$s as days_before
          from certificate c
          where c.status in (%2$s)
            and c.valid_to between cast(:asOf as date) and cast(:horizon as date)
            and not exists (
                select 1 from certificate_reminder r
                where r.certificate_id = c.id and r.days_before <= %1$s)
          order by c.valid_to, c.id
          limit :chunk
          for update of c skip locked
      ), recorded as (
          insert into certificate_reminder
              (certificate_id, days_before, due_date, late, as_of, recorded_at)
          select id, days_before, valid_to - days_before, valid_to - days_before < cast(:asOf as date),
                 cast(:asOf as date), cast(:at as timestamptz)
          from fresh
          on conflict (certificate_id, days_before) do nothing
          returning certificate_id, days_before, due_date, late
      )
      select f.id, f.product_id, f.subject_id, f.current_province_code, f.star_class, f.valid_to,
             r.days_before, r.due_date, r.late
      from recorded r join fresh f on f.id = r.certificate_id
      """
          .formatted(Reminders.dueSql("c.valid_to"), IN_FORCE);

  private final AgroalDataSource dataSource;
  private final EntityManager entityManager;
  private final Outbox outbox;
  private final Audit audit;
  private final ExpiryConfig config;

  ExpiryEngine(
      AgroalDataSource dataSource,
      EntityManager entityManager,
      Outbox outbox,
      Audit audit,
      ExpiryConfig config) {
    this.dataSource = dataSource;
    this.entityManager = entityManager;
    this.outbox = outbox;
    this.audit = audit;
    this.config = config;
  }

  /**
   * A date-driven transition; the state machine must allow it.
   *
   * @param revokeOnExpiry only certificates marked to be revoked at their end (true), only those
   *     not marked (false), or any (null)
   */
  public record Move(CertificateStatus from, CertificateStatus to, Boolean revokeOnExpiry) {
    public Move {
      from.transitionTo(to);
    }

    /** The status the dates alone give; a revocation at the end happens when it would expire. */
    CertificateStatus byDate() {
      return to == CertificateStatus.REVOKED ? CertificateStatus.EXPIRED : to;
    }
  }

  /**
   * Runs the engine for one day.
   *
   * @param changedBy recorded in the history rows
   * @return what the run did; empty if another run (another replica) holds the lock
   */
  public Optional<ExpiryRun> run(LocalDate asOf, String changedBy) {
    // The lock lives on its own connection for the whole run; the chunks commit on others.
    try (Connection lock = dataSource.getConnection()) {
      if (!advisoryLock(lock, "pg_try_advisory_lock")) {
        LOG.infof("expiry run as of %s skipped: another run holds the lock", asOf);
        return Optional.empty();
      }
      try {
        return Optional.of(runLocked(asOf, changedBy));
      } finally {
        advisoryLock(lock, "pg_advisory_unlock");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("expiry run as of " + asOf + " failed", e);
    }
  }

  private ExpiryRun runLocked(LocalDate asOf, String changedBy) {
    Instant started = Instant.now();
    Map<Move, Integer> moved = new LinkedHashMap<>();
    for (Move move : MOVES) {
      int total = 0;
      int chunk;
      do {
        chunk = QuarkusTransaction.requiringNew().call(() -> moveChunk(move, asOf, changedBy));
        total += chunk;
      } while (chunk > 0);
      moved.put(move, total);
    }
    Map<Integer, Integer> reminders = new LinkedHashMap<>();
    Map<Integer, Integer> late = new LinkedHashMap<>();
    for (int days : Reminders.DAYS_BEFORE) {
      reminders.put(days, 0);
      late.put(days, 0);
    }
    List<RecordedReminder> chunk;
    do {
      chunk = QuarkusTransaction.requiringNew().call(() -> remindChunk(asOf));
      for (RecordedReminder reminder : chunk) {
        reminders.merge(reminder.daysBefore(), 1, Integer::sum);
        late.merge(reminder.daysBefore(), reminder.late() ? 1 : 0, Integer::sum);
      }
    } while (!chunk.isEmpty());
    ExpiryRun run = new ExpiryRun(asOf, started, Instant.now(), moved, reminders, late);
    LOG.infof("expiry run as of %s by %s: %s", asOf, changedBy, run);
    return run;
  }

  /** Moves one chunk of certificates; returns how many moved. */
  private int moveChunk(Move move, LocalDate asOf, String changedBy) {
    boolean expiring = move.to() == CertificateStatus.EXPIRING;
    LocalDate lower = expiring ? asOf : LONG_AGO;
    LocalDate upper = expiring ? asOf.plusDays(CertificateStatus.EXPIRING_DAYS) : asOf.minusDays(1);
    String reason =
        expiring
            ? "Within " + CertificateStatus.EXPIRING_DAYS + " days of the end of validity on "
            : move.to() == CertificateStatus.REVOKED
                ? "Re-evaluation failed; revoked at the end of validity on "
                : "Validity ended on ";
    OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(MOVE_SQL)
            .setParameter("from", move.from().name())
            .setParameter("to", move.to().name())
            .setParameter(
                "revoke",
                move.revokeOnExpiry() == null
                    ? "ANY"
                    : move.revokeOnExpiry() ? "MARKED" : "UNMARKED")
            .setParameter("earliest", lower)
            .setParameter("latest", upper)
            .setParameter("chunk", config.chunkSize())
            .setParameter("at", at)
            .setParameter("reason", reason)
            .setParameter("changedBy", changedBy)
            .getResultList();
    List<Audit.Change> changes = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      UUID id = (UUID) row[0];
      LocalDate validTo = Rows.date(row[7]);
      // The move is set-based SQL, unseen by the ORM: each certificate's entry is explicit.
      Map<String, Object> after = new LinkedHashMap<>();
      after.put("status", move.to().name());
      after.put("statusReason", row[8]);
      after.put("statusDecisionNumber", row[9]);
      after.put("statusDecisionDate", Rows.date(row[10]));
      changes.add(
          new Audit.Change(
              "Certificate",
              id,
              AuditAction.UPDATE,
              Map.of("status", move.from().name()),
              after,
              (String) row[4]));
      // The SQL bounds restate CertificateStatus.byDate; a disagreement is a defect, not data.
      if (CertificateStatus.byDate(validTo, asOf) != move.byDate()) {
        throw new IllegalStateException(
            "certificate " + id + " valid to " + validTo + " is not " + move.to() + " on " + asOf);
      }
      outbox.publish(
          Topics.REGISTRY_CERTIFICATE,
          id,
          EventTypes.CERTIFICATE_STATUS_CHANGED,
          new CertificateStatusChanged(
              id,
              (UUID) row[1],
              (UUID) row[2],
              (String) row[3],
              (String) row[4],
              ((Number) row[5]).intValue(),
              Rows.date(row[6]),
              validTo,
              move.from().name(),
              move.to().name(),
              (String) row[8],
              (String) row[9],
              Rows.date(row[10]),
              null,
              at.toInstant(),
              changedBy));
    }
    audit.recordAll(changes);
    return rows.size();
  }

  /** Records one chunk of due reminders; returns those recorded. */
  private List<RecordedReminder> remindChunk(LocalDate asOf) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(REMIND_SQL)
            .setParameter("asOf", asOf)
            .setParameter("horizon", asOf.plusDays(Reminders.HORIZON))
            .setParameter("chunk", config.chunkSize())
            .setParameter("at", OffsetDateTime.now(ZoneOffset.UTC))
            .getResultList();
    List<RecordedReminder> recorded = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      UUID id = (UUID) row[0];
      LocalDate validTo = Rows.date(row[5]);
      int daysBefore = ((Number) row[6]).intValue();
      boolean late = (Boolean) row[8];
      if (Reminders.due(validTo, asOf).orElse(-1) != daysBefore
          || Reminders.late(validTo, daysBefore, asOf) != late) {
        throw new IllegalStateException(
            "reminder of certificate " + id + " disagrees with Reminders on " + asOf);
      }
      outbox.publish(
          Topics.REGISTRY_CERTIFICATE,
          id,
          EventTypes.CERTIFICATE_EXPIRY_REMINDER,
          new CertificateExpiryReminder(
              id,
              (UUID) row[1],
              (UUID) row[2],
              (String) row[3],
              ((Number) row[4]).intValue(),
              validTo,
              daysBefore,
              Rows.date(row[7]),
              late));
      recorded.add(new RecordedReminder(daysBefore, late));
    }
    return recorded;
  }

  private static boolean advisoryLock(Connection connection, String function) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("select " + function + "(?)")) {
      statement.setLong(1, LOCK_KEY);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getBoolean(1);
      }
    }
  }

  private record RecordedReminder(int daysBefore, boolean late) {}
}
