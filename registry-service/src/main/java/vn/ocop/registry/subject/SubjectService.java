package vn.ocop.registry.subject;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.contracts.registry.SubjectRegistered;
import vn.ocop.contracts.registry.SubjectState;
import vn.ocop.contracts.registry.SubjectUpdated;
import vn.ocop.platform.outbox.Outbox;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;
import vn.ocop.registry.access.Constraints;
import vn.ocop.registry.access.Visibility;
import vn.ocop.registry.access.Writers;
import vn.ocop.registry.reference.AdminMaps;
import vn.ocop.registry.reference.AdminMaps.Place;
import vn.ocop.registry.reference.AdminUnit;

/** Registers subjects (chủ thể) and answers for them within the caller's visibility. */
@ApplicationScoped
public class SubjectService {
  static final String IDENTIFIER_TAKEN = "SUBJECT_IDENTIFIER_TAKEN";
  private static final String IDENTIFIER_INDEX = "subject_identifier_unique";

  static final String VERSION_CONFLICT = "SUBJECT_VERSION_CONFLICT";

  private final SubjectRepository subjects;
  private final AdminMaps maps;
  private final Outbox outbox;

  SubjectService(SubjectRepository subjects, AdminMaps maps, Outbox outbox) {
    this.subjects = subjects;
    this.maps = maps;
    this.outbox = outbox;
  }

  /**
   * Applies an update the caller may make, and announces the change (old and new state) on {@code
   * ocop.registry.subject.v1}. Contact details are not in events: a change of those alone is saved
   * without one.
   *
   * @param writable whom the caller may write for; a subject member only its own contact details
   */
  @Transactional
  public Subject update(UUID id, UpdateSubjectRequest request, Caller caller) {
    Subject subject =
        subjects.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Subject", id));
    Visibility.of(caller).require(subject.currentProvinceCode(), subject.id(), "Subject", id);
    boolean officer = Writers.mayWriteRecord(caller, subject.currentProvinceCode());
    if (!officer && request.touchesRecord()) {
      throw new ProblemException(
          403,
          "SUBJECT_FIELDS_OFFICER_ONLY",
          "Forbidden",
          "A subject member may change only its address, phone and e-mail; the rest is changed"
              + " by the province's OCOP office");
    }
    if (!officer && !caller.hasRole(Roles.SUBJECT_MEMBER)) {
      throw new ProblemException(
          403, "FORBIDDEN", "Forbidden", "The caller's role does not allow this operation");
    }
    if (request.version() != subject.version()) {
      throw versionConflict(subject);
    }
    Place newPlace = null;
    if (request.communeCode() != null && !request.communeCode().equals(subject.communeCode())) {
      // A subject moves within its province: moving it elsewhere would move it out of the
      // office's scope; that is a new registration there.
      newPlace =
          maps.requirePlace(
              AdminUnit.CURRENT_MAP, subject.currentProvinceCode(), request.communeCode(), "");
    }
    SubjectState before = subject.state();
    List<String> changed = subject.update(request, newPlace, caller.username());
    try {
      // The flush (or the query's auto-flush) meets the unique index if another subject has the
      // new identifier.
      if (changed.contains("identifier")
          && subjects.identifierTaken(
              subject.identifierKind(), subject.identifier(), subject.id())) {
        throw identifierTaken(subject);
      }
      subjects.flush();
    } catch (OptimisticLockException e) {
      throw versionConflict(subject);
    } catch (PersistenceException e) {
      if (Constraints.violates(e, IDENTIFIER_INDEX)) {
        throw identifierTaken(subject);
      }
      throw e;
    }
    if (!changed.isEmpty()) {
      outbox.publish(
          Topics.REGISTRY_SUBJECT,
          subject.id(),
          EventTypes.SUBJECT_UPDATED,
          new SubjectUpdated(subject.id(), before, subject.state(), changed));
    }
    return subject;
  }

  private static ProblemException versionConflict(Subject subject) {
    return ProblemException.conflict(
        VERSION_CONFLICT,
        "Subject "
            + subject.id()
            + " changed since it was read (now version "
            + subject.version()
            + "); read it again");
  }

  /**
   * Registers a subject in a province the caller may write in, and announces it on {@code
   * ocop.registry.subject.v1} in the same transaction.
   */
  @Transactional
  public Subject register(RegisterSubjectRequest request, String provinceCode, String username) {
    // New registrations are on the current map; records of the old map come in by import.
    Place place = maps.requirePlace(AdminUnit.CURRENT_MAP, provinceCode, request.communeCode(), "");
    Subject subject = Subject.register(request, place, username);
    if (subjects.identifierTaken(subject.identifierKind(), subject.identifier())) {
      throw identifierTaken(subject);
    }
    try {
      subjects.persistAndFlush(subject);
    } catch (PersistenceException e) {
      // Two registrations of one identifier at once: the unique index decides, the loser gets 409.
      if (Constraints.violates(e, IDENTIFIER_INDEX)) {
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
