package vn.ocop.platform.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.hibernate.Session;
import vn.ocop.platform.problem.ProblemException;

/**
 * The {@code idempotency_key} table, on the connection of the caller's transaction: a key is
 * claimed, completed with its response or released in the transaction of the creation it guards.
 */
@ApplicationScoped
class IdempotencyKeys {
  /** PostgreSQL's lock_not_available: the lock wait ran out. */
  private static final String LOCK_NOT_AVAILABLE = "55P03";

  // A row past its expiry is taken over as if it were not there; an unexpired one is left alone and
  // read back. A concurrent transaction's uncommitted row makes the insert wait until it ends.
  private static final String CLAIM =
      "insert into idempotency_key (caller, operation, idempotency_key, request_hash, expires_at)"
          + " values (?, ?, ?, ?, ?)"
          + " on conflict (caller, operation, idempotency_key) do update"
          + " set request_hash = excluded.request_hash, status = null, headers = null,"
          + " body = null, created_at = now(), expires_at = excluded.expires_at"
          + " where idempotency_key.expires_at < now()"
          + " returning request_hash";

  private final EntityManager entityManager;
  private final IdempotencyConfig config;

  IdempotencyKeys(EntityManager entityManager, IdempotencyConfig config) {
    this.entityManager = entityManager;
    this.config = config;
  }

  /** The row found for a key that was already used: its request's hash and its response. */
  record Existing(String requestHash, StoredResponse response) {}

  /**
   * Claims the key for this request; null when claimed, the earlier request's row when the key was
   * used (and committed) before.
   *
   * @throws ProblemException 409 IDEMPOTENCY_KEY_IN_PROGRESS when a concurrent request holds it
   *     longer than the lock wait
   */
  Existing claim(IdempotencyScope scope, String requestHash, ResponseCodec codec) {
    return session()
        .doReturningWork(
            connection -> {
              String previousTimeout = setting(connection, "lock_timeout");
              setLocal(connection, "lock_timeout", config.lockWait().toMillis() + "ms");
              boolean claimed;
              try {
                claimed = insert(connection, scope, requestHash);
              } catch (SQLException e) {
                if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                  throw inProgress(scope);
                }
                throw e;
              }
              setLocal(connection, "lock_timeout", previousTimeout);
              return claimed ? null : read(connection, scope, codec);
            });
  }

  /** Stores the response of the request that claimed the key. */
  void complete(IdempotencyScope scope, StoredResponse response, ResponseCodec codec) {
    session()
        .doWork(
            connection -> {
              try (PreparedStatement update =
                  connection.prepareStatement(
                      "update idempotency_key set status = ?, headers = ?, body = ?"
                          + " where caller = ? and operation = ? and idempotency_key = ?")) {
                update.setInt(1, response.status());
                update.setString(2, codec.headers(response.headers()));
                update.setString(3, response.body());
                bindScope(update, 4, scope);
                update.executeUpdate();
              }
            });
  }

  /** Gives the key up: the request answered an error, so a retry runs again. */
  void release(IdempotencyScope scope) {
    session()
        .doWork(
            connection -> {
              try (PreparedStatement delete =
                  connection.prepareStatement(
                      "delete from idempotency_key"
                          + " where caller = ? and operation = ? and idempotency_key = ?")) {
                bindScope(delete, 1, scope);
                delete.executeUpdate();
              }
            });
  }

  /** Deletes expired keys, at most {@code limit} of them; the number deleted. */
  int purge(int limit) {
    return session()
        .doReturningWork(
            connection -> {
              try (PreparedStatement delete =
                  connection.prepareStatement(
                      "delete from idempotency_key where ctid in (select ctid from"
                          + " idempotency_key where expires_at < now() limit ?)")) {
                delete.setInt(1, limit);
                return delete.executeUpdate();
              }
            });
  }

  private boolean insert(Connection connection, IdempotencyScope scope, String requestHash)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(CLAIM)) {
      bindScope(insert, 1, scope);
      insert.setString(4, requestHash);
      insert.setTimestamp(5, Timestamp.from(Instant.now().plus(config.retention())));
      try (ResultSet claimed = insert.executeQuery()) {
        return claimed.next();
      }
    }
  }

  private Existing read(Connection connection, IdempotencyScope scope, ResponseCodec codec)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "select request_hash, status, headers, body from idempotency_key"
                + " where caller = ? and operation = ? and idempotency_key = ?")) {
      bindScope(select, 1, scope);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          // Deleted (purged) between the insert and this read: rare enough to ask for a retry.
          throw inProgress(scope);
        }
        int status = row.getInt(2);
        StoredResponse response =
            row.wasNull()
                ? null
                : new StoredResponse(status, codec.headers(row.getString(3)), row.getString(4));
        return new Existing(row.getString(1), response);
      }
    }
  }

  static ProblemException inProgress(IdempotencyScope scope) {
    return IdempotencyProblems.inProgress(scope.key());
  }

  private static void bindScope(PreparedStatement statement, int first, IdempotencyScope scope)
      throws SQLException {
    statement.setString(first, scope.caller());
    statement.setString(first + 1, scope.operation());
    statement.setString(first + 2, scope.key());
  }

  private static String setting(Connection connection, String name) throws SQLException {
    try (PreparedStatement show = connection.prepareStatement("select current_setting(?)")) {
      show.setString(1, name);
      try (ResultSet value = show.executeQuery()) {
        value.next();
        return value.getString(1);
      }
    }
  }

  private static void setLocal(Connection connection, String name, String value)
      throws SQLException {
    try (PreparedStatement set = connection.prepareStatement("select set_config(?, ?, true)")) {
      set.setString(1, name);
      set.setString(2, value);
      set.execute();
    }
  }

  private Session session() {
    return entityManager.unwrap(Session.class);
  }
}
