package vn.ocop.gateway.auth;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;
import vn.ocop.platform.problem.ProblemException;

/**
 * The embedded issuer's key ring: one ACTIVE key signs, a NEXT key is published ahead of its turn,
 * RETIRED keys stay published until their last token has expired. The ring lives in the database
 * (so tokens survive restarts and every replica signs with the same key) and in memory (so that
 * verifying a token needs no query); each replica re-reads it every {@code
 * ocop.jwt.keys.reload-every}.
 *
 * <p>Rotation promotes NEXT to ACTIVE, retires the old ACTIVE key and generates a new NEXT; it runs
 * on an admin's request and on a schedule once the ACTIVE key is older than {@code
 * ocop.jwt.keys.rotate-after}.
 */
@ApplicationScoped
public class SigningKeys {
  private static final Logger LOG = Logger.getLogger(SigningKeys.class);

  /** Serialises generation and rotation between replicas sharing the database. */
  private static final long RING_LOCK = 0x0C0B_0057_0000_0002L;

  private final EntityManager entityManager;
  private final JwtConfig config;
  private volatile KeyRing ring;

  SigningKeys(EntityManager entityManager, JwtConfig config) {
    this.entityManager = entityManager;
    this.config = config;
  }

  /** The key new tokens are signed with. */
  public record ActiveKey(String kid, PrivateKey privateKey) {}

  /** What an admin sees of a key: never the private half. */
  public record KeyInfo(
      String kid,
      KeyState state,
      OffsetDateTime createdAt,
      @Schema(nullable = true, implementation = String.class, format = "date-time")
          OffsetDateTime activatedAt,
      @Schema(nullable = true, implementation = String.class, format = "date-time")
          OffsetDateTime retiredAt,
      @Schema(nullable = true, implementation = String.class, format = "date-time")
          OffsetDateTime publishUntil) {
    static KeyInfo from(SigningKey key) {
      return new KeyInfo(
          key.kid, key.state, key.createdAt, key.activatedAt, key.retiredAt, key.publishUntil);
    }
  }

  private record KeyRing(
      ActiveKey signing, Map<String, RSAPublicKey> verification, List<KeyInfo> keys) {}

  void loadAtStart(@Observes StartupEvent event) {
    ring();
  }

  public ActiveKey signingKey() {
    return ring().signing();
  }

  /**
   * Every published public key by kid (ACTIVE, NEXT, then RETIRED ones still in their window): the
   * JWKS, and what tokens of the embedded issuer verify with.
   */
  public Map<String, RSAPublicKey> verificationKeys() {
    return ring().verification();
  }

  /** The ring as last loaded, newest first, including retired keys not yet deleted. */
  public List<KeyInfo> keys() {
    return ring().keys();
  }

  @Scheduled(
      identity = "signing-key-reload",
      every = "{ocop.jwt.keys.reload-every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void reload() {
    ring = QuarkusTransaction.requiringNew().call(this::loadOrGenerate);
  }

