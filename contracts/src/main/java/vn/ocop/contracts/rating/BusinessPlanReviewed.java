package vn.ocop.contracts.rating;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An officer reviewed a business plan (phương án/dự án sản xuất kinh doanh), step 3: APPROVED,
 * RETURNED for revision (with the reason) or REJECTED. Topic {@code ocop.rating.registration.v1},
 * key = ideaId (a plan is the next stage of its idea, so both share the partition).
 */
public record BusinessPlanReviewed(
    UUID planId,
    UUID ideaId,
    UUID cycleId,
    String provinceCode,
    UUID subjectId,
    String oldStatus,
    String status,
    String reason,
    LocalDate reviewedOn) {}
