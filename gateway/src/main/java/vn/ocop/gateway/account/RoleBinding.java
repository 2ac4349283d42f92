package vn.ocop.gateway.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Roles;

/**
 * Which scope each role needs (ràng buộc phạm vi): national roles none; every provincial role a
 * province; a commune officer also a commune; a subject member also a subject (chủ thể). A binding
 * a role does not use is refused rather than kept unused, so that an account's claims say exactly
 * what it may see.
 */
public final class RoleBinding {
  /** Roles that act for the whole country. */
  public static final Set<String> NATIONAL = Set.of(Roles.ADMIN, Roles.NATIONAL_OFFICER);

  /** Roles bound to one province. */
  public static final Set<String> PROVINCIAL =
      Set.of(
          Roles.PROVINCE_OFFICER,
          Roles.COMMUNE_OFFICER,
          Roles.COUNCIL_MEMBER,
          Roles.ADVISOR,
          Roles.SUBJECT_MEMBER);

  private RoleBinding() {}

  /**
   * @throws ProblemException 400 {@code VALIDATION_FAILED} naming every broken rule
   */
  public static void check(
      Collection<String> roles, String provinceCode, String communeCode, UUID subjectId) {
    List<FieldError> errors = new ArrayList<>();
    if (roles == null || roles.isEmpty()) {
      errors.add(new FieldError("roles", "NotEmpty", "An account has at least one role"));
      throw failed(errors);
    }
    for (String role : roles) {
      if (!NATIONAL.contains(role) && !PROVINCIAL.contains(role)) {
        errors.add(new FieldError("roles", "known", "Unknown role '" + role + "'"));
      }
    }
    boolean national = roles.stream().anyMatch(NATIONAL::contains);
    boolean provincial = roles.stream().anyMatch(PROVINCIAL::contains);
    if (national && provincial) {
      errors.add(
          new FieldError(
              "roles", "mixed", "National roles and province-bound roles cannot be combined"));
    }
    if (national && !provincial) {
      if (provinceCode != null) {
        errors.add(new FieldError("provinceCode", "none", "National accounts have no province"));
      }
    }
    if (provincial && provinceCode == null) {
      errors.add(
          new FieldError("provinceCode", "required", "Province-bound roles need a province"));
    }
    boolean communeOfficer = roles.contains(Roles.COMMUNE_OFFICER);
    if (communeOfficer && communeCode == null) {
      errors.add(new FieldError("communeCode", "required", "A commune officer needs a commune"));
    }
    if (!communeOfficer && communeCode != null) {
      errors.add(
          new FieldError("communeCode", "none", "Only a commune officer is bound to a commune"));
    }
    boolean subjectMember = roles.contains(Roles.SUBJECT_MEMBER);
    if (subjectMember && subjectId == null) {
      errors.add(new FieldError("subjectId", "required", "A subject member needs a subject"));
    }
    if (!subjectMember && subjectId != null) {
      errors.add(
          new FieldError("subjectId", "none", "Only a subject member is bound to a subject"));
    }
    if (!errors.isEmpty()) {
      throw failed(errors);
    }
  }

  private static ProblemException failed(List<FieldError> errors) {
    return new ProblemException(
        400,
        "VALIDATION_FAILED",
        "Invalid request",
        "The request breaks " + errors.size() + (errors.size() == 1 ? " rule" : " rules"),
        errors);
  }
}
