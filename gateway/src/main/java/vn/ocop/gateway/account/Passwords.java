package vn.ocop.gateway.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Password hashing with bcrypt. A check against a missing account still runs bcrypt (on a hash of a
 * random password) so that the answer time does not tell which usernames exist.
 */
@ApplicationScoped
public class Passwords {
  private final int cost;
  private final String decoyHash;

  Passwords(AccountsConfig config) {
    this.cost = config.bcryptCost();
    this.decoyHash = BcryptUtil.bcryptHash(UUID.randomUUID().toString(), cost);
  }

  public String hash(String password) {
    return BcryptUtil.bcryptHash(password, cost);
  }

  /**
   * @param hash the stored hash, or null when there is no such account (then false, just as slowly)
   */
  public boolean matches(String password, String hash) {
    if (hash == null) {
      BcryptUtil.matches(password, decoyHash);
      return false;
    }
    return BcryptUtil.matches(password, hash);
  }
}
