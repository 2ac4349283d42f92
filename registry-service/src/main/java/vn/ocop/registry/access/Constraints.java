package vn.ocop.registry.access;

import org.hibernate.exception.ConstraintViolationException;

/** Which database constraint a failed write ran into, so it can answer 409 instead of 500. */
public final class Constraints {
  private Constraints() {}

  public static boolean violates(Throwable e, String constraint) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ConstraintViolationException violation
          && constraint.equals(violation.getConstraintName())) {
        return true;
      }
    }
    return false;
  }
}
