package vn.ocop.gateway.auth;

import java.security.PublicKey;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Tokens this gateway has verified, by their exact text, until they expire: a client sends the same
 * token with every request for its whole lifetime, and checking its RS256 signature and claims
 * again costs far more than forwarding the request.
 *
 * <p>A hit is only as good as the key that verified it: each entry remembers that key, and is used
 * only while the key ring (or the trusted issuer's key set) still holds that very key under the
 * token's {@code kid}. A key that is deleted or replaced therefore ends its tokens' entries at the
 * next reload, as it would end their verification. The same text always has the same header, claims
 * and signature, so nothing else about the token can differ between two requests; what changes with
 * time ({@code exp}) is checked at every hit. Entries live at most {@code maxAgeSeconds} whatever
 * their expiry, and the table holds at most {@code capacity} entries: when it is full, expired
 * entries go, and if none had expired, all go (a flood of distinct valid tokens is then verified as
 * if there were no cache, never refused).
 */
final class VerifiedTokens {
  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final int capacity;
  private final long maxAgeSeconds;

  /**
   * @param key the key that verified it, asked again at each hit: the key currently under the same
   *     issuer and kid, or null if there is none any more
   */
  private record Entry(
      JsonWebToken token, Supplier<PublicKey> key, PublicKey verifiedWith, long usableUntil) {}

  VerifiedTokens(int capacity, long maxAgeSeconds) {
    this.capacity = capacity;
    this.maxAgeSeconds = maxAgeSeconds;
  }

  /** The token as verified before, if it still may be used at {@code now} (epoch seconds). */
  JsonWebToken get(String text, long now) {
    if (capacity == 0) {
      return null;
    }
    Entry entry = entries.get(text);
    if (entry == null) {
      return null;
    }
    if (now > entry.usableUntil() || entry.key().get() != entry.verifiedWith()) {
      entries.remove(text, entry);
      return null;
    }
    return entry.token();
  }

  /**
   * @param validUntil the last second the token is accepted (its {@code exp} plus the clock skew)
   * @param currentKey looks up the key under the token's issuer and kid, as verification did
   */
  void put(
      String text,
      JsonWebToken token,
      PublicKey verifiedWith,
      Supplier<PublicKey> currentKey,
      long validUntil,
      long now) {
    if (capacity == 0) {
      return;
    }
    if (entries.size() >= capacity) {
      entries.values().removeIf(e -> now > e.usableUntil());
      if (entries.size() >= capacity) {
        entries.clear();
      }
    }
    long until = Math.min(validUntil, now + maxAgeSeconds);
    entries.put(text, new Entry(token, currentKey, verifiedWith, until));
  }

  int size() {
    return entries.size();
  }

  void clear() {
    entries.clear();
  }
}
