package vn.ocop.registry.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A commune or ward (xã / phường / đặc khu) of the current map. */
@Schema(name = "Commune")
public record CommuneResponse(
    @Schema(example = "24133") String code,
    @Schema(example = "Buôn Ma Thuột") String name,
    @Schema(example = "Phường Buôn Ma Thuột") String fullName,
    @Schema(example = "Buon Ma Thuot") String nameEn,
    @Schema(example = "66") String provinceCode,
    @Schema(example = "2025-07") String mapVersion) {

  static CommuneResponse from(AdminUnit unit) {
    return new CommuneResponse(
        unit.code(),
        unit.name(),
        unit.fullName(),
        unit.nameEn(),
        unit.provinceCode(),
        unit.mapVersion());
  }
}
