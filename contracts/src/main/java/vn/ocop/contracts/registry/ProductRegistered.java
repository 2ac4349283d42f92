package vn.ocop.contracts.registry;

import java.util.UUID;

/**
 * A product of a subject was registered. Topic {@code ocop.registry.product.v1}, key = productId.
 *
 * @param productSet number of the product set (bộ sản phẩm) of Decision 148, 1 to 26
 * @param productGroup number of the product group (nhóm), 1 to 6
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
    String status) {}
