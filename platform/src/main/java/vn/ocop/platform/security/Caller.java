package vn.ocop.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.ocop.platform.problem.ProblemException;

/**
 * Who is calling, from the verified JWT: roles, and the province, commune or subject the account is
 * bound to. Scope checks live here so that every service answers foreign records the same way: 404.
 */
@RequestScoped
public class Caller {
  public static final String PROVINCE_CLAIM = "province";
  public static final String COMMUNE_CLAIM = "commune";
  public static final String SUBJECT_CLAIM = "subject_id";

  @Inject JsonWebToken jwt;

  public String username() {
    return jwt.getName();
  }

  public Set<String> roles() {
    return jwt.getGroups() == null ? Set.of() : jwt.getGroups();
  }

  public boolean hasRole(String role) {
    return roles().contains(role);
  }

  /** Admin and national officers see every province. */
  public boolean isNational() {
    return hasRole(Roles.ADMIN) || hasRole(Roles.NATIONAL_OFFICER);
  }

  /** The province code (current map) the account is bound to; null for national accounts. */
  public String provinceCode() {
    Object claim = jwt.getClaim(PROVINCE_CLAIM);
    return claim == null ? null : claim.toString().replace("\"", "");
  }

  public String communeCode() {
    Object claim = jwt.getClaim(COMMUNE_CLAIM);
    return claim == null ? null : claim.toString().replace("\"", "");
  }

  public UUID subjectId() {
    Object claim = jwt.getClaim(SUBJECT_CLAIM);
    return claim == null ? null : UUID.fromString(claim.toString().replace("\"", ""));
  }

  public boolean canSeeProvince(String provinceCode) {
    return isNational() || (provinceCode != null && provinceCode.equals(provinceCode()));
  }

  /**
   * Fails with 404 unless the caller may see records of that province.
   *
   * @param what the kind of record, for the message
   * @param id its id, for the message
   */
  public void requireProvince(String provinceCode, String what, Object id) {
    if (!canSeeProvince(provinceCode)) {
      throw ProblemException.notFound(what, id);
    }
  }

  /**
   * The province an officer writes in: their own. National accounts name it explicitly; a province
   * officer naming another province gets 404 for it, as if it did not exist for them.
   */
  public String writableProvince(String requested) {
    if (isNational()) {
      if (requested == null) {
        throw ProblemException.invalidField(
            "provinceCode", "NotBlank", "national accounts must name the province");
      }
      return requested;
    }
    String own = provinceCode();
    if (own == null) {
      throw new ProblemException(
          403, "NO_PROVINCE_SCOPE", "Forbidden", "This account is not bound to a province");
    }
    if (requested != null && !requested.equals(own)) {
      throw ProblemException.notFound("Province", requested);
    }
    return own;
  }
}
