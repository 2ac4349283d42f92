package vn.ocop.plan.target;

import java.math.BigDecimal;

/** Which side of a target counts as reaching it. */
public enum TargetKind {
  /** Reached when the actual is at least the target (new 3★+ products). */
  AT_LEAST {
    @Override
    public boolean isMet(BigDecimal actual, BigDecimal target) {
      return actual.compareTo(target) >= 0;
    }
  },
  /** Reached while the actual stays at most the target (products losing their certificate). */
  AT_MOST {
    @Override
    public boolean isMet(BigDecimal actual, BigDecimal target) {
      return actual.compareTo(target) <= 0;
    }
  };

  public abstract boolean isMet(BigDecimal actual, BigDecimal target);
}
