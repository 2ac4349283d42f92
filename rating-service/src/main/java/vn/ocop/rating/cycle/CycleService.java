package vn.ocop.rating.cycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.contracts.rating.CycleOpened;
import vn.ocop.contracts.rating.CycleStepChanged;
import vn.ocop.platform.outbox.Outbox;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;
import vn.ocop.rating.LocalCalendar;
import vn.ocop.rating.rules.Provinces;
import vn.ocop.rating.rules.RuleSet;
import vn.ocop.rating.rules.RuleSets;

/** Opens, walks through the six steps, reschedules and finds cycle rounds. */
@ApplicationScoped
public class CycleService {
  private final CycleRepository cycles;
  private final RuleSets ruleSets;
  private final Provinces provinces;
  private final LocalCalendar calendar;
  private final CycleSchedule schedules;
  private final Outbox outbox;
  private final EntityManager entityManager;

  CycleService(
      CycleRepository cycles,
      RuleSets ruleSets,
      Provinces provinces,
      LocalCalendar calendar,
      CycleSchedule schedules,
      Outbox outbox,
      EntityManager entityManager) {
    this.cycles = cycles;
    this.schedules = schedules;
    this.ruleSets = ruleSets;
    this.provinces = provinces;
    this.calendar = calendar;
    this.outbox = outbox;
    this.entityManager = entityManager;
  }

  /**
   * Opens a round under the rule set in force today and announces it ({@code CycleOpened}). A round
   * opened at a later step (a running round moved into the service) is also announced with {@code
   * CycleStepChanged}, so that consumers know its step without assuming PROMOTION.
   *
   * @param provinceCode the province, already checked against the caller's scope
   */
  @Transactional
  public Cycle open(String provinceCode, OpenCycleRequest request, String openedBy) {
    int year = request.year();
    int round = request.round();
    if (request.startAt() == CycleStep.CLOSED) {
      throw ProblemException.invalidField(
          "startAtStep", "aStep", "a round cannot be opened closed");
    }
    List<StepWindow> schedule =
        schedules.merge(schedules.usual(year), request.windows(), "schedule");
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
            request.startAt(),
            schedule,
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
    if (cycle.step() != CycleStep.PROMOTION) {
      publishStepChanged(cycle, null);
    }
    return cycle;
  }

  /**
   * Moves a round of the caller's province to its next step (or closes it) and announces the move.
   *
   * @throws ProblemException 409 CONCURRENT_UPDATE when {@code version} is stale, 409
   *     CYCLE_STEP_TRANSITION_NOT_ALLOWED for a skip or a move back
   */
  @Transactional
  public Cycle advance(UUID id, AdvanceCycleStepRequest request, Caller caller) {
    Cycle cycle = forOfficer(id, caller);
    requireVersion(cycle, request.version());
    CycleStep old = cycle.step();
    cycle.advanceTo(request.step(), calendar.now());
    flush(id);
    publishStepChanged(cycle, old);
    return cycle;
  }

  /** Changes the planned windows of some steps of a round of the caller's province. */
  @Transactional
  public Cycle reschedule(UUID id, RescheduleCycleRequest request, Caller caller) {
    Cycle cycle = forOfficer(id, caller);
    requireVersion(cycle, request.version());
    Map<CycleStep, StepWindow> current = new EnumMap<>(CycleStep.class);
    cycle.schedule().forEach(window -> current.put(window.step(), window));
    cycle.reschedule(schedules.merge(current, request.windows(), "windows"));
    flush(id);
    return cycle;
  }

  /** The cycle if the caller is an officer of its province (or national), else 404. */
  private Cycle forOfficer(UUID id, Caller caller) {
    Cycle cycle = cycles.findByIdOptional(id).orElseThrow(() -> notFound(id));
    if (!caller.isNational() && !caller.hasRole(Roles.PROVINCE_OFFICER)) {
      throw notFound(id);
    }
    caller.requireProvince(cycle.provinceCode(), "Cycle", id);
    return cycle;
  }

  private void flush(UUID id) {
    try {
      entityManager.flush();
    } catch (OptimisticLockException e) {
      throw concurrentUpdate(id);
    }
  }

  private static void requireVersion(Cycle cycle, long version) {
    if (cycle.version() != version) {
      throw concurrentUpdate(cycle.id());
    }
  }

  private void publishStepChanged(Cycle cycle, CycleStep old) {
    outbox.publish(
        Topics.RATING_CYCLE,
        cycle.id(),
        EventTypes.CYCLE_STEP_CHANGED,
        new CycleStepChanged(
            cycle.id(),
            cycle.provinceCode(),
            cycle.year(),
            cycle.round(),
            old == null ? null : old.name(),
            cycle.step().name(),
            cycle.status().name(),
            calendar.today()));
  }

  static ProblemException concurrentUpdate(UUID id) {
    return ProblemException.conflict(
        "CONCURRENT_UPDATE", "Cycle " + id + " was changed by another request; reload it");
  }

  /** Any cycle, for the records of its steps, which check their own scope. */
  public java.util.Optional<Cycle> find(UUID id) {
    return cycles.findByIdOptional(id);
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
