package vn.ocop.gateway.auth;

import vn.ocop.platform.problem.ProblemException;

/** 429 {@code LOGIN_LOCKED}: answered with {@code Retry-After} by {@link AuthProblems}. */
public class LoginLockedException extends ProblemException {
  private final long retryAfterSeconds;

  public LoginLockedException(long retryAfterSeconds) {
    super(
        429,
        "LOGIN_LOCKED",
        "Too many failed sign-ins",
        "Too many failed sign-ins for this username; try again after the Retry-After delay"
            + " or ask an administrator to unlock the account");
    this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
