package vn.ocop.rating.cycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.contracts.rating.CycleOpened;
import vn.ocop.platform.outbox.Outbox;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;
import vn.ocop.rating.LocalCalendar;
import vn.ocop.rating.rules.Provinces;
import vn.ocop.rating.rules.RuleSet;
import vn.ocop.rating.rules.RuleSets;

/** Opens and finds cycle rounds. */
@ApplicationScoped
public class CycleService {
  private final CycleRepository cycles;
  private final RuleSets ruleSets;
  private final Provinces provinces;
  private final LocalCalendar calendar;
  private final Outbox outbox;
  private final EntityManager entityManager;

  CycleService(
      CycleRepository cycles,
      RuleSets ruleSets,
      Provinces provinces,
      LocalCalendar calendar,
      Outbox outbox,
      EntityManager entityManager) {
    this.cycles = cycles;
    this.ruleSets = ruleSets;
    this.provinces = provinces;
    this.calendar = calendar;
    this.outbox = outbox;
    this.entityManager = entityManager;
  }

  /**
   * Opens a round under the rule set in force today and announces it ({@code CycleOpened}).
   *
   * @param provinceCode the province, already checked against the caller's scope
   */
  @Transactional
  public Cycle open(String provinceCode, int year, int round, String openedBy) {
    if (!provinces.exists(provinceCode)) {
      throw ProblemException.unprocessable(
          "provinceCode", "known", "Province " + provinceCode + " is not on the current map");
    }
    if (cycles.exists(provinceCode, year, round)) {
      throw cycleExists(provinceCode, year, round);
    }
    RuleSet ruleSet = ruleSets.requireInForceOn(calendar.today());
    Cycle cycle =
        Cycle.open(
            provinceCode,
            year,
            round,
            ruleSet.version(),
            calendar.today(),
            openedBy,
            calendar.now());
    cycles.persist(cycle);
    try {
      entityManager.flush();
    } catch (ConstraintViolationException e) {
      // Another request opened the same round between the check and the insert.
      throw cycleExists(provinceCode, year, round);
    }
    outbox.publish(
        Topics.RATING_CYCLE,
        cycle.id(),
        EventTypes.CYCLE_OPENED,
        new CycleOpened(
            cycle.id(),
            cycle.provinceCode(),
            cycle.year(),
            cycle.round(),
            cycle.ruleSetVersion(),
            cycle.openedOn(),
            null,
            cycle.status().name()));
    return cycle;
  }

  /** The cycle if the caller may see its province, else 404. */
  public Cycle get(UUID id, Caller caller) {
    Cycle cycle = cycles.findByIdOptional(id).orElseThrow(() -> notFound(id));
    caller.requireProvince(cycle.provinceCode(), "Cycle", id);
    return cycle;
  }

  /** Cycles the caller may see: their province, or any (optionally filtered) for national roles. */
  public Page<Cycle> list(Caller caller, String provinceCode, Integer year, PageQuery page) {
    String province = provinceCode;
    if (!caller.isNational()) {
      String own = caller.provinceCode();
      if (own == null || (provinceCode != null && !provinceCode.equals(own))) {
        return Page.of(List.of(), 0, page);
      }
      province = own;
    }
    var query = cycles.search(province, year);
    long total = query.count();
    return Page.of(query.page(page.index(), page.pageSize()).list(), total, page);
  }

  private static ProblemException notFound(UUID id) {
    return ProblemException.notFound("Cycle", id);
  }

  private static ProblemException cycleExists(String provinceCode, int year, int round) {
    return ProblemException.conflict(
        "CYCLE_EXISTS", "Province " + provinceCode + " already has round " + round + " of " + year);
  }
}
