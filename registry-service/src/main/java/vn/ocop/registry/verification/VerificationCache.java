package vn.ocop.registry.verification;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The public verification answers held in memory, by verification code: the JSON bytes ready to
 * write, so that a scan costs a map look-up and no query. Kept fresh by evicting what certificate,
 * product and subject events touch ({@link VerificationCacheEvents}); the next scan of an evicted
 * code reads the database again.
 *
 * <p>A load that raced with an eviction (read before the event, stored after it) would put a stale
 * answer back: every eviction bumps a generation, and a load stores its answer only if the
 * generation it started in is still current. Bounded: beyond {@code max-entries} arbitrary entries
 * are dropped (the register is small enough that the bound is a safety net, not a policy).
 */
@ApplicationScoped
class VerificationCache {
  /** A cached answer and what it depends on. */
  record Entry(
      UUID certificateId, UUID productId, UUID subjectId, byte[] json, long freshUntilNanos) {

    boolean fresh(long now) {
      return freshUntilNanos - now > 0;
    }
  }

  private final VerificationConfig.Cache config;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final Map<UUID, String> codeOfCertificate = new ConcurrentHashMap<>();
  private final Map<String, Long> unknownUntil = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();

  VerificationCache(VerificationConfig config) {
    this.config = config.cache();
  }

  /** The answer for a code if held and still fresh, else null. */
  Entry fresh(String code) {
    Entry entry = entries.get(code);
    return entry != null && entry.fresh(System.nanoTime()) ? entry : null;
  }

  /** Whether the code recently matched no certificate. */
  boolean knownUnknown(String code) {
    Long until = unknownUntil.get(code);
    if (until == null) {
      return false;
    }
    if (until - System.nanoTime() > 0) {
      return true;
    }
    unknownUntil.remove(code, until);
    return false;
  }

  /** The generation a load must remember before it reads the database. */
  long generation() {
    return generation.get();
  }

  /** Stores a loaded answer unless something was evicted since the load began. */
  void put(String code, Entry entry, long loadedInGeneration) {
    if (generation.get() != loadedInGeneration) {
      return;
    }
    if (entries.size() >= config.maxEntries()) {
      shrink();
    }
    entries.put(code, entry);
    codeOfCertificate.put(entry.certificateId(), code);
    // An eviction between the check above and the put must not be lost.
    if (generation.get() != loadedInGeneration) {
      remove(code);
    }
  }

  void putUnknown(String code, long loadedInGeneration) {
    if (generation.get() != loadedInGeneration) {
      return;
    }
    if (unknownUntil.size() >= config.maxUnknownCodes()) {
      unknownUntil.clear();
    }
    unknownUntil.put(code, System.nanoTime() + config.unknownCodeTtl().toNanos());
  }

  void evictCertificate(UUID certificateId) {
    generation.incrementAndGet();
    String code = codeOfCertificate.get(certificateId);
    if (code != null) {
      remove(code);
    }
  }

  void evictProduct(UUID productId) {
    evictWhere(entry -> productId.equals(entry.productId()));
  }

  void evictSubject(UUID subjectId) {
    evictWhere(entry -> subjectId.equals(entry.subjectId()));
  }

  /** A new certificate exists: a code that was unknown a moment ago may be its code. */
  void forgetUnknownCodes() {
    generation.incrementAndGet();
    unknownUntil.clear();
  }

  void clear() {
    generation.incrementAndGet();
    entries.clear();
    codeOfCertificate.clear();
    unknownUntil.clear();
  }

  private void evictWhere(Predicate<Entry> affected) {
    generation.incrementAndGet();
    entries.forEach(
        (code, entry) -> {
          if (affected.test(entry)) {
            remove(code);
          }
        });
  }

  private void remove(String code) {
    Entry removed = entries.remove(code);
    if (removed != null) {
      codeOfCertificate.remove(removed.certificateId(), code);
    }
  }

  /** Drops about a tenth of the entries, in the map's (arbitrary) order. */
  private void shrink() {
    int drop = Math.max(1, config.maxEntries() / 10);
    Iterator<String> codes = entries.keySet().iterator();
    while (drop-- > 0 && codes.hasNext()) {
      remove(codes.next());
    }
  }
}
