package vn.ocop.platform.request;

import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * The request id that ties an HTTP request, its log lines and the events it causes together. The
 * gateway sets it; every service accepts it from {@code X-Request-Id}, or makes one.
 */
public final class RequestIds {
  public static final String HEADER = "X-Request-Id";
  public static final String MDC_KEY = "requestId";

  /** Kafka header carrying the request id of the transaction that wrote the event. */
  public static final String EVENT_HEADER = "x-request-id";

  private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{8,100}");

  private RequestIds() {}

  /** The caller's id if it is safe to log and echo, else a fresh one. */
  public static String acceptOrCreate(String candidate) {
    if (candidate != null && ACCEPTED.matcher(candidate).matches()) {
      return candidate;
    }
    return UUID.randomUUID().toString();
  }

  public static String current() {
    Object id = MDC.get(MDC_KEY);
    return id == null ? null : id.toString();
  }

  public static void set(String id) {
    if (id == null) {
      MDC.remove(MDC_KEY);
    } else {
      MDC.put(MDC_KEY, id);
    }
  }
}
