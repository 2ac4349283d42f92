package vn.ocop.platform.audit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Reads {@code audit_entry} rows as entries, the same way for the sealer that hashes them and the
 * verification that checks the hashes: both see the content as stored (after jsonb's round trip).
 */
final class AuditRows {
  static final String COLUMNS =
      "id, occurred_at, service, actor, actor_roles, request_id, operation, record_type,"
          + " record_id, action, cast(before as text), cast(after as text), province_code,"
          + " chain_seq, prev_hash, hash";

  private final ObjectReader exact;

  AuditRows(ObjectMapper mapper) {
    // Decimals as written (80.50 stays 80.50), as the hash is computed over them.
    this.exact = mapper.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  }

  /** The entry of the current row of a query selecting {@link #COLUMNS}. */
  AuditEntry entry(ResultSet rows) throws SQLException {
    Array roles = rows.getArray(5);
    long chainSeq = rows.getLong(14);
    Long seq = rows.wasNull() ? null : chainSeq;
    return new AuditEntry(
        rows.getObject(1, UUID.class),
        rows.getObject(2, OffsetDateTime.class).toInstant(),
        rows.getString(3),
        rows.getString(4),
        roles == null ? List.of() : Arrays.asList((String[]) roles.getArray()),
        rows.getString(6),
        rows.getString(7),
        rows.getString(8),
        rows.getString(9),
        AuditAction.valueOf(rows.getString(10)),
        json(rows.getString(11)),
        json(rows.getString(12)),
        rows.getString(13),
        seq,
        rows.getString(15),
        rows.getString(16));
  }

  private JsonNode json(String text) {
    if (text == null) {
      return null;
    }
    try {
      return exact.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
