package vn.ocop.platform.db;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells an outage of the database (PostgreSQL restarting, unreachable, or refusing new connections)
 * from a defect, by the SQLSTATE classes PostgreSQL and its driver use for it. Work that fails this
 * way wrote nothing (its transaction never committed) and will succeed once the database is back: a
 * request is answered 503 with Retry-After, an event is retried until then (never dead-lettered).
 */
public final class DatabaseOutage {
  /** What a client is told to wait before it retries. */
  public static final int RETRY_AFTER_SECONDS = 5;

  private DatabaseOutage() {}

  public static boolean isCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ConnectException || t instanceof SQLTransientConnectionException) {
        return true;
      }
      if (t instanceof SQLException sql && unavailable(sql)) {
        return true;
      }
    }
    return false;
  }

  /** The first message of the chain that says why, for the log (the answer does not say it). */
  public static String describe(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql) {
        return "SQLSTATE " + sql.getSQLState() + ": " + sql.getMessage();
      }
    }
    return String.valueOf(e);
  }

  private static boolean unavailable(SQLException e) {
    String state = e.getSQLState();
    if (state == null) {
      // Agroal's pool gives up waiting for a connection with a plain SQLException: while the
      // database restarts, every request of the pool ends here.
      return e.getMessage() != null && e.getMessage().contains("acquisition timeout");
    }
    // 08: connection exception; 53: insufficient resources (e.g. too many connections);
    // 57P01-57P03: the server is shutting down, crashed, or not yet accepting connections.
    return state.startsWith("08")
        || state.startsWith("53")
        || state.equals("57P01")
        || state.equals("57P02")
        || state.equals("57P03");
  }
}
