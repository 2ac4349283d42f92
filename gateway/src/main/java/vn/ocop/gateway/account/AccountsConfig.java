package vn.ocop.gateway.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/** Settings of local accounts ({@code ocop.accounts.*}). */
@ConfigMapping(prefix = "ocop.accounts")
public interface AccountsConfig {

  /** bcrypt work factor of new hashes; each step doubles the cost of a guess (and of a login). */
  @WithName("bcrypt-cost")
  @WithDefault("11")
  @Min(10)
  @Max(15)
  int bcryptCost();

  /** Sign-in lockout after repeated failures. */
  Lockout lockout();

  /** Consecutive failed sign-ins lock a username for a while, whether or not it exists. */
  interface Lockout {
    /** Failures in a row that lock the username. */
    @WithName("max-failures")
    @WithDefault("5")
    @Min(1)
    int maxFailures();

    /** How long the username stays locked. */
    @WithDefault("15m")
    Duration duration();
  }
}
