package vn.ocop.plan.fact;

/**
 * Where a fact is counted, and what the event said.
 *
 * @param provinceCode the province on the current map (the one counted)
 * @param reportedProvinceCode the code the event carried (may be a pre-2025 code)
 * @param mapVersion the map the event's codes are on (2025-07, 2025-03, or null for current)
 * @param communeCode a commune of the current map; null when the event's codes are on the old map
 * @param reportedCommuneCode the commune code the event carried
 */
public record FactPlace(
    String provinceCode,
    String reportedProvinceCode,
    String mapVersion,
    String communeCode,
    String reportedCommuneCode) {}
