package vn.ocop.plan.provinceplan;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.ocop.plan.period.PlanYear;
import vn.ocop.plan.province.Province;
import vn.ocop.plan.province.ProvincePredecessor;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;
import vn.ocop.platform.problem.ProblemException;

/**
 * Drafts, approves and amends provinces' plans. A version is edited only while it is a draft; its
 * approval supersedes the lineage's approved version and publishes the event in the same
 * transaction. Every write locks the version's row first, so two officers acting on one plan at
 * once are serialised rather than racing on the one-draft and one-approved indexes.
 */
@ApplicationScoped
public class Plans {
  public static final String PLAN_NOT_DRAFT = "PLAN_NOT_DRAFT";
  public static final String PLAN_NOT_APPROVED = "PLAN_NOT_APPROVED";
  public static final String PLAN_DRAFT_EXISTS = "PLAN_DRAFT_EXISTS";
  public static final String PLAN_VERSION_CONFLICT = "PLAN_VERSION_CONFLICT";

  private static final Sort TARGET_ORDER =
      Sort.by("indicatorCode")
          .and("communeCode", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_FIRST)
          .and("year", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_LAST);

  private final TargetRules rules;
  private final LockedYears lockedYears;
  private final PlanEvents events;
  private final EntityManager entityManager;

  Plans(
      TargetRules rules, LockedYears lockedYears, PlanEvents events, EntityManager entityManager) {
    this.rules = rules;
    this.lockedYears = lockedYears;
    this.events = events;
    this.entityManager = entityManager;
  }

  /** Version 1 of a new plan, a draft. */
  @Transactional
  public Plan create(Province province, CreatePlanRequest request, String username) {
    String mapVersion = request.mapVersion() == null ? Plan.CURRENT_MAP : request.mapVersion();
    String planProvince = planProvince(province, mapVersion, request.planProvinceCode());
    List<PlanTargetRequest> targets = request.targetsOrEmpty();
    rules.check(request.periodStart(), request.periodEnd(), province.code, targets);
    lockedYears.requireUnchanged(province.code, List.of(), targets);

    OffsetDateTime now = now();
    Plan plan = new Plan();
    plan.id = UUID.randomUUID();
    plan.lineageId = plan.id;
    plan.version = 1;
    plan.title = request.title().strip();
    plan.mapVersion = mapVersion;
    plan.provinceCode = planProvince;
    plan.currentProvinceCode = province.code;
    plan.periodStart = request.periodStart().shortValue();
    plan.periodEnd = request.periodEnd().shortValue();
    plan.status = PlanStatus.DRAFT;
    plan.createdBy = username;
    plan.createdAt = now;
    plan.updatedAt = now;
    plan.persist();
    addTargets(plan, targets);
    return plan;
  }

  public Page<Plan> list(String provinceCode, PlanStatus status, PageQuery page) {
    Parameters parameters = Parameters.with("province", provinceCode);
    String where = "currentProvinceCode = :province";
    if (status != null) {
      where += " and status = :status";
      parameters.and("status", status);
    }
    PanacheQuery<Plan> query =
        Plan.find(
            where,
            Sort.descending("periodStart").and("createdAt", Sort.Direction.Descending),
            parameters);
    return Page.of(query.page(page.index(), page.pageSize()).list(), query.count(), page);
  }

  /** The version, or 404. Scope is the caller's to check (the plan's province never changes). */
  public Plan require(UUID id) {
    Plan plan = id == null ? null : Plan.findById(id);
    if (plan == null) {
      throw ProblemException.notFound("Plan", id);
    }
    return plan;
  }

  public List<PlanTarget> targetsOf(UUID planId) {
    return PlanTarget.list("planId", TARGET_ORDER, planId);
  }

  /**
   * Replaces a draft's title, period and targets.
   *
   * @param expectedVersion the rowVersion the client read; a different one is a 409
   */
  @Transactional
  public Plan update(UUID id, UpdatePlanRequest request, long expectedVersion) {
    Plan plan = locked(id);
    requireDraft(plan, "changed");
    if (plan.rowVersion != expectedVersion) {
      throw ProblemException.conflict(
          PLAN_VERSION_CONFLICT,
          "The plan changed since version "
              + expectedVersion
              + " was read (it is at "
              + plan.rowVersion
              + "); read it again");
    }
    List<PlanTargetRequest> targets = request.targetsOrEmpty();
    rules.check(request.periodStart(), request.periodEnd(), plan.currentProvinceCode, targets);
    lockedYears.requireUnchanged(plan.currentProvinceCode, inForceBefore(plan), targets);

    deleteTargets(plan);
    entityManager.flush();
    plan.title = request.title().strip();
    plan.periodStart = request.periodStart().shortValue();
    plan.periodEnd = request.periodEnd().shortValue();
    plan.updatedAt = now();
    addTargets(plan, targets);
    entityManager.flush();
    return plan;
  }

