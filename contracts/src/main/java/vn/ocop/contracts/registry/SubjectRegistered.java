package vn.ocop.contracts.registry;

import java.util.UUID;

/**
 * A subject (chủ thể OCOP: cooperative, cooperative group, enterprise or household business) was
 * registered. Topic {@code ocop.registry.subject.v1}, key = subjectId.
 *
 * @param subjectType COOPERATIVE, COOPERATIVE_GROUP, ENTERPRISE or HOUSEHOLD_BUSINESS
 * @param identifierKind TAX_CODE, PERSONAL_ID or NONE
 * @param provinceCode province code on the current (post-July-2025) map
 * @param communeCode commune code on the current map, may be null
 * @param mapVersion the administrative map the codes are on: 2025-07 (current) or 2025-03
 *     (pre-merger, from imports of historical records); null in events before it was added means
 *     2025-07
 * @param districtCode district on the pre-merger map, else null
 * @param currentProvinceCode the province on the current map (old province → its successor)
 * @param womanLed the legal representative is a woman (a scoring criterion)
 * @param ethnicMinorityLed the legal representative is from an ethnic minority
 */
public record SubjectRegistered(
    UUID subjectId,
    String subjectType,
    String identifierKind,
    String identifier,
    String name,
    String provinceCode,
    String communeCode,
    String mapVersion,
    String districtCode,
    String currentProvinceCode,
    String representative,
    Boolean womanLed,
    Boolean ethnicMinorityLed) {}
