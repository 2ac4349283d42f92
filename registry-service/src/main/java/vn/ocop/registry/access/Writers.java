package vn.ocop.registry.access;

import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;

/**
 * Who may change registry records: national roles anywhere, a province officer in the province the
 * record belongs to on the current map. Reading is {@link Visibility}'s business.
 */
public final class Writers {
  private Writers() {}

  public static boolean mayWriteRecord(Caller caller, String currentProvinceCode) {
    if (caller.isNational()) {
      return true;
    }
    return caller.hasRole(Roles.PROVINCE_OFFICER)
        && caller.provinceCode() != null
        && caller.provinceCode().equals(currentProvinceCode);
  }
}
