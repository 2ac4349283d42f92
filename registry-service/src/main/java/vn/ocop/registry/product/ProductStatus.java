package vn.ocop.registry.product;

/**
 * Where a product stands in the registry. A walking-skeleton product is only REGISTERED; the
 * certified / withdrawn states come with the product lifecycle.
 */
public enum ProductStatus {
  REGISTERED
}
