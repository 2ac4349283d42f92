package vn.ocop.registry.verification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

/** Settings of the public verification ({@code ocop.registry.verification.*}). */
@ConfigMapping(prefix = "ocop.registry.verification")
public interface VerificationConfig {

  Cache cache();

  /** The in-memory answers by verification code. */
  interface Cache {
    /**
     * How many certificates' answers are kept. The whole national register (about 18,000
     * certificates, ~2 KB each) fits the default.
     */
    @WithName("max-entries")
    @WithDefault("50000")
    int maxEntries();

    /**
     * How long an answer is served without asking the database again. Certificate, product and
     * subject events evict answers as soon as they arrive; this only bounds the damage of an event
     * that never arrived (a consumer that was not yet assigned its partitions, say).
     */
    @WithName("max-age")
    @WithDefault("10m")
    Duration maxAge();

    /** How long a code that matched no certificate is answered 404 without a query. */
    @WithName("unknown-code-ttl")
    @WithDefault("10s")
    Duration unknownCodeTtl();

    /** Bound of the unknown-code memory: beyond it, it is cleared (someone is guessing codes). */
    @WithName("max-unknown-codes")
    @WithDefault("10000")
    int maxUnknownCodes();
  }
}
