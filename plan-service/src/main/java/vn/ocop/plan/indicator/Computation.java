package vn.ocop.plan.indicator;

/**
 * Where an indicator's actual value comes from: computed from other services' events (never typed
 * twice), or reported by hand in a progress report (báo cáo tiến độ).
 */
public enum Computation {
  EVENT,
  MANUAL
}
