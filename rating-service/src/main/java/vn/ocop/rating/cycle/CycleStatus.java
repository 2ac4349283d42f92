package vn.ocop.rating.cycle;

/** Whether a cycle round still takes work. */
public enum CycleStatus {
  OPEN,
  CLOSED
}
