package vn.ocop.contracts.registry;

import java.util.List;
import java.util.UUID;

/**
 * A product's record changed. Topic {@code ocop.registry.product.v1}, key = productId. Type {@code
 * vn.ocop.product.updated.v1} for an edit, {@code vn.ocop.product.status-changed.v1} when its
 * status changed (before.status and after.status differ).
 *
 * @param changedFields the names of the fields of {@link ProductState} that differ
 */
public record ProductUpdated(
    UUID productId,
    UUID subjectId,
    ProductState before,
    ProductState after,
    List<String> changedFields) {}
