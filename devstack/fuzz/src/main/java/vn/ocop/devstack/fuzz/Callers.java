package vn.ocop.devstack.fuzz;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.ocop.devstack.TestTokens;

/**
 * Who a fuzzed request claims to be: the {@code Authorization} values a service test supplies
 * (tokens of roles the operations allow, and of roles they do not) and the bad ones every service
 * must refuse alike.
 *
 * @param allowed tokens (without "Bearer ") of callers the service's operations mostly allow; most
 *     requests carry one, so that they reach the validation of their input
 * @param others tokens of callers of other roles or provinces
 */
public record Callers(List<String> allowed, List<String> others) {

  public Callers {
    if (allowed.isEmpty()) {
      throw new IllegalArgumentException("at least one allowed token is needed");
    }
    allowed = List.copyOf(allowed);
    others = List.copyOf(others);
  }

  /**
   * Officials of Đắk Lắk (66) the plan and rating services mostly allow (admin, national officer,
   * province officer), and callers of another province or role (Hà Nội's officer, a council member,
   * a commune officer).
   */
  public static Callers provinceStaff() {
    return new Callers(
        List.of(
            longLived("fuzz.admin", "admin", Map.of()),
            longLived("fuzz.national", "national-officer", Map.of()),
            longLived("fuzz.officer66", "province-officer", Map.of("province", "66"))),
        List.of(
            longLived("fuzz.officer01", "province-officer", Map.of("province", "01")),
            longLived("fuzz.council", "council-member", Map.of("province", "66")),
            longLived(
                "fuzz.commune", "commune-officer", Map.of("province", "66", "commune", "24133"))));
  }

  /**
   * A test token (as {@link TestTokens#token}) valid for two hours: a fuzz run on a busy machine
   * outlasts TestTokens' ten minutes.
   */
  public static String longLived(String username, String role, Map<String, Object> claims) {
    long now = Instant.now().getEpochSecond();
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("iss", TestTokens.ISSUER);
    payload.put("aud", TestTokens.AUDIENCE);
    payload.put("sub", username);
    payload.put("upn", username);
    payload.put("groups", List.of(role));
    payload.put("iat", now);
    payload.put("exp", now + 7200);
    payload.put("jti", UUID.randomUUID().toString());
    payload.putAll(claims);
    return TestTokens.sign(payload);
  }

  /** Authorization header values that are never valid, labelled. */
  static Map<String, String> invalid() {
    long now = Instant.now().getEpochSecond();
    Map<String, Object> expired = new LinkedHashMap<>();
    expired.put("iss", TestTokens.ISSUER);
    expired.put("aud", TestTokens.AUDIENCE);
    expired.put("sub", "fuzz.expired");
    expired.put("upn", "fuzz.expired");
    expired.put("groups", Set.of("admin"));
    expired.put("iat", now - 7200);
    expired.put("exp", now - 3600);
    expired.put("jti", UUID.randomUUID().toString());
    Map<String, Object> otherAudience = new LinkedHashMap<>(expired);
    otherAudience.put("aud", "another-api");
    otherAudience.put("exp", now + 3600);
    Map<String, String> values = new LinkedHashMap<>();
    values.put("expired", "Bearer " + TestTokens.sign(expired));
    values.put("other-audience", "Bearer " + TestTokens.sign(otherAudience));
    values.put("garbage", "Bearer garbage");
    values.put("three-parts", "Bearer a.b.c");
    values.put("empty-bearer", "Bearer ");
    values.put("basic", "Basic ZnV6ejpmdXp6");
    values.put("huge", "Bearer " + "A".repeat(6000));
    values.put("non-ascii", "Bearer %C4%90%E1%BA%AFk.L%E1%BA%AFk");
    return values;
  }
}
