package vn.ocop.registry.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.certificate.CertificateStatus;

/**
 * A certified product (sản phẩm OCOP) as the public search lists it, with its newest certificate's
 * star class, status and validity. No personal data of the subject.
 */
@Schema(name = "CertifiedProduct")
public record CertifiedProductResponse(
    UUID productId,
    @Schema(example = "Cà phê bột Ea Tu") String name,
    @Schema(example = "13") int productSet,
    @Schema(example = "Cà phê, ca cao") String productSetName,
    @Schema(example = "1") int productGroup,
    @Schema(example = "Thực phẩm") String productGroupName,
    @Schema(example = "Food") String productGroupNameEn,
    @Schema(example = "HTX Cà phê Ea Tu") String subjectName,
    @Schema(example = "COOPERATIVE") String subjectType,
    @Schema(description = "Province on the current (2025-07) map", example = "66")
        String provinceCode,
    @Schema(example = "Đắk Lắk") String provinceName,
    @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
            description =
                "The province as recorded, for a record of the pre-merger map; absent for one of"
                    + " the current map")
        RecordedProvince recordedOnPreMergerMap,
    @Schema(description = "Star class of the newest certificate", example = "4") int starClass,
    @Schema(
            description =
                "Status of the newest certificate on the day of the search (its dates applied)",
            example = "ISSUED")
        CertificateStatus status,
    @Schema(example = "2025-03-12") LocalDate validFrom,
    @Schema(example = "2028-03-12") LocalDate validTo,
    @Schema(description = "DISTRICT, PROVINCE or CENTRAL", example = "PROVINCE")
        String issuingLevel) {

  /** A province of the three-tier map in force until 30 June 2025. */
  @Schema(name = "RecordedProvince")
  public record RecordedProvince(
      @Schema(example = "2025-03") String mapVersion,
      @Schema(example = "67") String provinceCode,
      @Schema(example = "Đắk Nông") String provinceName) {}
}
