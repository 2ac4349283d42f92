package vn.ocop.gateway.auth;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The gateway's signing keys, held in memory after start. At the first start of a fresh database it
 * generates an RSA 2048 key pair; later starts (and other replicas) load the same keys, so tokens
 * stay valid across restarts.
 *
 * <p>Keys are read once at start: a key rotated in by another replica is seen after a restart
 * (rotation itself is a later feature).
 */
@ApplicationScoped
public class SigningKeys {
  private static final Logger LOG = Logger.getLogger(SigningKeys.class);

  /** Serialises the first-start generation between replicas sharing the database. */
  private static final long GENERATION_LOCK = 0x0C0B_0057_0000_0002L;

  private final EntityManager entityManager;
  private volatile KeyRing ring;

  SigningKeys(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** The key new tokens are signed with. */
  public record ActiveKey(String kid, PrivateKey privateKey) {}

  private record KeyRing(ActiveKey signing, Map<String, RSAPublicKey> verification) {}

  void loadAtStart(@Observes StartupEvent event) {
    ring();
  }

  public ActiveKey signingKey() {
    return ring().signing();
  }

  /**
   * Every active public key by kid, newest first: the JWKS, and what proxied tokens verify with.
   */
  public Map<String, RSAPublicKey> verificationKeys() {
    return ring().verification();
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

  private KeyRing loadOrGenerate() {
    entityManager
        .createNativeQuery("select pg_advisory_xact_lock(?1)")
        .setParameter(1, GENERATION_LOCK)
        .getSingleResult();
    List<SigningKey> keys = active();
    if (keys.isEmpty()) {
      keys = List.of(generate());
    }
    Map<String, RSAPublicKey> verification = new LinkedHashMap<>();
    for (SigningKey key : keys) {
      verification.put(key.kid, RsaKeys.readPublic(key.publicKeyPem));
    }
    SigningKey newest = keys.get(0);
    return new KeyRing(
        new ActiveKey(newest.kid, RsaKeys.readPrivate(newest.privateKeyPem)),
        Collections.unmodifiableMap(verification));
  }

  private List<SigningKey> active() {
    return entityManager
        .createQuery(
            "select k from SigningKey k where k.active = true order by k.createdAt desc, k.kid",
            SigningKey.class)
        .getResultList();
  }

  private SigningKey generate() {
    KeyPair pair = RsaKeys.generate();
    RSAPublicKey publicKey = (RSAPublicKey) pair.getPublic();
    SigningKey key = new SigningKey();
    key.kid = RsaKeys.thumbprint(publicKey);
    key.privateKeyPem = RsaKeys.privatePem(pair.getPrivate());
    key.publicKeyPem = RsaKeys.publicPem(publicKey);
    entityManager.persist(key);
    LOG.infof("generated signing key %s (RSA 2048): no active key was stored", key.kid);
    return key;
  }
}
