package vn.ocop.registry.access;

import java.util.Map;
import java.util.UUID;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;

/**
 * Which registry records (subjects, products, certificates) a caller may see: national roles all of
 * them, province-bound roles those of their province, a subject member those of their own subject
 * (chủ thể). Everything else answers 404, as if it did not exist.
 *
 * @param all national scope
 * @param provinceCode the province of a province-bound caller, else null
 * @param subjectId the subject of a subject member, else null
 */
public record Visibility(boolean all, String provinceCode, UUID subjectId) {

  private static final Visibility NOTHING = new Visibility(false, null, null);

  public static Visibility of(Caller caller) {
    if (caller.isNational()) {
      return new Visibility(true, null, null);
    }
    boolean provinceBound =
        caller.hasRole(Roles.PROVINCE_OFFICER)
            || caller.hasRole(Roles.COMMUNE_OFFICER)
            || caller.hasRole(Roles.COUNCIL_MEMBER)
            || caller.hasRole(Roles.ADVISOR);
    String province = provinceBound ? caller.provinceCode() : null;
    UUID subject = caller.hasRole(Roles.SUBJECT_MEMBER) ? caller.subjectId() : null;
    if (province == null && subject == null) {
      return NOTHING;
    }
    return new Visibility(false, province, subject);
  }

  public static Visibility national() {
    return new Visibility(true, null, null);
  }

  public static Visibility province(String provinceCode) {
    return new Visibility(false, provinceCode, null);
  }

  public static Visibility subject(UUID subjectId) {
    return new Visibility(false, null, subjectId);
  }

  /** Whether a record of that province and subject is visible. */
  public boolean allows(String recordProvince, UUID recordSubject) {
    return all
        || (provinceCode != null && provinceCode.equals(recordProvince))
        || (subjectId != null && subjectId.equals(recordSubject));
  }

  /** Fails with 404 unless the record is visible. */
  public void require(String recordProvince, UUID recordSubject, String what, Object id) {
    if (!allows(recordProvince, recordSubject)) {
      throw ProblemException.notFound(what, id);
    }
  }

  /** Whether this caller can see nothing at all (lists answer empty without a query). */
  public boolean none() {
    return !all && provinceCode == null && subjectId == null;
  }

  /**
   * A JPQL condition restricting a query to what is visible, over the aliases' fields {@code
   * provinceCode} and {@code subjectId}, with the named parameters {@code visibleProvince} and
   * {@code visibleSubject} (see {@link #bind}).
   */
  public String condition(String provinceField, String subjectField) {
    if (all) {
      return "1 = 1";
    }
    if (provinceCode != null && subjectId != null) {
      return "(" + provinceField + " = :visibleProvince or " + subjectField + " = :visibleSubject)";
    }
    if (provinceCode != null) {
      return provinceField + " = :visibleProvince";
    }
    if (subjectId != null) {
      return subjectField + " = :visibleSubject";
    }
    return "1 = 0";
  }

  /** Adds the parameters of {@link #condition} to a parameter map. */
  public void bind(Map<String, Object> parameters) {
    if (all) {
      return;
    }
    if (provinceCode != null) {
      parameters.put("visibleProvince", provinceCode);
    }
    if (subjectId != null) {
      parameters.put("visibleSubject", subjectId);
    }
  }
}
