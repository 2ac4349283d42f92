package vn.ocop.contracts.rating;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A province opened an annual OCOP cycle (chu trình OCOP thường niên) round. Topic {@code
 * ocop.rating.cycle.v1}, key = cycleId.
 *
 * @param ruleSetVersion the rule set in force when the cycle opened; its dossiers keep it
 */
public record CycleOpened(
    UUID cycleId,
    String provinceCode,
    int year,
    int round,
    String ruleSetVersion,
    LocalDate openedOn,
    String oldStatus,
    String status) {}
