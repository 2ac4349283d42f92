package vn.ocop.registry.product;

import java.util.EnumSet;
import java.util.Set;
import vn.ocop.platform.problem.ProblemException;

/**
 * Where a product stands in the registry, as a state machine. Whether it is certified is its
 * certificates' business, not a product status.
 */
public enum ProductStatus {
  /** Produced and on record. */
  REGISTERED,
  /** The subject stopped making it (ngừng sản xuất); it may resume. */
  DISCONTINUED;

  static final String TRANSITION_NOT_ALLOWED = "PRODUCT_TRANSITION_NOT_ALLOWED";

  public Set<ProductStatus> allowedNext() {
    return switch (this) {
      case REGISTERED -> EnumSet.of(DISCONTINUED);
      case DISCONTINUED -> EnumSet.of(REGISTERED);
    };
  }

  /**
   * The new status, if the transition is allowed.
   *
   * @throws ProblemException 409 {@code PRODUCT_TRANSITION_NOT_ALLOWED} otherwise
   */
  public ProductStatus transitionTo(ProductStatus next) {
    if (!allowedNext().contains(next)) {
      throw ProblemException.conflict(
          TRANSITION_NOT_ALLOWED, "A product cannot go from " + this + " to " + next);
    }
    return next;
  }
}
