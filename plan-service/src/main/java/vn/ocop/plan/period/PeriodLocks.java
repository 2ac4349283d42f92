package vn.ocop.plan.period;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.platform.problem.ProblemException;

/**
 * Which years of a province are locked. Every write that changes a year's figures (targets of that
 * year, entered values, reports) calls {@link #requireOpen} first, in its own transaction, so a
 * locked year answers 409 {@code PERIOD_LOCKED} and nothing is written.
 */
@ApplicationScoped
public class PeriodLocks {
  public static final String PERIOD_LOCKED = "PERIOD_LOCKED";

  private final EntityManager entityManager;

  PeriodLocks(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  public boolean isLocked(String provinceCode, int year) {
    return entityManager.find(PeriodLock.class, new PeriodLock.Key(provinceCode, (short) year))
        != null;
  }

  /**
   * Fails with 409 PERIOD_LOCKED when the province's year is locked.
   *
   * @param field the request field that names the year, for the problem's errors
   */
  public void requireOpen(String provinceCode, int year, String field) {
    if (isLocked(provinceCode, year)) {
      String detail =
          "The figures of "
              + year
              + " for province "
              + provinceCode
              + " are final: its annual progress report was approved";
      throw new ProblemException(
          409,
          PERIOD_LOCKED,
          "Period locked",
          detail,
          List.of(new FieldError(field, "PeriodOpen", detail)));
    }
  }

  /** Locks the year, in the caller's transaction (the approval of the annual report). */
  public void lock(String provinceCode, int year, UUID reportId, String by) {
    if (isLocked(provinceCode, year)) {
      return;
    }
    PeriodLock lock = new PeriodLock();
    lock.provinceCode = provinceCode;
    lock.year = (short) year;
    lock.reportId = reportId;
    lock.lockedBy = by;
    lock.lockedAt = OffsetDateTime.now();
    lock.persist();
  }
}
