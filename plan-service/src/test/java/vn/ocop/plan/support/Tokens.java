package vn.ocop.plan.support;

import java.util.Map;
import java.util.Set;
import vn.ocop.devstack.TestTokens;

/** The test users of the plan service. */
public final class Tokens {
  private Tokens() {}

  public static String national() {
    return TestTokens.nationalOfficer("trung-uong");
  }

  public static String admin() {
    return TestTokens.admin("quan-tri");
  }

  public static String provinceOfficer(String provinceCode) {
    return TestTokens.provinceOfficer("can-bo-" + provinceCode, provinceCode);
  }

  public static String communeOfficer(String provinceCode) {
    return TestTokens.token(
        "can-bo-xa-" + provinceCode,
        Set.of("commune-officer"),
        Map.of("province", provinceCode, "commune", "24000"));
  }

  public static String councilMember(String provinceCode) {
    return TestTokens.councilMember("hoi-dong-" + provinceCode, provinceCode);
  }
}
