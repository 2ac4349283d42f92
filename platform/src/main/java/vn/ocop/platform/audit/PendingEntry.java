package vn.ocop.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.type.Type;

/**
 * A captured write waiting for the end of its transaction. A created record's state is read at the
 * flush that inserts it (its collections are filled by then) and its id at the latest when the row
 * is written (identity columns).
 */
final class PendingEntry {
  final Object entity;
  final String recordType;
  final AuditAction action;
  final AuditActor actor;
  final Instant occurredAt;
  Object id;
  JsonNode before;
  JsonNode after;
  String provinceCode;

  /** Set while this entry collects a change of that collection of the owner, within a flush. */
  String collectionProperty;

  private String[] names;
  private Object[] state;
  private Type[] types;

  PendingEntry(
      Object entity,
      Object id,
      String recordType,
      AuditAction action,
      AuditActor actor,
      Instant occurredAt) {
    this.entity = entity;
    this.id = id;
    this.recordType = recordType;
    this.action = action;
    this.actor = actor;
    this.occurredAt = occurredAt;
  }

  /** Keeps a created record's state to be read at its flush. */
  void stateAtFlush(String[] names, Object[] state, Type[] types) {
    this.names = names;
    this.state = state.clone();
    this.types = types;
  }

  boolean unresolved() {
    return names != null;
  }

  /** Reads the kept state (idempotent). */
  void resolve(EntityStates states, AuditConfigView config) {
    if (names != null) {
      ObjectNode full = states.full(names, state, types);
      after = full;
      provinceCode = config.province(full);
      names = null;
      state = null;
      types = null;
    }
    if (id == null) {
      id = states.identifier(entity);
    }
  }

  AuditEntry toEntry(EntityStates states, String service) {
    return new AuditEntry(
        UUID.randomUUID(),
        occurredAt,
        service,
        actor.name(),
        actor.roles(),
        actor.requestId(),
        actor.operation(),
        recordType,
        states.recordId(id),
        action,
        before,
        after,
        provinceCode,
        null,
        null,
        null);
  }
}
