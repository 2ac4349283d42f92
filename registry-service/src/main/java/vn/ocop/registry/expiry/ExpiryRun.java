package vn.ocop.registry.expiry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * What one run of the expiry engine did.
 *
 * @param moved certificates moved per date-driven transition, in the order applied
 * @param reminders reminders recorded per threshold (days before valid_to)
 * @param lateReminders how many of them, per threshold, were recorded after their due date
 */
public record ExpiryRun(
    LocalDate asOf,
    Instant startedAt,
    Instant finishedAt,
    Map<ExpiryEngine.Move, Integer> moved,
    Map<Integer, Integer> reminders,
    Map<Integer, Integer> lateReminders) {}
