package vn.ocop.rating.idea;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.contracts.rating.IdeaRegistered;
import vn.ocop.contracts.rating.IdeaReviewed;
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
import vn.ocop.rating.product.ProductCatalogue;
import vn.ocop.rating.product.SubjectRef;

/** Registers, revises and reviews product ideas (step 2 of the cycle). */
@ApplicationScoped
public class IdeaService {
  static final String RECORD_KIND = "IDEA";

  private final IdeaRepository ideas;
  private final CycleService cycles;
  private final ProductCatalogue catalogue;
  private final History history;
  private final LocalCalendar calendar;
  private final Outbox outbox;
  private final EntityManager entityManager;

  IdeaService(
      IdeaRepository ideas,
      CycleService cycles,
      ProductCatalogue catalogue,
      History history,
      LocalCalendar calendar,
      Outbox outbox,
      EntityManager entityManager) {
    this.ideas = ideas;
    this.cycles = cycles;
    this.catalogue = catalogue;
    this.history = history;
    this.calendar = calendar;
    this.outbox = outbox;
    this.entityManager = entityManager;
  }

  /**
   * Registers the caller's subject's idea in a round of the subject's province, while the round
   * takes ideas and before the step's deadline, and announces it ({@code IdeaRegistered}).
   */
  @Transactional
  public ProductIdea register(RegisterIdeaRequest request, Caller caller) {
    SubjectRef subject = callersSubject(caller);
    // A round of another province answers as if it did not exist, as reading it does (getCycle).
    Cycle cycle =
        cycles
            .find(request.cycleId())
            .filter(found -> found.provinceCode().equals(subject.provinceCode()))
            .orElseThrow(() -> ProblemException.notFound("Cycle", request.cycleId()));
    cycle.requireAtStep(CycleStep.IDEA_REGISTRATION, "product ideas");
    cycle.requireBeforeDeadline(CycleStep.IDEA_REGISTRATION, calendar.today());
    ProductIdea idea =
        ProductIdea.register(cycle, subject, request.fields(), caller.username(), calendar.now());
    ideas.persist(idea);
    history.append(
        RECORD_KIND,
        idea.id(),
        "SUBMITTED",
        idea.status().name(),
        caller.username(),
        calendar.now(),
        null,
        List.of());
    outbox.publish(
        Topics.RATING_REGISTRATION,
        idea.id(),
        EventTypes.IDEA_REGISTERED,
        new IdeaRegistered(
            idea.id(),
            idea.cycleId(),
            idea.provinceCode(),
            idea.communeCode(),
            idea.subjectId(),
            idea.subjectType(),
            idea.productName(),
            idea.productSet(),
            calendar.today()));
    return idea;
  }

  /**
   * The subject revises its returned idea and resubmits it while the round is still at step 2. The
   * deadline does not apply: the return was the office's doing.
   */
  @Transactional
  public ProductIdea revise(UUID id, ReviseIdeaRequest request, Caller caller) {
    ProductIdea idea = owned(id, caller);
    requireVersion(idea, request.version());
    Cycle cycle = cycles.find(idea.cycleId()).orElseThrow();
    cycle.requireAtStep(CycleStep.IDEA_REGISTRATION, "revised product ideas");
    var changes = idea.resubmit(request.fields(), caller.username(), calendar.now());
    history.append(
        RECORD_KIND,
        idea.id(),
        "RESUBMITTED",
        idea.status().name(),
        caller.username(),
        calendar.now(),
        blankToNull(request.note()),
        changes);
    flush(id);
    return idea;
  }

