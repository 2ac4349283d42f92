package vn.ocop.platform.audit;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.ocop.platform.request.RequestIds;

/**
 * Resolves who is writing: the caller of the HTTP request (from the verified token), an event
 * consumer ({@code system:<consumer>}, declared by {@link #asConsumer}), or else the service itself
 * ({@code system:<service>}: scheduled jobs, start-up).
 */
@ApplicationScoped
public class AuditActors {
  /** The actor of a request without a token (public endpoints). */
  public static final String ANONYMOUS = "anonymous";

  private static final ThreadLocal<AuditActor> SYSTEM = new ThreadLocal<>();

  private final Instance<JsonWebToken> token;
  private final Instance<AuditRequest> request;
  private final AuditConfig config;

  AuditActors(Instance<JsonWebToken> token, Instance<AuditRequest> request, AuditConfig config) {
    this.token = token;
    this.request = request;
    this.config = config;
  }

  /**
   * Runs {@code work} (which commits its own transaction) as the consumer: its writes are audited
   * as {@code system:<consumer>} under the event's id.
   */
  public static <T> T asConsumer(String consumer, String eventId, Supplier<T> work) {
    return asSystem(consumer, eventId, consumer, work);
  }

  /** Runs {@code work} as the named system actor, e.g. a scheduled job. */
  public static <T> T asSystem(String name, String requestId, String operation, Supplier<T> work) {
    AuditActor previous = SYSTEM.get();
    SYSTEM.set(new AuditActor(AuditActor.SYSTEM_PREFIX + name, List.of(), requestId, operation));
    try {
      return work.get();
    } finally {
      if (previous == null) {
        SYSTEM.remove();
      } else {
        SYSTEM.set(previous);
      }
    }
  }

  /** The actor of a write happening now, on this thread. */
  public AuditActor current() {
    AuditActor system = SYSTEM.get();
    if (system != null) {
      return system;
    }
    if (Arc.container().requestContext().isActive()) {
      JsonWebToken jwt = token.get();
      if (jwt != null && jwt.getName() != null) {
        List<String> roles = jwt.getGroups() == null ? List.of() : List.copyOf(jwt.getGroups());
        return new AuditActor(
            jwt.getName(), roles, RequestIds.current(), request.get().operation());
      }
      return new AuditActor(ANONYMOUS, List.of(), RequestIds.current(), request.get().operation());
    }
    return new AuditActor(
        AuditActor.SYSTEM_PREFIX + config.service(), List.of(), RequestIds.current(), null);
  }
}
