package vn.ocop.registry.subject;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.contracts.registry.SubjectRegistered;
import vn.ocop.platform.outbox.Outbox;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.registry.access.Visibility;
import vn.ocop.registry.reference.ReferenceData;

/** Registers subjects (chủ thể) and answers for them within the caller's visibility. */
@ApplicationScoped
public class SubjectService {
  static final String IDENTIFIER_TAKEN = "SUBJECT_IDENTIFIER_TAKEN";
  private static final String IDENTIFIER_INDEX = "subject_identifier_unique";

  private final SubjectRepository subjects;
  private final ReferenceData reference;
  private final Outbox outbox;

  SubjectService(SubjectRepository subjects, ReferenceData reference, Outbox outbox) {
    this.subjects = subjects;
    this.reference = reference;
    this.outbox = outbox;
  }

  /**
   * Registers a subject in a province the caller may write in, and announces it on {@code
   * ocop.registry.subject.v1} in the same transaction.
   */
  @Transactional
  public Subject register(RegisterSubjectRequest request, String provinceCode, String username) {
    Subject subject =
        Subject.register(
            request.type(),
            request.identifier(),
            request.name(),
            provinceCode,
            request.communeCode(),
            request.representative(),
            request.womanLed(),
            request.ethnicMinorityLed(),
            username);
    reference.requireCommuneOfProvince(provinceCode, request.communeCode());
    if (subjects.identifierTaken(subject.identifierKind(), subject.identifier())) {
      throw identifierTaken(subject);
    }
    try {
      subjects.persistAndFlush(subject);
    } catch (PersistenceException e) {
      // Two registrations of one identifier at once: the unique index decides, the loser gets 409.
      if (violates(e, IDENTIFIER_INDEX)) {
        throw identifierTaken(subject);
      }
      throw e;
    }
    outbox.publish(
        Topics.REGISTRY_SUBJECT,
        subject.id(),
        EventTypes.SUBJECT_REGISTERED,
        new SubjectRegistered(
            subject.id(),
            subject.type().name(),
            subject.identifierKind().name(),
            subject.identifier(),
            subject.name(),
            subject.provinceCode(),
            subject.communeCode(),
            subject.mapVersion(),
            subject.districtCode(),
            subject.currentProvinceCode(),
            subject.representative(),
            subject.womanLed(),
            subject.ethnicMinorityLed()));
    return subject;
  }

  /** The subject if it exists and is visible, else 404. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Subject get(UUID id, Visibility visibility) {
    Subject subject =
        subjects.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Subject", id));
    visibility.require(subject.currentProvinceCode(), subject.id(), "Subject", id);
    return subject;
  }

  /** Visible subjects, newest first, optionally of one province. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<Subject> list(Visibility visibility, String provinceCode, PageQuery page) {
    if (visibility.none()) {
      return Page.of(List.of(), 0, page);
    }
    Map<String, Object> parameters = new HashMap<>();
    StringBuilder query = new StringBuilder(visibility.condition("currentProvinceCode", "id"));
    visibility.bind(parameters);
    if (provinceCode != null) {
      query.append(" and currentProvinceCode = :provinceCode");
      parameters.put("provinceCode", provinceCode);
    }
    var found =
        subjects.find(
            query.toString(),
            Sort.descending("createdAt").and("id", Sort.Direction.Descending),
            parameters);
    List<Subject> items = found.page(page.index(), page.pageSize()).list();
    return Page.of(items, found.count(), page);
  }

  private static boolean violates(Throwable e, String constraint) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ConstraintViolationException violation
          && constraint.equals(violation.getConstraintName())) {
        return true;
      }
    }
    return false;
  }

  private static ProblemException identifierTaken(Subject subject) {
    return ProblemException.conflict(
        IDENTIFIER_TAKEN,
        "A subject with "
            + subject.identifierKind()
            + " "
            + subject.identifier()
            + " is already registered");
  }
}
