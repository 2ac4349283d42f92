package vn.ocop.registry.verification;

import java.time.LocalDate;
import java.util.UUID;
import vn.ocop.registry.certificate.CertificateStatus;

/**
 * One certificate as the public verification shows it, read by {@link VerificationQuery}: only what
 * may be public (no identifier, phone, address or representative of the subject). The ids serve the
 * cache (eviction on events, scan counting) and never leave the service.
 *
 * @param recordedProvinceName the province as the record was created, on its own map
 * @param recordedDistrictName on the pre-merger map only
 * @param recordedCommuneName the commune as the record was created, on its own map
 * @param successorCode for a superseded certificate, the public code of its product's newest one
 */
record VerifiedCertificate(
    UUID certificateId,
    UUID productId,
    UUID subjectId,
    String publicCode,
    String productName,
    int productSet,
    String productSetName,
    int productGroup,
    String productGroupName,
    String productGroupNameEn,
    String subjectName,
    String subjectType,
    String mapVersion,
    String recordedProvinceCode,
    String recordedProvinceName,
    String recordedDistrictName,
    String recordedCommuneName,
    String currentProvinceCode,
    String currentProvinceName,
    int starClass,
    String issuingBody,
    String issuingLevel,
    String decisionNumber,
    LocalDate decisionDate,
    LocalDate validFrom,
    LocalDate validTo,
    CertificateStatus status,
    String successorCode) {}