  /**
   * Row by row rather than one bulk delete: the audit interceptor sees only the ORM's own writes,
   * and each removed target must leave its entry (a plan has tens of targets, not thousands).
   */
  private static void deleteTargets(Plan plan) {
    PlanTarget.<PlanTarget>list("planId", plan.id).forEach(target -> target.delete());
  }

  @Transactional
  public void delete(UUID id) {
    Plan plan = locked(id);
    requireDraft(plan, "deleted");
    deleteTargets(plan);
    plan.delete();
  }

  /**
   * Approves a draft with the provincial decision: it comes into force, the lineage's approved
   * version (if any) is superseded, and the event is written to the outbox, all in one transaction.
   */
  @Transactional
  public Plan approve(UUID id, ApprovePlanRequest request, String username) {
    // Today in Vietnam, not on the server's clock: a decision signed this morning in Hà Nội is
    // still "tomorrow" in UTC until 07:00.
    if (request.decisionDate().isAfter(LocalDate.now(PlanYear.ZONE))) {
      throw ProblemException.invalidField(
          "decisionDate", "PastOrPresent", "A decision is dated today or earlier");
    }
    Plan plan = locked(id);
    requireDraft(plan, "approved");
    List<PlanTarget> targets = targetsOf(plan.id);
    Optional<Plan> previous = approvedVersion(plan.lineageId);
    lockedYears.requireUnchangedStored(
        plan.currentProvinceCode, previous.map(p -> targetsOf(p.id)).orElse(List.of()), targets);

    OffsetDateTime now = now();
    previous.ifPresent(
        version -> {
          move(version, PlanStatus.SUPERSEDED, PLAN_NOT_APPROVED);
          version.updatedAt = now;
        });
    // The superseded row must leave the one-approved index before the draft enters it.
    entityManager.flush();
    move(plan, PlanStatus.APPROVED, PLAN_NOT_DRAFT);
    plan.decisionNumber = request.decisionNumber().strip();
    plan.decisionDate = request.decisionDate();
    plan.approvedBy = username;
    plan.approvedAt = now;
    plan.updatedAt = now;
    entityManager.flush();
    events.approved(plan, targets);
    return plan;
  }

  /**
   * Starts an amendment (điều chỉnh kế hoạch): a new draft version of the lineage holding a copy of
   * the approved version's targets. The approved version stays in force until the draft is
   * approved.
   */
  @Transactional
  public Plan amend(UUID id, String username) {
    Plan approved = locked(id);
    if (approved.status != PlanStatus.APPROVED) {
      throw ProblemException.conflict(
          PLAN_NOT_APPROVED,
          "Only the approved version of a plan is amended; version "
              + approved.version
              + " is "
              + approved.status);
    }
    if (Plan.count("lineageId = ?1 and status = ?2", approved.lineageId, PlanStatus.DRAFT) > 0) {
      throw ProblemException.conflict(
          PLAN_DRAFT_EXISTS,
          "The plan already has a draft version; change or delete it instead of starting another");
    }
    Number lastVersion =
        entityManager
            .createQuery(
                "select max(p.version) from Plan p where p.lineageId = :lineage", Number.class)
            .setParameter("lineage", approved.lineageId)
            .getSingleResult();

    OffsetDateTime now = now();
    Plan draft = new Plan();
    draft.id = UUID.randomUUID();
    draft.lineageId = approved.lineageId;
    draft.version = lastVersion.intValue() + 1;
    draft.supersedesPlanId = approved.id;
    draft.title = approved.title;
    draft.mapVersion = approved.mapVersion;
    draft.provinceCode = approved.provinceCode;
    draft.currentProvinceCode = approved.currentProvinceCode;
    draft.periodStart = approved.periodStart;
    draft.periodEnd = approved.periodEnd;
    draft.status = PlanStatus.DRAFT;
    draft.createdBy = username;
    draft.createdAt = now;
    draft.updatedAt = now;
    draft.persist();
    for (PlanTarget target : targetsOf(approved.id)) {
      PlanTarget copy = new PlanTarget();
      copy.id = UUID.randomUUID();
      copy.planId = draft.id;
      copy.indicatorCode = target.indicatorCode;
      copy.communeCode = target.communeCode;
      copy.year = target.year;
      copy.accumulation = target.accumulation;
      copy.kind = target.kind;
      copy.value = target.value;
      copy.note = target.note;
      copy.persist();
    }
    return draft;
  }

