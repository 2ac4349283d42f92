package vn.ocop.plan.indicator;

import static vn.ocop.plan.indicator.IndicatorFilter.CERTIFICATE_STATUSES;
import static vn.ocop.plan.indicator.IndicatorFilter.DOSSIER_KINDS;
import static vn.ocop.plan.indicator.IndicatorFilter.PRODUCT_GROUPS;
import static vn.ocop.plan.indicator.IndicatorFilter.PROMOTION_KINDS;
import static vn.ocop.plan.indicator.IndicatorFilter.STAR_RANGE;
import static vn.ocop.plan.indicator.IndicatorFilter.SUBJECT_TYPES;

import java.util.EnumSet;
import java.util.List;
import vn.ocop.contracts.EventTypes;

/**
 * What an indicator counts: the closed set of computations the code knows. An admin adds indicators
 * by choosing a measure and its filters; a new kind of computation is a code change.
 */
public enum Measure {
  /** Distinct products with a certificate decided in the window. */
  CERTIFIED_PRODUCTS(
      EnumSet.of(STAR_RANGE, DOSSIER_KINDS, PRODUCT_GROUPS),
      List.of(EventTypes.CERTIFICATE_ISSUED)),
  /** Distinct products forwarded to the central level (nominated for 5★) in the window. */
  NOMINATED_PRODUCTS(
      EnumSet.of(PRODUCT_GROUPS),
      List.of(
          EventTypes.DOSSIER_NOMINATED,
          EventTypes.PRODUCT_REGISTERED,
          EventTypes.PRODUCT_UPDATED,
          EventTypes.PRODUCT_STATUS_CHANGED)),
  /** Distinct subjects with a product recognised (a certificate decided) in the window. */
  PARTICIPATING_SUBJECTS(
      EnumSet.of(STAR_RANGE, SUBJECT_TYPES, PRODUCT_GROUPS),
      List.of(
          EventTypes.CERTIFICATE_ISSUED,
          EventTypes.SUBJECT_REGISTERED,
          EventTypes.SUBJECT_UPDATED)),
  /** Distinct subjects registered in the registry in the window. */
  NEW_SUBJECTS(
      EnumSet.of(SUBJECT_TYPES),
      List.of(EventTypes.SUBJECT_REGISTERED, EventTypes.SUBJECT_UPDATED)),
  /** Product ideas registered in the window. */
  IDEAS_REGISTERED(EnumSet.of(SUBJECT_TYPES, PRODUCT_GROUPS), List.of(EventTypes.IDEA_REGISTERED)),
  /** Business plans approved in the window. */
  BUSINESS_PLANS_APPROVED(
      EnumSet.of(SUBJECT_TYPES, PRODUCT_GROUPS),
      List.of(EventTypes.BUSINESS_PLAN_REVIEWED, EventTypes.IDEA_REGISTERED)),
  /** Distinct certificates whose status changed to one of the given statuses in the window. */
  CERTIFICATES_BY_STATUS(
      EnumSet.of(STAR_RANGE, CERTIFICATE_STATUSES, PRODUCT_GROUPS),
      List.of(EventTypes.CERTIFICATE_STATUS_CHANGED, EventTypes.CERTIFICATE_ISSUED)),
  /** Trade-promotion activities starting in the window. */
  PROMOTIONS(
      EnumSet.of(PROMOTION_KINDS),
      List.of(
          EventTypes.PROMOTION_RECORDED,
          EventTypes.PRODUCT_REGISTERED,
          EventTypes.PRODUCT_UPDATED)),
  /** numerator ÷ denominator × 100, of two other indicators. */
  RATIO(EnumSet.noneOf(IndicatorFilter.class), List.of()),
  /** Typed in by the province (số liệu nhập tay). */
  ENTERED(EnumSet.noneOf(IndicatorFilter.class), List.of());

  private final EnumSet<IndicatorFilter> filters;
  private final List<String> sources;

  Measure(EnumSet<IndicatorFilter> filters, List<String> sources) {
    this.filters = filters;
    this.sources = sources;
  }

  /** Whether the measure takes this filter parameter; any other one is refused. */
  public boolean accepts(IndicatorFilter filter) {
    return filters.contains(filter);
  }

  /** The CloudEvents types its facts come from (empty for RATIO and ENTERED). */
  public List<String> sourceEventTypes() {
    return sources;
  }

  /** Counted from facts kept from events: always has a value, 0 when nothing was counted. */
  public boolean counted() {
    return this != RATIO && this != ENTERED;
  }

  /** The unit of its values; ENTERED indicators choose theirs. */
  public IndicatorUnit defaultUnit() {
    return this == RATIO ? IndicatorUnit.PERCENT : IndicatorUnit.COUNT;
  }

  /** Star range used when an indicator of this measure sets none. */
  public int defaultMinStarClass() {
    return this == PARTICIPATING_SUBJECTS ? 3 : 1;
  }
}
