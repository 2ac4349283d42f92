package vn.ocop.rating.cycle;

import java.util.UUID;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;

/**
 * Which records of a round's steps (ideas, business plans) a caller may see, as filters: national
 * roles all; a province officer their province; a commune officer their commune; a subject member
 * their subject's. Null filters mean "any"; an account with none of these roles sees nothing
 * ({@link #nothing()}).
 */
public record RecordScope(String provinceCode, String communeCode, UUID subjectId, boolean empty) {

  public static RecordScope nothing() {
    return new RecordScope(null, null, null, true);
  }

  public static RecordScope of(Caller caller) {
    if (caller.isNational()) {
      return new RecordScope(null, null, null, false);
    }
    String province = caller.provinceCode();
    if (caller.hasRole(Roles.PROVINCE_OFFICER) && province != null) {
      return new RecordScope(province, null, null, false);
    }
    if (caller.hasRole(Roles.COMMUNE_OFFICER) && province != null && caller.communeCode() != null) {
      return new RecordScope(province, caller.communeCode(), null, false);
    }
    if (caller.hasRole(Roles.SUBJECT_MEMBER) && caller.subjectId() != null) {
      return new RecordScope(null, null, caller.subjectId(), false);
    }
    return nothing();
  }

  /** Whether a record of this province, commune and subject is in the scope. */
  public boolean covers(String recordProvince, String recordCommune, UUID recordSubject) {
    return !empty
        && (provinceCode == null || provinceCode.equals(recordProvince))
        && (communeCode == null || communeCode.equals(recordCommune))
        && (subjectId == null || subjectId.equals(recordSubject));
  }
}
