package vn.ocop.contracts.rating;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A cycle round moved to another of the six steps (bước) of the annual OCOP cycle, or closed. Topic
 * {@code ocop.rating.cycle.v1}, key = cycleId.
 *
 * @param oldStep e.g. IDEA_REGISTRATION
 * @param step e.g. BUSINESS_PLANS
 * @param status OPEN or CLOSED
 */
public record CycleStepChanged(
    UUID cycleId,
    String provinceCode,
    int year,
    int round,
    String oldStep,
    String step,
    String status,
    LocalDate changedOn) {}
