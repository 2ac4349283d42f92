package vn.ocop.platform.audit;

import java.util.List;

/**
 * Who made a write and in what context.
 *
 * @param name the token's username, or {@code system:<consumer or job>}
 * @param roles the token's roles, sorted; empty for system actors
 * @param requestId the request id; for an event consumer the id of the event applied
 * @param operation HTTP method and operationId, or the consumer's name
 */
public record AuditActor(String name, List<String> roles, String requestId, String operation) {
  public static final String SYSTEM_PREFIX = "system:";

  public AuditActor {
    roles = roles == null ? List.of() : roles.stream().sorted().toList();
  }
}
