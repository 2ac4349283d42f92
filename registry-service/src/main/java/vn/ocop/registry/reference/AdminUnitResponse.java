package vn.ocop.registry.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An administrative unit of either map, with the province it belongs to today. */
@Schema(name = "AdminUnit")
public record AdminUnitResponse(
    @Schema(example = "2025-03") String mapVersion,
    @Schema(example = "COMMUNE") AdminLevel level,
    @Schema(example = "22015") String code,
    @Schema(example = "Xuân Phú") String name,
    @Schema(example = "Phường Xuân Phú") String fullName,
    @Schema(example = "Xuan Phu") String nameEn,
    @Schema(example = "54") String provinceCode,
    @Schema(nullable = true, description = "Pre-merger communes only", example = "555")
        String districtCode,
    @Schema(description = "The province on the current map this unit is part of", example = "66")
        String currentProvinceCode,
    @Schema(example = "Đắk Lắk") String currentProvinceName) {

  static AdminUnitResponse from(AdminUnit unit, AdminMaps maps) {
    String current = maps.currentProvince(unit.mapVersion(), unit.provinceCode()).orElse(null);
    String currentName =
        current == null
            ? null
            : maps.unit(AdminUnit.CURRENT_MAP, AdminLevel.PROVINCE, current)
                .map(AdminUnit::name)
                .orElse(null);
    return new AdminUnitResponse(
        unit.mapVersion(),
        unit.level(),
        unit.code(),
        unit.name(),
        unit.fullName(),
        unit.nameEn(),
        unit.provinceCode(),
        unit.districtCode(),
        current,
        currentName);
  }
}
