package vn.ocop.platform.idempotency;

import java.util.List;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.platform.problem.ProblemException;

/** The problems of the Idempotency-Key header, with their stable codes. */
public final class IdempotencyProblems {
  public static final String HEADER = "Idempotency-Key";
  public static final String REUSED = "IDEMPOTENCY_KEY_REUSED";
  public static final String IN_PROGRESS = "IDEMPOTENCY_KEY_IN_PROGRESS";
  public static final int MAX_LENGTH = 255;

  private IdempotencyProblems() {}

  /** 400 unless the key is 1-255 printable ASCII characters (0x21-0x7E and space inside). */
  static void requireValid(String key) {
    if (key.isEmpty() || key.length() > MAX_LENGTH) {
      throw ProblemException.invalidField(
          HEADER, "Size", "size must be between 1 and " + MAX_LENGTH);
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c < 0x20 || c > 0x7E) {
        throw ProblemException.invalidField(
            HEADER, "Pattern", "must be printable ASCII characters only");
      }
    }
  }

  public static ProblemException reused(String key) {
    String message =
        "was used for a different request (operation, path, query or body) of this caller";
    return new ProblemException(
        422,
        REUSED,
        "Idempotency key reused",
        "Idempotency-Key " + key + " " + message,
        List.of(new FieldError(HEADER, "sameRequest", message)));
  }

  public static ProblemException inProgress(String key) {
    String message = "a request with this key is still being processed; retry later";
    return new ProblemException(
        409,
        IN_PROGRESS,
        "Conflict",
        "Idempotency-Key " + key + ": " + message,
        List.of(new FieldError(HEADER, "inProgress", message)));
  }
}