  /** Every version of the plan's lineage, oldest first. */
  public List<Plan> versions(UUID lineageId) {
    return Plan.list("lineageId", Sort.by("version"), lineageId);
  }

  /** The targets of several versions at once, by plan id. */
  public Map<UUID, List<PlanTarget>> targetsOf(Collection<UUID> planIds) {
    if (planIds.isEmpty()) {
      return Map.of();
    }
    List<PlanTarget> targets = PlanTarget.list("planId in ?1", TARGET_ORDER, planIds);
    return targets.stream().collect(Collectors.groupingBy(target -> target.planId));
  }

  private String planProvince(Province province, String mapVersion, String named) {
    String code = named == null ? province.code : named;
    if (Plan.CURRENT_MAP.equals(mapVersion)) {
      if (!code.equals(province.code)) {
        throw ProblemException.unprocessable(
            "planProvinceCode",
            "SameProvince",
            "A plan on the current map (2025-07) names its own province, "
                + province.code
                + ", not "
                + code);
      }
      return code;
    }
    ProvincePredecessor predecessor = ProvincePredecessor.findById(code);
    if (predecessor == null) {
      throw ProblemException.unprocessable(
          "planProvinceCode",
          "exists",
          "There is no province " + code + " on the pre-merger map (2025-03)");
    }
    if (!predecessor.provinceCode.equals(province.code)) {
      throw ProblemException.unprocessable(
          "planProvinceCode",
          "SucceededBy",
          predecessor.oldNameVi
              + " ("
              + code
              + ") became province "
              + predecessor.provinceCode
              + ", not "
              + province.code);
    }
    return code;
  }

  private void addTargets(Plan plan, List<PlanTargetRequest> targets) {
    List<PlanTarget> rows = new ArrayList<>();
    for (PlanTargetRequest request : targets) {
      PlanTarget target = new PlanTarget();
      target.id = UUID.randomUUID();
      target.planId = plan.id;
      target.indicatorCode = request.indicatorCode();
      target.communeCode = request.communeCode();
      target.year = request.year() == null ? null : request.year().shortValue();
      target.accumulation = request.accumulationOrDefault();
      target.kind = request.kind();
      target.value = request.value();
      target.note = request.note() == null || request.note().isBlank() ? null : request.note();
      rows.add(target);
    }
    PlanTarget.persist(rows);
  }

  /** The targets in force before this draft: those of the version it amends, none for v1. */
  private List<PlanTarget> inForceBefore(Plan draft) {
    return approvedVersion(draft.lineageId).map(p -> targetsOf(p.id)).orElse(List.of());
  }

  private Optional<Plan> approvedVersion(UUID lineageId) {
    return Plan.find("lineageId = ?1 and status = ?2", lineageId, PlanStatus.APPROVED)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .firstResultOptional();
  }

  private Plan locked(UUID id) {
    Plan plan = Plan.findById(id, LockModeType.PESSIMISTIC_WRITE);
    if (plan == null) {
      throw ProblemException.notFound("Plan", id);
    }
    return plan;
  }

  private static void requireDraft(Plan plan, String action) {
    if (plan.status != PlanStatus.DRAFT) {
      throw ProblemException.conflict(
          PLAN_NOT_DRAFT,
          "Version "
              + plan.version
              + " of the plan is "
              + plan.status
              + ": only a draft is "
              + action
              + "; amend the approved version instead");
    }
  }

  private static void move(Plan plan, PlanStatus next, String code) {
    if (!plan.status.canMoveTo(next)) {
      throw ProblemException.conflict(
          code, "A plan version cannot move from " + plan.status + " to " + next);
    }
    plan.status = next;
  }

  private static OffsetDateTime now() {
    // Microseconds, as PostgreSQL keeps them, so what is answered equals what is read back.
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }
}
