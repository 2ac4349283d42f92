package vn.ocop.contracts.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A certificate (giấy chứng nhận sản phẩm OCOP) was issued for a recognition decision. Topic {@code
 * ocop.registry.certificate.v1}, key = certificateId.
 *
 * @param decisionId the rating service's recognition decision this certificate implements
 * @param validTo last day of validity (36 months after validFrom under Decision 148)
 * @param status the status it starts in: ISSUED, or for an imported historical certificate the
 *     status its dates and the file give (EXPIRING, EXPIRED, REVOKED...)
 * @param origin RECOGNITION (from a rating decision; decisionId set) or IMPORT (a historical
 *     certificate brought in by a bulk import; decisionId null)
 * @param currentProvinceCode the province on the current map
 */
public record CertificateIssued(
    UUID certificateId,
    UUID decisionId,
    UUID productId,
    UUID subjectId,
    String provinceCode,
    String communeCode,
    int productSet,
    int productGroup,
    int starClass,
    BigDecimal score,
    String decisionNumber,
    LocalDate decisionDate,
    String issuingBody,
    String issuingLevel,
    LocalDate validFrom,
    LocalDate validTo,
    String dossierKind,
    String oldStatus,
    String status,
    String origin,
    String mapVersion,
    String currentProvinceCode,
    Integer validityMonths) {}
