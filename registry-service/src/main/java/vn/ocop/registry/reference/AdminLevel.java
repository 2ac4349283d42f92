package vn.ocop.registry.reference;

/**
 * Level of an administrative unit. Since July 2025 communes sit directly below provinces; districts
 * (huyện) exist only on the pre-merger map.
 */
public enum AdminLevel {
  PROVINCE,
  DISTRICT,
  COMMUNE
}
