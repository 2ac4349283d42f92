package vn.ocop.registry.certificate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An OCOP certificate (giấy chứng nhận sản phẩm OCOP). */
@Schema(name = "Certificate")
public record CertificateResponse(
    UUID id,
    @Schema(
            nullable = true,
            implementation = String.class,
            format = "uuid",
            description = "The rating service's recognition decision")
        UUID decisionId,
    UUID productId,
    UUID subjectId,
    @Schema(example = "66") String provinceCode,
    @Schema(example = "24133") String communeCode,
    @Schema(example = "13") int productSet,
    @Schema(example = "1") int productGroup,
    @Schema(example = "4") int starClass,
    @Schema(example = "78.50") BigDecimal score,
    @Schema(example = "1234/QĐ-UBND") String decisionNumber,
    @Schema(example = "2025-09-15") LocalDate decisionDate,
    @Schema(example = "Ủy ban nhân dân tỉnh Đắk Lắk") String issuingBody,
    @Schema(example = "PROVINCE") String issuingLevel,
    @Schema(example = "2025-09-15") LocalDate validFrom,
    @Schema(example = "2028-09-15") LocalDate validTo,
    @Schema(example = "ISSUED") CertificateStatus status,
    @Schema(
            description = "Code for public verification, printed on the certificate",
            example = "k7q2m4xw3v5zr6ta2bycd4efgh")
        String publicCode,
    Instant createdAt,
    @Schema(
            nullable = true,
            description = "Why it is in its status: the decision's reason, or the engine's rule",
            example = "Recognition decision 1234/QĐ-UBND")
        String statusReason,
    Instant statusChangedAt,
    @Schema(
            nullable = true,
            description = "The decision that suspended, revoked or reinstated it, if any",
            example = "215/QĐ-UBND")
        String statusDecisionNumber,
    @Schema(nullable = true, implementation = String.class, format = "date")
        LocalDate statusDecisionDate,
    @Schema(
            nullable = true,
            implementation = String.class,
            format = "uuid",
            description = "The certificate of the same product that replaced it, if SUPERSEDED")
        UUID supersededBy,
    @Schema(example = "RECOGNITION") CertificateOrigin origin,
    @Schema(description = "The map its unit codes are on", example = "2025-07") String mapVersion,
    @Schema(description = "Its province on the current map", example = "66")
        String currentProvinceCode,
    @Schema(
            description = "Optimistic-lock version: send it back (or If-Match) with a decision",
            example = "0")
        long version) {

  public static CertificateResponse from(Certificate certificate) {
    return new CertificateResponse(
        certificate.id(),
        certificate.decisionId(),
        certificate.productId(),
        certificate.subjectId(),
        certificate.provinceCode(),
        certificate.communeCode(),
        certificate.productSet(),
        certificate.productGroup(),
        certificate.starClass(),
        certificate.score(),
        certificate.decisionNumber(),
        certificate.decisionDate(),
        certificate.issuingBody(),
        certificate.issuingLevel(),
        certificate.validFrom(),
        certificate.validTo(),
        certificate.status(),
        certificate.publicCode(),
        certificate.createdAt(),
        certificate.statusReason(),
        certificate.statusChangedAt(),
        certificate.statusDecisionNumber(),
        certificate.statusDecisionDate(),
        certificate.supersededBy(),
        certificate.origin(),
        certificate.mapVersion(),
        certificate.currentProvinceCode(),
        certificate.version());
  }
}
