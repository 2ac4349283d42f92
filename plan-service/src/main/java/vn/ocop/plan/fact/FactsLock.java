package vn.ocop.plan.fact;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import vn.ocop.platform.inbox.EventRetry;

/**
 * Keeps live consumers and a rebuild of the facts apart, with one PostgreSQL advisory lock: each
 * live event is applied under the lock in shared mode, a rebuild holds it exclusively for its whole
 * transaction. A live event waits while a rebuild runs, and a rebuild starts only once the events
 * in flight are committed.
 *
 * <p>The shared lock is session-level, on a connection of its own taken before the event's
 * transaction starts: a live event then never holds a row lock (its consumed-event row) while it
 * waits for the rebuild, which would deadlock with the rebuild writing the same row.
 */
@ApplicationScoped
public class FactsLock {
  private static final Logger LOG = Logger.getLogger(FactsLock.class);

  /** The advisory-lock key of the facts (any constant no other feature of this database uses). */
  static final long KEY = 6_006_001L;

  private final AgroalDataSource dataSource;
  private final EntityManager entityManager;

  FactsLock(AgroalDataSource dataSource, EntityManager entityManager) {
    this.dataSource = dataSource;
    this.entityManager = entityManager;
  }

  /** Runs a live event's work under the shared lock; waits while a rebuild holds it. */
  public <T> T shared(Supplier<T> work) {
    try (Connection connection = connect()) {
      call(connection, "pg_advisory_lock_shared");
      try {
        return work.get();
      } finally {
        release(connection);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the facts lock could not be taken", e);
    }
  }

  /**
   * Takes the lock exclusively until the caller's transaction ends, once the live events in flight
   * are committed.
   */
  public void exclusive() {
    entityManager
        .createNativeQuery("select pg_advisory_xact_lock(?1)")
        .setParameter(1, KEY)
        .getSingleResult();
  }

  /**
   * A connection, retried like an event's transaction: while the database is restarting or
   * unreachable, for as long as that lasts (the event must not be dead-lettered for it).
   */
  private Connection connect() {
    return EventRetry.run(
        "facts lock",
        "connection",
        () -> {
          try {
            return dataSource.getConnection();
          } catch (SQLException e) {
            throw new IllegalStateException("no connection for the facts lock", e);
          }
        },
        EventRetry::sleep);
  }

  /**
   * Releases the shared lock. The event's effect is committed by now, so a failure must not fail
   * the event: the connection is dropped instead, and its session's locks end with it (a pooled
   * connection must never go back holding one).
   */
  private static void release(Connection connection) {
    try {
      call(connection, "pg_advisory_unlock_shared");
    } catch (SQLException e) {
      LOG.warnf("facts lock: release failed, dropping the connection: %s", e);
      try {
        connection.abort(Runnable::run);
      } catch (SQLException ignored) {
        // Already gone: so is its lock.
      }
    }
  }

  private static void call(Connection connection, String function) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("select " + function + "(?)")) {
      statement.setLong(1, KEY);
      statement.execute();
    }
  }
}
