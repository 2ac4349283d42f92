package vn.ocop.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules of the verified-token cache, on a clock passed in. */
class VerifiedTokensTest {
  private static PublicKey key;
  private static PublicKey otherKey;
  private static final long NOW = 1_800_000_000L;

  @BeforeAll
  static void keys() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    key = generator.generateKeyPair().getPublic();
    otherKey = generator.generateKeyPair().getPublic();
  }

  @Test
  void aTokenIsServedWhileItsKeyIsTheSameAndUntilItExpires() {
    VerifiedTokens cache = new VerifiedTokens(100, 300);
    AtomicReference<PublicKey> ring = new AtomicReference<>(key);
    JsonWebToken token = token("a");
    cache.put("text-a", token, key, ring::get, NOW + 60, NOW);

    assertThat(cache.get("text-a", NOW)).isSameAs(token);
    assertThat(cache.get("text-a", NOW + 60)).isSameAs(token);
    assertThat(cache.get("another text", NOW)).isNull();
    // One second past exp + skew: gone, and removed.
    assertThat(cache.get("text-a", NOW + 61)).isNull();
    assertThat(cache.size()).isZero();
  }

  @Test
  void aReplacedOrDeletedKeyEndsItsTokensAtOnce() {
    VerifiedTokens cache = new VerifiedTokens(100, 300);
    AtomicReference<PublicKey> ring = new AtomicReference<>(key);
    cache.put("text-a", token("a"), key, ring::get, NOW + 600, NOW);
    ring.set(otherKey);
    assertThat(cache.get("text-a", NOW)).isNull();
    assertThat(cache.size()).isZero();

    ring.set(key);
    cache.put("text-b", token("b"), key, ring::get, NOW + 600, NOW);
    ring.set(null);
    assertThat(cache.get("text-b", NOW)).isNull();
  }

  @Test
  void aLongLivedTokenIsVerifiedAgainAfterTheMaximumAge() {
    VerifiedTokens cache = new VerifiedTokens(100, 300);
    cache.put("text-a", token("a"), key, () -> key, NOW + 86_400, NOW);
    assertThat(cache.get("text-a", NOW + 300)).isNotNull();
    assertThat(cache.get("text-a", NOW + 301)).isNull();
  }

  @Test
  void aFullTableDropsExpiredEntriesFirstThenEverything() {
    VerifiedTokens cache = new VerifiedTokens(3, 300);
    cache.put("old", token("old"), key, () -> key, NOW + 10, NOW);
    cache.put("b", token("b"), key, () -> key, NOW + 600, NOW);
    cache.put("c", token("c"), key, () -> key, NOW + 600, NOW);
    // Full at NOW + 20: "old" has expired and makes room.
    cache.put("d", token("d"), key, () -> key, NOW + 600, NOW + 20);
    assertThat(cache.size()).isEqualTo(3);
    assertThat(cache.get("b", NOW + 20)).isNotNull();
    assertThat(cache.get("d", NOW + 20)).isNotNull();
    // Full of live entries: all go, and the new one is kept.
    cache.put("e", token("e"), key, () -> key, NOW + 600, NOW + 20);
    assertThat(cache.size()).isEqualTo(1);
    assertThat(cache.get("e", NOW + 20)).isNotNull();
    assertThat(cache.get("b", NOW + 20)).isNull();
  }

  @Test
  void sizeZeroKeepsNothing() {
    VerifiedTokens cache = new VerifiedTokens(0, 300);
    cache.put("text-a", token("a"), key, () -> key, NOW + 600, NOW);
    assertThat(cache.get("text-a", NOW)).isNull();
    assertThat(cache.size()).isZero();
  }

  private static JsonWebToken token(String subject) {
    JwtClaims claims = new JwtClaims();
    claims.setSubject(subject);
    return new DefaultJWTCallerPrincipal("JWT", claims);
  }
}