  @Scheduled(
      identity = "signing-key-rotation",
      every = "{ocop.jwt.keys.rotation-check}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void rotateWhenDue() {
    KeyRing rotated =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  lock();
                  SigningKey active = inState(KeyState.ACTIVE);
                  OffsetDateTime now = now();
                  if (active == null
                      || active.activatedAt == null
                      || active.activatedAt.plus(config.keys().rotateAfter()).isAfter(now)) {
                    return null;
                  }
                  SigningKey next = inState(KeyState.NEXT);
                  if (next == null || !readyToSign(next, now)) {
                    return null;
                  }
                  promote(next, active, now);
                  return loadOrGenerate();
                });
    if (rotated != null) {
      ring = rotated;
    }
  }

  /**
   * Rotates now: the NEXT key starts signing, the ACTIVE one retires, a new NEXT key is made.
   *
   * @throws ProblemException 409 {@code SIGNING_KEY_NEXT_TOO_NEW} while the NEXT key has been
   *     published for less than {@code ocop.jwt.keys.publish-ahead}: a service might not know it
   *     yet
   */
  public List<KeyInfo> rotate() {
    KeyRing rotated =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  lock();
                  OffsetDateTime now = now();
                  SigningKey next = inState(KeyState.NEXT);
                  if (next == null) {
                    next = generate(KeyState.NEXT);
                  }
                  if (!readyToSign(next, now)) {
                    throw new ProblemException(
                        409,
                        "SIGNING_KEY_NEXT_TOO_NEW",
                        "Conflict",
                        "The next key was published at "
                            + next.createdAt
                            + "; it may sign "
                            + config.keys().publishAhead().toSeconds()
                            + " s later, once every service has fetched it");
                  }
                  promote(next, inState(KeyState.ACTIVE), now);
                  return loadOrGenerate();
                });
    ring = rotated;
    return rotated.keys();
  }

  private boolean readyToSign(SigningKey next, OffsetDateTime now) {
    return !next.createdAt.plus(config.keys().publishAhead()).isAfter(now);
  }

  private void promote(SigningKey next, SigningKey active, OffsetDateTime now) {
    if (active != null) {
      // Tokens signed up to now live at most one lifetime more (plus the tolerated clock skew).
      active.retire(now, now.plus(config.lifetime()).plusSeconds(config.clockSkewSeconds()));
      entityManager.flush();
    }
    next.activate(now);
    entityManager.flush();
    LOG.infof(
        "signing key rotated: %s signs now, %s retired",
        next.kid, active == null ? "-" : active.kid);
  }

  private KeyRing ring() {
    KeyRing current = ring;
    if (current == null) {
      synchronized (this) {
        current = ring;
        if (current == null) {
          current = QuarkusTransaction.requiringNew().call(this::loadOrGenerate);
          ring = current;
        }
      }
    }
    return current;
  }

  /**
   * Loads the ring, first making sure it has an ACTIVE and a NEXT key (a fresh database has none)
   * and deleting retired keys whose window is over.
   */
  private KeyRing loadOrGenerate() {
    OffsetDateTime now = now();
    List<SigningKey> keys = all();
    boolean complete =
        keys.stream().anyMatch(k -> k.state == KeyState.ACTIVE)
            && keys.stream().anyMatch(k -> k.state == KeyState.NEXT);
    boolean stale = keys.stream().anyMatch(k -> !k.publishedAt(now));
    if (!complete || stale) {
      lock();
      entityManager
          .createQuery(
              "delete from SigningKey k where k.state = :retired and k.publishUntil < :now")
          .setParameter("retired", KeyState.RETIRED)
          .setParameter("now", now)
          .executeUpdate();
      if (inState(KeyState.ACTIVE) == null) {
        SigningKey next = inState(KeyState.NEXT);
        if (next != null) {
          // No key signs (the first start after V4 on a ring without one): the next one must.
          next.activate(now);
          entityManager.flush();
        } else {
          SigningKey first = generate(KeyState.ACTIVE);
          first.activatedAt = first.createdAt;
        }
      }
      if (inState(KeyState.NEXT) == null) {
        generate(KeyState.NEXT);
      }
      entityManager.flush();
      entityManager.clear();
      keys = all();
    }
    Map<String, RSAPublicKey> verification = new LinkedHashMap<>();
    ActiveKey signing = null;
    for (SigningKey key : keys) {
      if (key.publishedAt(now)) {
        verification.put(key.kid, RsaKeys.readPublic(key.publicKeyPem));
      }
      if (key.state == KeyState.ACTIVE) {
        signing = new ActiveKey(key.kid, RsaKeys.readPrivate(key.privateKeyPem));
      }
    }
    return new KeyRing(
        signing,
        Collections.unmodifiableMap(verification),
        keys.stream().map(KeyInfo::from).toList());
  }

  private void lock() {
    entityManager
        .createNativeQuery("select pg_advisory_xact_lock(?1)")
        .setParameter(1, RING_LOCK)
        .getSingleResult();
  }

  /** ACTIVE first, then NEXT, then RETIRED, newest first within a state. */
  private List<SigningKey> all() {
    return entityManager
        .createQuery(
            "select k from SigningKey k order by case k.state when 'ACTIVE' then 0"
                + " when 'NEXT' then 1 else 2 end, k.createdAt desc, k.kid",
            SigningKey.class)
        .getResultList();
  }

  private SigningKey inState(KeyState state) {
    return entityManager
        .createQuery("select k from SigningKey k where k.state = :state", SigningKey.class)
        .setParameter("state", state)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private SigningKey generate(KeyState state) {
    KeyPair pair = RsaKeys.generate();
    RSAPublicKey publicKey = (RSAPublicKey) pair.getPublic();
    SigningKey key = new SigningKey();
    key.kid = RsaKeys.thumbprint(publicKey);
    key.privateKeyPem = RsaKeys.privatePem(pair.getPrivate());
    key.publicKeyPem = RsaKeys.publicPem(publicKey);
    key.state = state;
    key.createdAt = now();
    entityManager.persist(key);
    entityManager.flush();
    LOG.infof("generated signing key %s (RSA 2048) as %s", key.kid, state);
    return key;
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
