package vn.ocop.plan.provinceplan;

import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;

/**
 * Which communes' figures a reader sees within a province it may read. A commune officer (cán bộ
 * xã) sees its own commune's targets and progress only; every other reading role sees the whole
 * province.
 *
 * @param confined true for a commune officer
 * @param communeCode the officer's commune (from the token); null when the token names none, and
 *     then nothing is theirs
 */
public record CommuneScope(boolean confined, String communeCode) {
  public static final CommuneScope WHOLE_PROVINCE = new CommuneScope(false, null);

  public static CommuneScope of(Caller caller) {
    boolean communeOnly =
        caller.hasRole(Roles.COMMUNE_OFFICER)
            && !caller.hasRole(Roles.PROVINCE_OFFICER)
            && !caller.isNational();
    return communeOnly ? new CommuneScope(true, caller.communeCode()) : WHOLE_PROVINCE;
  }

  /** Whether a target or figure of this commune (null = province-wide) is the reader's. */
  public boolean sees(String commune) {
    return !confined || (commune != null && commune.equals(communeCode));
  }
}
