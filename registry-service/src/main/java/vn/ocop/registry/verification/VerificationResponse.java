package vn.ocop.registry.verification;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.certificate.CertificateStatus;
import vn.ocop.registry.reference.AdminUnit;

/**
 * The public answer for a certificate's verification code (xác thực giấy chứng nhận OCOP): what the
 * product is, who makes it, where, at which star class, by whose decision, until when, and whether
 * a consumer may rely on it today. Holds no personal data of the subject.
 */
@Schema(name = "Verification")
public record VerificationResponse(
    @Schema(
            description = "The verification code, as printed on the certificate",
            example = "k7q2m4xw3v5zr6ta2bycd4efgh")
        String code,
    @Schema(description = "What the consumer should conclude today", example = "VALID")
        Verdict verdict,
    Message message,
    @Schema(
            description =
                "The certificate's status on the day of the check (its dates applied: a"
                    + " certificate past its last day is EXPIRED even before the nightly job)",
            example = "ISSUED")
        CertificateStatus status,
    Product product,
    Subject subject,
    Place place,
    @Schema(example = "4") int starClass,
    @Schema(example = "Ủy ban nhân dân tỉnh Đắk Lắk") String issuingBody,
    @Schema(description = "DISTRICT, PROVINCE or CENTRAL", example = "PROVINCE")
        String issuingLevel,
    @Schema(example = "1234/QĐ-UBND") String decisionNumber,
    @Schema(example = "2025-03-12") LocalDate decisionDate,
    @Schema(example = "2025-03-12") LocalDate validFrom,
    @Schema(description = "The last day the certificate is in force", example = "2028-03-12")
        LocalDate validTo,
    @Schema(
            nullable = true,
            description =
                "For a SUPERSEDED certificate, the verification code of the product's newest"
                    + " certificate; else null",
            example = "m3xw7k2q4v5zr6ta2bycd4efgh")
        String successorCode,
    @Schema(
            description = "The day (Asia/Ho_Chi_Minh) the verdict applies to",
            example = "2026-06-01")
        LocalDate checkedOn) {

  /** The verdict in words. */
  @Schema(name = "VerificationMessage")
  public record Message(
      @Schema(example = "Sản phẩm OCOP 4 sao, còn hiệu lực đến 12/03/2028") String vi,
      @Schema(example = "OCOP 4-star product, certified until 12 March 2028") String en) {}

  /** The certified product (sản phẩm) and its product set (bộ sản phẩm) and group (nhóm ngành). */
  @Schema(name = "VerificationProduct")
  public record Product(
      @Schema(example = "Cà phê bột Ea Tu") String name,
      @Schema(example = "13") int productSet,
      @Schema(example = "Cà phê, ca cao") String productSetName,
      @Schema(example = "1") int productGroup,
      @Schema(example = "Thực phẩm") String productGroupName,
      @Schema(example = "Food") String productGroupNameEn) {}

  /** The subject (chủ thể) that makes the product: its name and kind only. */
  @Schema(name = "VerificationSubject")
  public record Subject(
      @Schema(example = "HTX Cà phê Ea Tu") String name,
      @Schema(
              description = "COOPERATIVE, COOPERATIVE_GROUP, ENTERPRISE or HOUSEHOLD_BUSINESS",
              example = "COOPERATIVE")
          String type) {}

  /**
   * Where the product is made: its province on the current map and, for a record created on the
   * pre-merger map, the units it was created with (commune-level correspondence between the maps is
   * not in the source data, so no current commune is given for those).
   */
  @Schema(name = "VerificationPlace")
  public record Place(
      @Schema(description = "Province on the current (2025-07) map", example = "66")
          String provinceCode,
      @Schema(example = "Đắk Lắk") String provinceName,
      @Schema(
              nullable = true,
              description = "Commune on the current map, for a record created on it; else null",
              example = "Buôn Ma Thuột")
          String communeName,
      @JsonInclude(JsonInclude.Include.NON_NULL)
          @Schema(
              description =
                  "The units as recorded, for a record of the pre-merger map; absent for one of the"
                      + " current map")
          RecordedUnits recordedOnPreMergerMap) {}

  /** Units of the three-tier map in force until 30 June 2025. */
  @Schema(name = "VerificationRecordedUnits")
  public record RecordedUnits(
      @Schema(example = "2025-03") String mapVersion,
      @Schema(example = "66") String provinceCode,
      @Schema(example = "Đắk Lắk") String provinceName,
      @Schema(example = "Buôn Ma Thuột") String districtName,
      @Schema(example = "Tân Lợi") String communeName) {}

  static VerificationResponse of(VerifiedCertificate c, LocalDate today) {
    CertificateStatus status = Verdict.effectiveStatus(c.status(), c.validTo(), today);
    Verdict verdict = Verdict.of(status);
    boolean current = AdminUnit.CURRENT_MAP.equals(c.mapVersion());
    return new VerificationResponse(
        c.publicCode(),
        verdict,
        verdict.message(c.starClass(), c.validTo()),
        status,
        new Product(
            c.productName(),
            c.productSet(),
            c.productSetName(),
            c.productGroup(),
            c.productGroupName(),
            c.productGroupNameEn()),
        new Subject(c.subjectName(), c.subjectType()),
        new Place(
            c.currentProvinceCode(),
            c.currentProvinceName(),
            current ? c.recordedCommuneName() : null,
            current
                ? null
                : new RecordedUnits(
                    c.mapVersion(),
                    c.recordedProvinceCode(),
                    c.recordedProvinceName(),
                    c.recordedDistrictName(),
                    c.recordedCommuneName())),
        c.starClass(),
        c.issuingBody(),
        c.issuingLevel(),
        c.decisionNumber(),
        c.decisionDate(),
        c.validFrom(),
        c.validTo(),
        status == CertificateStatus.SUPERSEDED ? c.successorCode() : null,
        today);
  }
}
