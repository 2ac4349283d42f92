package vn.ocop.contracts.registry;

import java.util.UUID;

/**
 * A product of a subject was registered. Topic {@code ocop.registry.product.v1}, key = productId.
 *
 * @param productSet number of the product set (bộ sản phẩm) of Decision 148, 1 to 26
 * @param productGroup number of the product group (nhóm), 1 to 6
 * @param mapVersion the administrative map the codes are on (see {@link SubjectRegistered})
 * @param currentProvinceCode the province on the current map
 */
public record ProductRegistered(
    UUID productId,
    UUID subjectId,
    String name,
    int productSet,
    String productSetName,
    int productGroup,
    String provinceCode,
    String communeCode,
    String status,
    String mapVersion,
    String districtCode,
    String currentProvinceCode,
    String description) {}
