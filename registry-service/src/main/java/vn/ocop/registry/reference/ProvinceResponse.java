package vn.ocop.registry.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A province (tỉnh / thành phố) of the current map. */
@Schema(name = "Province")
public record ProvinceResponse(
    @Schema(example = "66") String code,
    @Schema(example = "Đắk Lắk") String name,
    @Schema(example = "Tỉnh Đắk Lắk") String fullName,
    @Schema(example = "Dak Lak") String nameEn,
    @Schema(example = "2025-07") String mapVersion) {

  static ProvinceResponse from(AdminUnit unit) {
    return new ProvinceResponse(
        unit.code(), unit.name(), unit.fullName(), unit.nameEn(), unit.mapVersion());
  }
}
