package vn.ocop.rating.businessplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.contracts.rating.BusinessPlanReviewed;
import vn.ocop.platform.outbox.Outbox;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;
import vn.ocop.rating.LocalCalendar;
import vn.ocop.rating.cycle.Cycle;
import vn.ocop.rating.cycle.CycleService;
import vn.ocop.rating.cycle.CycleStep;
import vn.ocop.rating.cycle.RecordScope;
import vn.ocop.rating.cycle.history.History;
import vn.ocop.rating.cycle.history.HistoryEntry;
import vn.ocop.rating.idea.IdeaService;
import vn.ocop.rating.idea.IdeaStatus;
import vn.ocop.rating.idea.ProductIdea;
import vn.ocop.rating.product.ProductCatalogue;
import vn.ocop.rating.product.ProductRef;

/** Business plans of step 3 and their outcome in step 4 (the product declared ready). */
@ApplicationScoped
public class PlanService {
  static final String RECORD_KIND = "BUSINESS_PLAN";

  private final PlanRepository plans;
  private final IdeaService ideas;
  private final CycleService cycles;
  private final ProductCatalogue catalogue;
  private final History history;
  private final LocalCalendar calendar;
  private final Outbox outbox;
  private final EntityManager entityManager;

  PlanService(
      PlanRepository plans,
      IdeaService ideas,
      CycleService cycles,
      ProductCatalogue catalogue,
      History history,
      LocalCalendar calendar,
      Outbox outbox,
      EntityManager entityManager) {
    this.plans = plans;
    this.ideas = ideas;
    this.cycles = cycles;
    this.catalogue = catalogue;
    this.history = history;
    this.calendar = calendar;
    this.outbox = outbox;
    this.entityManager = entityManager;
  }

  /**
   * The subject submits the plan of one of its accepted ideas while the idea's round is at step
   * BUSINESS_PLANS and before the step's deadline.
   */
  @Transactional
  public BusinessPlan submit(SubmitPlanRequest request, Caller caller) {
    ProductIdea idea = ideas.owned(request.ideaId(), caller);
    if (idea.status() != IdeaStatus.ACCEPTED) {
      throw ProblemException.conflict(
          "IDEA_NOT_ACCEPTED",
          "Idea " + idea.id() + " is " + idea.status() + "; plans are written for accepted ideas");
    }
    Cycle cycle = cycles.find(idea.cycleId()).orElseThrow();
    cycle.requireAtStep(CycleStep.BUSINESS_PLANS, "business plans");
    cycle.requireBeforeDeadline(CycleStep.BUSINESS_PLANS, calendar.today());
    if (plans.existsForIdea(idea.id())) {
      throw planExists(idea.id());
    }
    BusinessPlan plan =
        BusinessPlan.submit(idea, request.fields(), caller.username(), calendar.now());
    plans.persist(plan);
    try {
      entityManager.flush();
    } catch (ConstraintViolationException e) {
      // A concurrent request submitted a plan for the same idea.
      throw planExists(idea.id());
    }
    append(plan, "SUBMITTED", caller, null, List.of());
    return plan;
  }

  /** The subject revises its returned plan and resubmits it while the round is at step 3. */
  @Transactional
  public BusinessPlan revise(UUID id, RevisePlanRequest request, Caller caller) {
    BusinessPlan plan = owned(id, caller);
    requireVersion(plan, request.version());
    cycles
        .find(plan.cycleId())
        .orElseThrow()
        .requireAtStep(CycleStep.BUSINESS_PLANS, "revised business plans");
    var changes = plan.resubmit(request.fields(), caller.username(), calendar.now());
    append(plan, "RESUBMITTED", caller, blank(request.note()), changes);
    flush(id);
    return plan;
  }

  /** A province officer approves, returns or rejects the plan ({@code BusinessPlanReviewed}). */
  @Transactional
  public BusinessPlan review(UUID id, ReviewPlanRequest request, Caller caller) {
    BusinessPlan plan = visible(id, caller);
    if (!caller.hasRole(Roles.PROVINCE_OFFICER)) {
      throw notFound(id);
    }
    if (!PlanStatus.REVIEW_OUTCOMES.contains(request.decision())) {
      throw ProblemException.invalidField(
          "decision", "reviewOutcome", "a review APPROVES, RETURNS or REJECTS the plan");
    }
    String reason = blank(request.reason());
    if (request.decision() != PlanStatus.APPROVED && reason == null) {
      throw ProblemException.invalidField(
          "reason", "NotBlank", "returning or rejecting a plan needs the reason");
    }
    requireVersion(plan, request.version());
    cycles.find(plan.cycleId()).orElseThrow().requireOpen();
    PlanStatus old = plan.status();
    plan.review(request.decision(), reason, caller.username(), calendar.now());
    append(plan, request.decision().name(), caller, reason, List.of());
    flush(id);
    outbox.publish(
        Topics.RATING_REGISTRATION,
        plan.ideaId(),
        EventTypes.BUSINESS_PLAN_REVIEWED,
        new BusinessPlanReviewed(
            plan.id(),
            plan.ideaId(),
            plan.cycleId(),
            plan.provinceCode(),
            plan.subjectId(),
            old.name(),
            plan.status().name(),
            reason,
            calendar.today()));
    return plan;
  }

