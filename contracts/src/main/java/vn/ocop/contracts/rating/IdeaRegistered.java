package vn.ocop.contracts.rating;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A subject registered a product idea (phiếu đăng ký ý tưởng sản phẩm) in a cycle round, step 2.
 * Topic {@code ocop.rating.registration.v1}, key = ideaId.
 *
 * @param productSet the product set 1-26 the idea belongs to (bộ sản phẩm)
 */
public record IdeaRegistered(
    UUID ideaId,
    UUID cycleId,
    String provinceCode,
    String communeCode,
    UUID subjectId,
    String subjectType,
    String productName,
    int productSet,
    LocalDate registeredOn) {}
