package vn.ocop.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * Appends entries to {@code audit_entry} on the connection of the current transaction, so that an
 * entry exists if and only if its write was committed. Entries of chained record types are linked
 * to the service's chain under a transaction-scoped advisory lock: two transactions cannot both
 * read the same head and fork the chain. The lock is taken as late as possible (when the
 * transaction's entries are written, just before commit) and held until commit.
 */
@ApplicationScoped
public class AuditWriter {
  /** The advisory-lock key of the chain (any constant no other feature uses). */
  static final long CHAIN_LOCK = 0x0C0B_0057_0000_A0D1L;

  private static final String INSERT =
      "insert into audit_entry (id, occurred_at, service, actor, actor_roles, request_id,"
          + " operation, record_type, record_id, action, before, after, province_code,"
          + " chain_seq, prev_hash, hash)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?)";

  private final EntityManager entityManager;
  private final ObjectMapper mapper;

  AuditWriter(EntityManager entityManager, ObjectMapper mapper) {
    this.entityManager = entityManager;
    this.mapper = mapper;
  }

  /** Writes the entries in the caller's transaction; {@code chained} says which to link. */
  void write(List<AuditEntry> entries, AuditConfigView config) {
    if (entries.isEmpty()) {
      return;
    }
    entityManager.unwrap(Session.class).doWork(connection -> write(connection, entries, config));
  }

  private void write(Connection connection, List<AuditEntry> entries, AuditConfigView config)
      throws SQLException {
    List<AuditEntry> rows = new ArrayList<>(entries.size());
    long seq = 0;
    String previous = null;
    boolean locked = false;
    for (AuditEntry entry : entries) {
      if (!config.chained(entry.recordType())) {
        rows.add(entry);
        continue;
      }
      if (!locked) {
        lock(connection);
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
        locked = true;
      }
      AuditEntry linked = entry.chained(++seq, previous);
      previous = linked.hash();
      rows.add(linked);
    }
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (AuditEntry row : rows) {
        insert.setObject(1, row.id());
        insert.setObject(2, OffsetDateTime.ofInstant(row.occurredAt(), ZoneOffset.UTC));
        insert.setString(3, row.service());
        insert.setString(4, row.actor());
        insert.setArray(5, connection.createArrayOf("varchar", row.actorRoles().toArray()));
        insert.setString(6, row.requestId());
        insert.setString(7, row.operation());
        insert.setString(8, row.recordType());
        insert.setString(9, row.recordId());
        insert.setString(10, row.action().name());
        insert.setString(11, json(row.before()));
        insert.setString(12, json(row.after()));
        insert.setString(13, row.provinceCode());
        if (row.chainSeq() == null) {
          insert.setNull(14, Types.BIGINT);
        } else {
          insert.setLong(14, row.chainSeq());
        }
        insert.setString(15, row.prevHash());
        insert.setString(16, row.hash());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static void lock(Connection connection) throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
      lock.setLong(1, CHAIN_LOCK);
      lock.execute();
    }
  }

  private String json(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    try {
      return mapper.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an audit state cannot be written as JSON", e);
    }
  }
}
