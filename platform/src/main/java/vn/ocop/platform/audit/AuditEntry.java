package vn.ocop.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One row of {@code audit_entry}: a write to one record. {@code chainSeq}, {@code prevHash} and
 * {@code hash} are set only for entries of chained record types, once the sealer has linked them.
 */
public record AuditEntry(
    UUID id,
    Instant occurredAt,
    String service,
    String actor,
    List<String> actorRoles,
    String requestId,
    String operation,
    String recordType,
    String recordId,
    AuditAction action,
    JsonNode before,
    JsonNode after,
    String provinceCode,
    Long chainSeq,
    String prevHash,
    String hash) {

  /** This entry as the link after {@code prevHash} at {@code chainSeq}, with its own hash. */
  AuditEntry chained(long seq, String previous) {
    AuditEntry linked =
        new AuditEntry(
            id,
            occurredAt,
            service,
            actor,
            actorRoles,
            requestId,
            operation,
            recordType,
            recordId,
            action,
            before,
            after,
            provinceCode,
            seq,
            previous,
            null);
    return new AuditEntry(
        id,
        occurredAt,
        service,
        actor,
        actorRoles,
        requestId,
        operation,
        recordType,
        recordId,
        action,
        before,
        after,
        provinceCode,
        seq,
        previous,
        AuditHashes.hash(linked));
  }
}
