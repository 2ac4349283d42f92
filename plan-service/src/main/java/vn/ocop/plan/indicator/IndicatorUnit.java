package vn.ocop.plan.indicator;

/** What an indicator's value counts: a number of things, or a share in percent. */
public enum IndicatorUnit {
  COUNT,
  PERCENT
}