  /**
   * A commune officer of the idea's commune or a province officer of its province accepts, returns
   * (with the reason) or rejects it, and the review is announced ({@code IdeaReviewed}).
   */
  @Transactional
  public ProductIdea review(UUID id, ReviewIdeaRequest request, Caller caller) {
    ProductIdea idea = forReviewer(id, caller);
    if (!IdeaStatus.REVIEW_OUTCOMES.contains(request.decision())) {
      throw ProblemException.invalidField(
          "decision", "reviewOutcome", "a review ACCEPTS, RETURNS or REJECTS the idea");
    }
    String reason = blankToNull(request.reason());
    if (request.decision() != IdeaStatus.ACCEPTED && reason == null) {
      throw ProblemException.invalidField(
          "reason", "NotBlank", "returning or rejecting an idea needs the reason");
    }
    requireVersion(idea, request.version());
    cycles.find(idea.cycleId()).orElseThrow().requireOpen();
    IdeaStatus old = idea.status();
    idea.review(request.decision(), reason, caller.username(), calendar.now());
    history.append(
        RECORD_KIND,
        idea.id(),
        request.decision().name(),
        idea.status().name(),
        caller.username(),
        calendar.now(),
        reason,
        List.of());
    flush(id);
    outbox.publish(
        Topics.RATING_REGISTRATION,
        idea.id(),
        EventTypes.IDEA_REVIEWED,
        new IdeaReviewed(
            idea.id(),
            idea.cycleId(),
            idea.provinceCode(),
            idea.subjectId(),
            old.name(),
            idea.status().name(),
            reason,
            calendar.today()));
    return idea;
  }

  /** The idea if the caller may see it, else 404. */
  public ProductIdea get(UUID id, Caller caller) {
    ProductIdea idea = ideas.findByIdOptional(id).orElseThrow(() -> notFound(id));
    if (!RecordScope.of(caller).covers(idea.provinceCode(), idea.communeCode(), idea.subjectId())) {
      throw notFound(id);
    }
    return idea;
  }

  public List<HistoryEntry> history(ProductIdea idea) {
    return history.of(RECORD_KIND, idea.id());
  }

  public Page<ProductIdea> list(
      Caller caller, UUID cycleId, IdeaStatus status, String communeCode, PageQuery page) {
    RecordScope scope = RecordScope.of(caller);
    if (scope.empty()) {
      return Page.of(List.of(), 0, page);
    }
    var query = ideas.search(scope, cycleId, status, communeCode);
    long total = query.count();
    return Page.of(query.page(page.index(), page.pageSize()).list(), total, page);
  }

  /** The idea if it is of the caller's own subject, else 404. */
  public ProductIdea owned(UUID id, Caller caller) {
    ProductIdea idea = ideas.findByIdOptional(id).orElseThrow(() -> notFound(id));
    if (!caller.hasRole(Roles.SUBJECT_MEMBER) || !idea.subjectId().equals(caller.subjectId())) {
      throw notFound(id);
    }
    return idea;
  }

  private ProductIdea forReviewer(UUID id, Caller caller) {
    ProductIdea idea = ideas.findByIdOptional(id).orElseThrow(() -> notFound(id));
    boolean provinceOfficer =
        caller.hasRole(Roles.PROVINCE_OFFICER) && idea.provinceCode().equals(caller.provinceCode());
    boolean communeOfficer =
        caller.hasRole(Roles.COMMUNE_OFFICER)
            && idea.provinceCode().equals(caller.provinceCode())
            && idea.communeCode().equals(caller.communeCode());
    if (!provinceOfficer && !communeOfficer) {
      throw notFound(id);
    }
    return idea;
  }

  /** The subject of a subject member's account, known from the registry's events. */
  private SubjectRef callersSubject(Caller caller) {
    UUID subjectId = caller.subjectId();
    if (subjectId == null) {
      throw new ProblemException(
          403, "NO_SUBJECT_SCOPE", "Forbidden", "This account is not bound to a subject");
    }
    return catalogue
        .subject(subjectId)
        .orElseThrow(
            () ->
                ProblemException.unprocessable(
                    "subject_id",
                    "known",
                    "Subject "
                        + subjectId
                        + " is not known (yet) from the registry's events; retry later"));
  }

  private void flush(UUID id) {
    try {
      entityManager.flush();
    } catch (OptimisticLockException e) {
      throw concurrentUpdate(id);
    }
  }

  private static void requireVersion(ProductIdea idea, long version) {
    if (idea.version() != version) {
      throw concurrentUpdate(idea.id());
    }
  }

  static ProblemException concurrentUpdate(UUID id) {
    return ProblemException.conflict(
        "CONCURRENT_UPDATE", "Idea " + id + " was changed by another request; reload it");
  }

  static ProblemException notFound(UUID id) {
    return ProblemException.notFound("Idea", id);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
