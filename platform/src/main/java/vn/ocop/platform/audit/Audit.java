package vn.ocop.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Explicit entries for writes Hibernate does not see (native SQL, COPY) that are user actions or
 * matter to a record's history: written at once, in the caller's transaction, with the same actor,
 * redaction and chaining as the captured ones.
 */
@ApplicationScoped
public class Audit {
  private final AuditWriter writer;
  private final AuditActors actors;
  private final AuditConfigView config;
  private final ObjectMapper mapper;
  private final EntityStates states;

  Audit(AuditWriter writer, AuditActors actors, AuditConfig config, ObjectMapper mapper) {
    this.writer = writer;
    this.actors = actors;
    this.config = AuditConfigView.of(config);
    this.mapper = mapper;
    this.states =
        new EntityStates(
            mapper,
            config.redactedProperties(),
            () -> {
              throw new IllegalStateException("explicit entries carry no entity states");
            });
  }

  /**
   * A write to one record.
   *
   * @param before the changed properties before (null for a creation), as a map or record
   * @param after the properties after (null for a deletion)
   */
  public record Change(
      String recordType,
      Object recordId,
      AuditAction action,
      Object before,
      Object after,
      String provinceCode) {}

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(Change change) {
    recordAll(List.of(change));
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void recordAll(List<Change> changes) {
    if (!config.enabled() || changes.isEmpty()) {
      return;
    }
    AuditActor actor = actors.current();
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    List<AuditEntry> entries = new ArrayList<>(changes.size());
    for (Change change : changes) {
      if (!config.audited(change.recordType())) {
        continue;
      }
      entries.add(
          new AuditEntry(
              UUID.randomUUID(),
              now,
              config.service(),
              actor.name(),
              actor.roles(),
              actor.requestId(),
              actor.operation(),
              change.recordType(),
              states.recordId(change.recordId()),
              change.action(),
              redact(change.before()),
              redact(change.after()),
              change.provinceCode(),
              null,
              null,
              null));
    }
    writer.write(entries, config);
  }

  private JsonNode redact(Object state) {
    if (state == null) {
      return null;
    }
    JsonNode node = mapper.valueToTree(state);
    redact(node);
    return node;
  }

  private void redact(JsonNode node) {
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        if (states.redacted(field.getKey())) {
          field.setValue(EntityStates.REDACTED);
        } else {
          redact(field.getValue());
        }
      }
    } else if (node != null && node.isArray()) {
      node.forEach(this::redact);
    }
  }
}
