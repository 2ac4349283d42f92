package vn.ocop.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;

/**
 * Appends entries to {@code audit_entry} on the connection of the current transaction, so that an
 * entry exists if and only if its write was committed. Entries of chained record types are written
 * pending ({@code chain_pending}, no link yet): the {@link AuditSealer} links them once committed,
 * woken when the transaction completes. Linking here would need the chain's head, and so one lock
 * for the whole service held until every writing transaction commits.
 */
@ApplicationScoped
public class AuditWriter {
  private static final String INSERT =
      "insert into audit_entry (id, occurred_at, service, actor, actor_roles, request_id,"
          + " operation, record_type, record_id, action, before, after, province_code,"
          + " chain_pending)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?)";

  private final EntityManager entityManager;
  private final ObjectMapper mapper;
  private final AuditSealer sealer;

  AuditWriter(EntityManager entityManager, ObjectMapper mapper, AuditSealer sealer) {
    this.entityManager = entityManager;
    this.mapper = mapper;
    this.sealer = sealer;
  }

  /** Writes the entries in the caller's transaction, those of chained record types pending. */
  void write(List<AuditEntry> entries, AuditConfigView config) {
    if (entries.isEmpty()) {
      return;
    }
    SharedSessionContractImplementor session =
        entityManager.unwrap(SharedSessionContractImplementor.class);
    boolean chained = entries.stream().anyMatch(entry -> config.chained(entry.recordType()));
    session.doWork(connection -> write(connection, entries, config));
    if (chained) {
      // Registered while the transaction completes too (the interceptor writes at its commit):
      // Hibernate runs the callbacks registered until then after the completion.
      session
          .getTransactionCompletionCallbacks()
          .registerCallback(
              (TransactionCompletionCallbacks.AfterCompletionCallback)
                  (success, ignored) -> {
                    if (success) {
                      sealer.wakeUp();
                    }
                  });
    }
  }

  private void write(Connection connection, List<AuditEntry> entries, AuditConfigView config)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (AuditEntry row : entries) {
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
        insert.setBoolean(14, config.chained(row.recordType()));
        insert.addBatch();
      }
      insert.executeBatch();
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
