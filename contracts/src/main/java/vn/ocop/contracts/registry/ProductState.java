package vn.ocop.contracts.registry;

/** A product's registry record at one moment, as carried by {@link ProductUpdated}. */
public record ProductState(
    String name,
    String description,
    int productSet,
    String productSetName,
    int productGroup,
    String mapVersion,
    String provinceCode,
    String districtCode,
    String communeCode,
    String currentProvinceCode,
    String status,
    String statusReason) {}