  /** A commune officer of the plan's commune gives an opinion for the province's review. */
  @Transactional
  public BusinessPlan opinion(UUID id, PlanOpinionRequest request, Caller caller) {
    BusinessPlan plan = visible(id, caller);
    if (!caller.hasRole(Roles.COMMUNE_OFFICER) || caller.communeCode() == null) {
      throw notFound(id);
    }
    if (plan.status() != PlanStatus.SUBMITTED) {
      throw ProblemException.conflict(
          "BUSINESS_PLAN_NOT_SUBMITTED",
          "Plan " + id + " is " + plan.status() + "; opinions are given before the review");
    }
    append(plan, "OPINION", caller, request.opinion().strip(), List.of());
    return plan;
  }

  /** The subject declares the product of its approved plan ready for evaluation. */
  @Transactional
  public BusinessPlan declareReady(UUID id, DeclareReadyRequest request, Caller caller) {
    BusinessPlan plan = owned(id, caller);
    if (request.productId() != null) {
      requireOwnProduct(plan, request.productId());
    }
    requireVersion(plan, request.version());
    plan.declareReady(request.productId(), calendar.today());
    append(plan, "READY_FOR_EVALUATION", caller, blank(request.note()), List.of());
    flush(id);
    return plan;
  }

  /** The subject links the plan to its product once the registry has registered it. */
  @Transactional
  public BusinessPlan linkProduct(UUID id, LinkProductRequest request, Caller caller) {
    BusinessPlan plan = owned(id, caller);
    requireOwnProduct(plan, request.productId());
    requireVersion(plan, request.version());
    if (plan.status() != PlanStatus.APPROVED && plan.status() != PlanStatus.READY_FOR_EVALUATION) {
      throw ProblemException.conflict(
          "BUSINESS_PLAN_NOT_APPROVED",
          "Plan " + id + " is " + plan.status() + "; only approved plans have a product");
    }
    plan.linkProduct(request.productId());
    flush(id);
    return plan;
  }

  /** The plan if the caller may see it (same scope as ideas), else 404. */
  public BusinessPlan visible(UUID id, Caller caller) {
    BusinessPlan plan = plans.findByIdOptional(id).orElseThrow(() -> notFound(id));
    if (!RecordScope.of(caller).covers(plan.provinceCode(), plan.communeCode(), plan.subjectId())) {
      throw notFound(id);
    }
    return plan;
  }

  /** The plan if it is of the caller's own subject, else 404. */
  public BusinessPlan owned(UUID id, Caller caller) {
    BusinessPlan plan = plans.findByIdOptional(id).orElseThrow(() -> notFound(id));
    if (!caller.hasRole(Roles.SUBJECT_MEMBER) || !plan.subjectId().equals(caller.subjectId())) {
      throw notFound(id);
    }
    return plan;
  }

  /**
   * The plan if the caller is an officer who may act on it: a province officer of its province or a
   * commune officer of its commune; else 404.
   */
  public BusinessPlan forOfficer(UUID id, Caller caller) {
    BusinessPlan plan = plans.findByIdOptional(id).orElseThrow(() -> notFound(id));
    boolean provinceOfficer =
        caller.hasRole(Roles.PROVINCE_OFFICER) && plan.provinceCode().equals(caller.provinceCode());
    boolean communeOfficer =
        caller.hasRole(Roles.COMMUNE_OFFICER)
            && plan.provinceCode().equals(caller.provinceCode())
            && plan.communeCode().equals(caller.communeCode());
    if (!provinceOfficer && !communeOfficer) {
      throw notFound(id);
    }
    return plan;
  }

  public List<HistoryEntry> history(BusinessPlan plan) {
    return history.of(RECORD_KIND, plan.id());
  }

  public Page<BusinessPlan> list(Caller caller, UUID cycleId, PlanStatus status, PageQuery page) {
    RecordScope scope = RecordScope.of(caller);
    if (scope.empty()) {
      return Page.of(List.of(), 0, page);
    }
    var query = plans.search(scope, cycleId, status);
    long total = query.count();
    return Page.of(query.page(page.index(), page.pageSize()).list(), total, page);
  }

  private void requireOwnProduct(BusinessPlan plan, UUID productId) {
    ProductRef product =
        catalogue
            .product(productId)
            .orElseThrow(
                () ->
                    ProblemException.unprocessable(
                        "productId",
                        "known",
                        "Product " + productId + " is not known (yet) from the registry's events"));
    if (!product.subjectId().equals(plan.subjectId())) {
      throw ProblemException.unprocessable(
          "productId", "sameSubject", "Product " + productId + " is not of the plan's subject");
    }
  }

  private void append(
      BusinessPlan plan,
      String action,
      Caller caller,
      String reason,
      List<vn.ocop.rating.cycle.history.FieldChange> changes) {
    history.append(
        RECORD_KIND,
        plan.id(),
        action,
        plan.status().name(),
        caller.username(),
        calendar.now(),
        reason,
        changes);
  }

  private void flush(UUID id) {
    try {
      entityManager.flush();
    } catch (OptimisticLockException e) {
      throw concurrentUpdate(id);
    }
  }

  private static void requireVersion(BusinessPlan plan, long version) {
    if (plan.version() != version) {
      throw concurrentUpdate(plan.id());
    }
  }

  static ProblemException concurrentUpdate(UUID id) {
    return ProblemException.conflict(
        "CONCURRENT_UPDATE", "Business plan " + id + " was changed by another request; reload it");
  }

  public static ProblemException notFound(UUID id) {
    return ProblemException.notFound("Business plan", id);
  }

  private static ProblemException planExists(UUID ideaId) {
    return ProblemException.conflict(
        "BUSINESS_PLAN_EXISTS", "Idea " + ideaId + " already has a business plan");
  }

  private static String blank(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
