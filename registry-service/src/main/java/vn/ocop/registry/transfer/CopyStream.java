package vn.ocop.registry.transfer;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Rows streamed into one table with PostgreSQL's {@code COPY ... FROM STDIN} (CSV format), in
 * chunks of about 1 MB: the way to write tens of thousands of rows in a few seconds. A null is an
 * unquoted empty field; every other value is quoted, so an empty string stays an empty string.
 */
final class CopyStream implements AutoCloseable {
  private static final int CHUNK = 1 << 20;

  private final CopyIn copy;
  private final StringBuilder buffer = new StringBuilder(CHUNK + 4096);
  private final int columns;
  private long rows;

  CopyStream(CopyManager manager, String table, List<String> columns) throws SQLException {
    this.copy =
        manager.copyIn(
            "copy " + table + " (" + String.join(", ", columns) + ") from stdin with (format csv)");
    this.columns = columns.size();
  }

  /** One row, its values in the order of the columns. */
  void row(Object... values) throws SQLException {
    if (values.length != columns) {
      throw new IllegalArgumentException("expected " + columns + " values, got " + values.length);
    }
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        buffer.append(',');
      }
      append(values[i]);
    }
    buffer.append('\n');
    rows++;
    if (buffer.length() >= CHUNK) {
      flush();
    }
  }

  private void append(Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof Boolean b) {
      buffer.append(b ? 't' : 'f');
      return;
    }
    if (value instanceof BigDecimal decimal) {
      buffer.append(decimal.toPlainString());
      return;
    }
    if (value instanceof Number || value instanceof LocalDate || value instanceof Instant) {
      buffer.append(value);
      return;
    }
    String text = value.toString();
    buffer.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        buffer.append('"');
      }
      buffer.append(c);
    }
    buffer.append('"');
  }

  private void flush() throws SQLException {
    if (!buffer.isEmpty()) {
      byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
      copy.writeToCopy(bytes, 0, bytes.length);
      buffer.setLength(0);
    }
  }

  /** Ends the COPY; returns the rows written. */
  long finish() throws SQLException {
    flush();
    long written = copy.endCopy();
    if (written != rows) {
      throw new IllegalStateException("COPY wrote " + written + " rows of " + rows);
    }
    return written;
  }

  @Override
  public void close() throws SQLException {
    if (copy.isActive()) {
      copy.cancelCopy();
    }
  }
}
