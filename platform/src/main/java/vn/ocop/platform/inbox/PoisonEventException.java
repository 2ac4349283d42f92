package vn.ocop.platform.inbox;

/**
 * An event that can never be applied (unreadable envelope or payload). The messaging failure
 * strategy sends it to the service's dead-letter topic with this message as the reason.
 */
public class PoisonEventException extends RuntimeException {
  public PoisonEventException(String message, Throwable cause) {
    super(message, cause);
  }
}
