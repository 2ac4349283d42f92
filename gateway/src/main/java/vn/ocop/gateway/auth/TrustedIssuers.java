package vn.ocop.gateway.auth;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;

/**
 * The public keys of the external OIDC issuers the gateway trusts ({@code ocop.jwt.trusted.*}),
 * fetched from their JWK Sets in the background and held in memory: a token is verified on the
 * event loop, which must never wait for a network call. A token naming a kid not yet known triggers
 * a fetch (at most one per issuer every 30 s) and is refused; the client's retry finds the key.
 */
@ApplicationScoped
public class TrustedIssuers {
  private static final Logger LOG = Logger.getLogger(TrustedIssuers.class);

  /** The least time between two fetches caused by unknown kids: a flood of junk kids costs one. */
  private static final Duration FORCED_REFRESH_GAP = Duration.ofSeconds(30);

  private final JwtConfig config;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Map<String, IssuerKeys> issuers = new ConcurrentHashMap<>();

  TrustedIssuers(JwtConfig config) {
    this.config = config;
    config.trusted().forEach((name, issuer) -> issuers.put(name, new IssuerKeys()));
  }

  /** The keys of one issuer as last fetched. */
  private static final class IssuerKeys {
    volatile Map<String, PublicKey> keys = Map.of();
    volatile Instant fetchedAt = Instant.EPOCH;
    final AtomicBoolean fetching = new AtomicBoolean();
  }

  void fetchAtStart(@Observes StartupEvent event) {
    config.trusted().keySet().forEach(this::fetch);
  }

  @Scheduled(
      identity = "trusted-issuer-keys",
      every = "30s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void refreshWhenDue() {
    Instant now = Instant.now();
    config
        .trusted()
        .forEach(
            (name, issuer) -> {
              if (issuers.get(name).fetchedAt.plus(issuer.jwksRefresh()).isBefore(now)) {
                fetch(name);
              }
            });
  }

  /** The configured issuer whose {@code iss} is exactly this. */
  Optional<Map.Entry<String, JwtConfig.TrustedIssuer>> byIssuer(String iss) {
    if (iss == null) {
      return Optional.empty();
    }
    return config.trusted().entrySet().stream()
        .filter(e -> e.getValue().issuer().equals(iss))
        .findFirst();
  }

  /** The issuer's key of that kid, or null (then a fetch is started, if none ran lately). */
  PublicKey key(String name, String kid) {
    IssuerKeys keys = issuers.get(name);
    PublicKey key = keys.keys.get(kid);
    if (key == null && keys.fetchedAt.plus(FORCED_REFRESH_GAP).isBefore(Instant.now())) {
      fetchAsync(name);
    }
    return key;
  }

  private void fetch(String name) {
    try {
      HttpResponse<String> response =
          http.send(request(name), HttpResponse.BodyHandlers.ofString());
      store(name, response);
    } catch (Exception e) {
      failed(name, e);
    }
  }

  private void fetchAsync(String name) {
    IssuerKeys keys = issuers.get(name);
    if (!keys.fetching.compareAndSet(false, true)) {
      return;
    }
    // Counted as a fetch from now on, so that junk kids arriving meanwhile start no other.
    keys.fetchedAt = Instant.now();
    http.sendAsync(request(name), HttpResponse.BodyHandlers.ofString())
        .whenComplete(
            (response, failure) -> {
              try {
                if (failure != null) {
                  failed(name, failure);
                } else {
                  store(name, response);
                }
              } finally {
                keys.fetching.set(false);
              }
            });
  }

  private HttpRequest request(String name) {
    return HttpRequest.newBuilder(URI.create(config.trusted().get(name).jwksUrl()))
        .timeout(Duration.ofSeconds(10))
        .header("Accept", "application/json")
        .GET()
        .build();
  }

  private void store(String name, HttpResponse<String> response) {
    IssuerKeys keys = issuers.get(name);
    if (response.statusCode() != 200) {
      failed(name, new IllegalStateException("HTTP " + response.statusCode()));
      return;
    }
    try {
      Map<String, PublicKey> fetched = new ConcurrentHashMap<>();
      for (JsonWebKey key : new JsonWebKeySet(response.body()).getJsonWebKeys()) {
        boolean forSigning = key.getUse() == null || "sig".equals(key.getUse());
        if (key instanceof RsaJsonWebKey rsa && forSigning && key.getKeyId() != null) {
          fetched.put(key.getKeyId(), rsa.getPublicKey());
        }
      }
      keys.keys = Map.copyOf(fetched);
      keys.fetchedAt = Instant.now();
      LOG.infof("trusted issuer %s: %d signing keys %s", name, fetched.size(), fetched.keySet());
    } catch (Exception e) {
      failed(name, e);
    }
  }

  /** The keys fetched before stay in use: an issuer briefly down must not lock everyone out. */
  private void failed(String name, Throwable failure) {
    issuers.get(name).fetchedAt = Instant.now();
    LOG.warnf(
        "trusted issuer %s: JWK Set %s could not be fetched (%s); keeping %d known keys",
        name,
        config.trusted().get(name).jwksUrl(),
        failure.toString(),
        issuers.get(name).keys.size());
  }
}
