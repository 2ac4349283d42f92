package vn.ocop.rating.council;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;
import vn.ocop.rating.LocalCalendar;
import vn.ocop.rating.rules.EvaluationLevel;
import vn.ocop.rating.rules.Provinces;
import vn.ocop.rating.rules.RuleSet;
import vn.ocop.rating.rules.RuleSets;

/** Constitutes councils and answers who may see them. */
@ApplicationScoped
public class CouncilService {
  private final CouncilRepository councils;
  private final Provinces provinces;
  private final RuleSets ruleSets;
  private final LocalCalendar calendar;

  CouncilService(
      CouncilRepository councils, Provinces provinces, RuleSets ruleSets, LocalCalendar calendar) {
    this.councils = councils;
    this.provinces = provinces;
    this.ruleSets = ruleSets;
    this.calendar = calendar;
  }

  /**
   * Constitutes a council: a province officer for their province, an admin for any province or the
   * centre. The level must exist under the rule set in force today (no district councils after July
   * 2025).
   */
  @Transactional
  public Council constitute(ConstituteCouncilRequest request, Caller caller) {
    String provinceCode;
    if (request.level() == EvaluationLevel.CENTRAL) {
      if (!caller.isNational()) {
        throw new ProblemException(
            403, "FORBIDDEN", "Forbidden", "Only national accounts constitute central councils");
      }
      if (request.provinceCode() != null) {
        throw ProblemException.invalidField(
            "provinceCode", "Null", "A central council belongs to no province");
      }
      provinceCode = null;
    } else {
      provinceCode = caller.writableProvince(request.provinceCode());
      if (!provinces.exists(provinceCode)) {
        throw ProblemException.unprocessable(
            "provinceCode", "known", "Province " + provinceCode + " is not on the current map");
      }
    }
    RuleSet inForce = ruleSets.requireInForceOn(calendar.today());
    if (!inForce.hasLevel(request.level())) {
      throw ProblemException.unprocessable(
          "level",
          "inForce",
          "Level "
              + request.level()
              + " evaluates no products under the rule set in force ("
              + inForce.version()
              + ")");
    }
    Council council =
        Council.constitute(
            request.name(),
            request.level(),
            provinceCode,
            request.members().stream()
                .map(member -> new CouncilMember(member.username().strip(), member.role()))
                .toList(),
            caller.username(),
            calendar.now());
    councils.persist(council);
    return council;
  }

  /** The council if the caller may see it, else 404. */
  public Council get(UUID id, Caller caller) {
    Council council = councils.findByIdOptional(id).orElse(null);
    if (council == null || !canSee(council, caller)) {
      throw ProblemException.notFound("Council", id);
    }
    return council;
  }

  /**
   * National roles see every council, a province officer those of their province, and a member the
   * councils they sit on.
   */
  public static boolean canSee(Council council, Caller caller) {
    if (caller.isNational() || council.hasMember(caller.username())) {
      return true;
    }
    return caller.hasRole(Roles.PROVINCE_OFFICER)
        && council.provinceCode() != null
        && council.provinceCode().equals(caller.provinceCode());
  }
}
