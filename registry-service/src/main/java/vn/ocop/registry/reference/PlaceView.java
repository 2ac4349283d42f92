package vn.ocop.registry.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a record sits: the units it was created with (on the map of that time) and the province it
 * belongs to today. A record of the pre-merger map has no current commune: the source data gives
 * the province successions only.
 */
@Schema(name = "Place")
public record PlaceView(
    @Schema(
            description = "Map of the codes below: 2025-07 (current) or 2025-03 (pre-merger)",
            example = "2025-03")
        String mapVersion,
    @Schema(example = "54") String provinceCode,
    @Schema(example = "Phú Yên") String provinceName,
    @Schema(nullable = true, description = "Pre-merger map only", example = "555")
        String districtCode,
    @Schema(nullable = true, example = "Thị xã Sông Cầu") String districtName,
    @Schema(example = "22015") String communeCode,
    @Schema(example = "Phường Xuân Phú") String communeName,
    @Schema(description = "The province on the current map", example = "66")
        String currentProvinceCode,
    @Schema(example = "Đắk Lắk") String currentProvinceName) {

  /** The view of a record's stored codes; unknown codes (never stored) give null names. */
  public static PlaceView of(
      AdminMaps maps,
      String mapVersion,
      String provinceCode,
      String districtCode,
      String communeCode,
      String currentProvinceCode) {
    return new PlaceView(
        mapVersion,
        provinceCode,
        name(maps, mapVersion, AdminLevel.PROVINCE, provinceCode),
        districtCode,
        name(maps, mapVersion, AdminLevel.DISTRICT, districtCode),
        communeCode,
        name(maps, mapVersion, AdminLevel.COMMUNE, communeCode),
        currentProvinceCode,
        name(maps, AdminUnit.CURRENT_MAP, AdminLevel.PROVINCE, currentProvinceCode));
  }

  private static String name(AdminMaps maps, String map, AdminLevel level, String code) {
    if (code == null) {
      return null;
    }
    AdminUnit unit = maps.unit(map, level, code).orElse(null);
    if (unit == null) {
      return null;
    }
    return level == AdminLevel.PROVINCE ? unit.name() : unit.fullName();
  }
}
