package vn.ocop.platform.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import vn.ocop.platform.worker.Daemons;

/**
 * Links the service's pending chained entries to its hash chain, in {@code seq} order, each after
 * the chain's head: {@code chain_seq} = head + 1, {@code prev_hash} = the head's hash, and the hash
 * of the entry as stored. Writers only insert pending entries, so scoring transactions of different
 * dossiers no longer queue behind one lock at their commit; sealing is one short transaction for
 * any number of entries.
 *
 * <p>It runs on its own thread, woken after each commit that wrote chained entries, and sweeps
 * every {@code ocop.audit.seal-sweep} for entries whose wake-up was lost (a crash between commit
 * and sealing, another replica's entries, a failed pass). Replicas seal one at a time (a
 * transaction-scoped advisory lock). The chain verification seals first, so it covers every entry
 * committed before it.
 */
@ApplicationScoped
public class AuditSealer {
  private static final Logger LOG = Logger.getLogger(AuditSealer.class);

  /** The advisory-lock key of the chain (any constant no other feature uses). */
  static final long CHAIN_LOCK = 0x0C0B_0057_0000_A0D1L;

  private static final int BATCH = 500;

  private final AgroalDataSource dataSource;
  private final AuditRows auditRows;
  private final AuditConfig config;
  private final Semaphore wakeUps = new Semaphore(0);
  private volatile boolean running;
  private Thread worker;

  AuditSealer(AgroalDataSource dataSource, ObjectMapper mapper, AuditConfig config) {
    this.dataSource = dataSource;
    this.auditRows = new AuditRows(mapper);
    this.config = config;
  }

  void onStart(@Observes StartupEvent event) {
    if (!config.enabled() || config.chainedRecordTypes().orElse(Set.of()).isEmpty()) {
      return;
    }
    running = true;
    worker = Daemons.start("audit-sealer", this::run);
  }

  void onStop(@Observes ShutdownEvent event) {
    running = false;
    Daemons.stop(worker);
  }

  /** Called after a transaction that wrote chained entries committed. */
  void wakeUp() {
    wakeUps.release();
  }

  private void run() {
    while (running) {
      try {
        wakeUps.tryAcquire(config.sealSweep().toMillis(), TimeUnit.MILLISECONDS);
        wakeUps.drainPermits();
        sealPending();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        // The entries stay pending and the next wake-up or sweep seals them.
        LOG.warnf("audit sealer: sealing failed (%s); retrying at the next sweep", e);
      }
    }
  }

  /**
   * Seals every entry pending now, on the caller's thread.
   *
   * @return how many entries were sealed
   */
  public int sealPending() {
    try {
      int sealed = 0;
      int batch;
      do {
        batch = sealBatch();
        sealed += batch;
      } while (batch == BATCH);
      return sealed;
    } catch (SQLException e) {
      throw new IllegalStateException("the audit chain cannot be sealed", e);
    }
  }

  private int sealBatch() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        if (!anyPending(connection)) {
          connection.commit();
          return 0;
        }
        lock(connection);
        List<AuditEntry> sealed = link(connection);
        store(connection, sealed);
        connection.commit();
        return sealed.size();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    }
  }

  private static boolean anyPending(Connection connection) throws SQLException {
    try (PreparedStatement select =
            connection.prepareStatement(
                "select exists (select 1 from audit_entry where chain_pending)");
        ResultSet result = select.executeQuery()) {
      return result.next() && result.getBoolean(1);
    }
  }

  private static void lock(Connection connection) throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
      lock.setLong(1, CHAIN_LOCK);
      lock.execute();
    }
  }

  /**
   * The pending entries (read after the lock: another sealer may just have sealed them), linked.
   */
  private List<AuditEntry> link(Connection connection) throws SQLException {
    long seq = 0;
    String previous = null;
    try (PreparedStatement head =
            connection.prepareStatement(
                "select chain_seq, hash from audit_entry where chain_seq is not null"
                    + " order by chain_seq desc limit 1");
        ResultSet result = head.executeQuery()) {
      if (result.next()) {
        seq = result.getLong(1);
        previous = result.getString(2);
      }
    }
    List<AuditEntry> linked = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "select "
                + AuditRows.COLUMNS
                + " from audit_entry where chain_pending order by seq limit ?")) {
      select.setInt(1, BATCH);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          AuditEntry entry = auditRows.entry(rows).chained(++seq, previous);
          previous = entry.hash();
          linked.add(entry);
        }
      }
    }
    return linked;
  }

  private static void store(Connection connection, List<AuditEntry> sealed) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "update audit_entry set chain_pending = false, chain_seq = ?, prev_hash = ?, hash = ?"
                + " where id = ? and chain_pending")) {
      for (AuditEntry entry : sealed) {
        update.setLong(1, entry.chainSeq());
        update.setString(2, entry.prevHash());
        update.setString(3, entry.hash());
        update.setObject(4, entry.id());
        update.addBatch();
      }
      update.executeBatch();
    }
  }
}
