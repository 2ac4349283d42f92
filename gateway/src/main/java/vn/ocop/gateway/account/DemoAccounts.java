package vn.ocop.gateway.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import vn.ocop.platform.security.Roles;

/**
 * The demo accounts of {@code ./ocop up}: one per role, around the Đắk Lắk province (66), plus a
 * Lâm Đồng (68) officer to show that provinces do not see each other. Created or updated at start
 * only when {@code ocop.demo.password} is set, so a changed demo password takes effect on restart.
 */
@ApplicationScoped
public class DemoAccounts {
  private static final Logger LOG = Logger.getLogger(DemoAccounts.class);

  /** Đắk Lắk on the current map. */
  static final String DAK_LAK = "66";

  /** Lâm Đồng on the current map. */
  static final String LAM_DONG = "68";

  /** A commune of Đắk Lắk on the current map. */
  static final String DAK_LAK_COMMUNE = "24133";

  /** The demo accounts; the launcher and the README list the same. */
  public static final List<DemoAccount> ACCOUNTS =
      List.of(
          new DemoAccount("admin", Roles.ADMIN, null, null),
          new DemoAccount("ntm.officer", Roles.NATIONAL_OFFICER, null, null),
          new DemoAccount("daklak.officer", Roles.PROVINCE_OFFICER, DAK_LAK, null),
          new DemoAccount("lamdong.officer", Roles.PROVINCE_OFFICER, LAM_DONG, null),
          new DemoAccount("daklak.commune", Roles.COMMUNE_OFFICER, DAK_LAK, DAK_LAK_COMMUNE),
          new DemoAccount("daklak.chair", Roles.COUNCIL_MEMBER, DAK_LAK, null),
          new DemoAccount("daklak.member1", Roles.COUNCIL_MEMBER, DAK_LAK, null),
          new DemoAccount("daklak.member2", Roles.COUNCIL_MEMBER, DAK_LAK, null),
          new DemoAccount("daklak.advisor", Roles.ADVISOR, DAK_LAK, null),
          new DemoAccount("htx.eatu", Roles.SUBJECT_MEMBER, DAK_LAK, null));

  /** One demo account: a single role, and the province and commune it is bound to. */
  public record DemoAccount(
      String username, String role, String provinceCode, String communeCode) {}

  private final DemoConfig config;
  private final Accounts accounts;
  private final Passwords passwords;

  DemoAccounts(DemoConfig config, Accounts accounts, Passwords passwords) {
    this.config = config;
    this.accounts = accounts;
    this.passwords = passwords;
  }

  void seedAtStart(@Observes StartupEvent event) {
    String password = config.password().filter(p -> !p.isBlank()).orElse(null);
    if (password == null) {
      return;
    }
    QuarkusTransaction.requiringNew().run(() -> upsertAll(password));
    LOG.warnf(
        "%d demo accounts are enabled (ocop.demo.password is set): never set it in production",
        ACCOUNTS.size());
  }

  /**
   * The demo accounts share one password by design, so they share one bcrypt hash too: a start then
   * costs one bcrypt check (and one hash when the password changed) rather than one per account,
   * each costing a fraction of a second.
   */
  private void upsertAll(String password) {
    Map<String, Account> existing = new LinkedHashMap<>();
    for (DemoAccount demo : ACCOUNTS) {
      Account account = accounts.findById(demo.username());
      if (account != null) {
        existing.put(demo.username(), account);
      }
    }
    String hash =
        existing.values().stream()
            .map(account -> account.passwordHash)
            .distinct()
            .filter(candidate -> passwords.matches(password, candidate))
            .findFirst()
            .orElseGet(() -> passwords.hash(password));
    for (DemoAccount demo : ACCOUNTS) {
      Account account = existing.get(demo.username());
      boolean created = account == null;
      if (created) {
        account = new Account();
        account.username = demo.username();
      }
      account.passwordHash = hash;
      account.roles = new ArrayList<>(List.of(demo.role()));
      account.provinceCode = demo.provinceCode();
      account.communeCode = demo.communeCode();
      // A subject is bound to htx.eatu once the registry knows the cooperative (a later issue).
      account.subjectId = null;
      account.enabled = true;
      if (created) {
        accounts.persist(account);
      }
    }
  }
}
