package vn.ocop.contracts.rating;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An officer reviewed a product idea: ACCEPTED, RETURNED for revision (with the reason) or
 * REJECTED. Topic {@code ocop.rating.registration.v1}, key = ideaId.
 */
public record IdeaReviewed(
    UUID ideaId,
    UUID cycleId,
    String provinceCode,
    UUID subjectId,
    String oldStatus,
    String status,
    String reason,
    LocalDate reviewedOn) {}
