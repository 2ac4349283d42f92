package vn.ocop.rating.criteria;

import java.util.List;

/**
 * The star class left after the mandatory-criteria gate, and the minimums that lowered it (one
 * entry per star class above the result and criterion it missed).
 */
public record GateResult(int starClass, List<MissedMinimum> missed) {

  public GateResult {
    missed = List.copyOf(missed);
  }
}
