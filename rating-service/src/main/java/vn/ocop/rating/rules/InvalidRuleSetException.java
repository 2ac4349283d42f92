package vn.ocop.rating.rules;

/** A rule-set file that cannot be used: the service refuses to start with it. */
public class InvalidRuleSetException extends IllegalArgumentException {
  public InvalidRuleSetException(String message) {
    super(message);
  }

  public InvalidRuleSetException(String message, Throwable cause) {
    super(message, cause);
  }
}
