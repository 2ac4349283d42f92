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
 */
public record SubjectRegistered(
    UUID subjectId,
    String subjectType,
    String identifierKind,
    String identifier,
    String name,
    String provinceCode,
    String communeCode) {}
