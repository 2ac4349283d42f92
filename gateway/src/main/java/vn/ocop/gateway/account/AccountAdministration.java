package vn.ocop.gateway.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import vn.ocop.gateway.auth.LoginAttempts;
import vn.ocop.gateway.auth.RefreshTokens;
import vn.ocop.gateway.auth.Sessions;
import vn.ocop.gateway.auth.TokenIssuer;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;

/**
 * Account administration (quản trị tài khoản). An admin manages every account; a province officer
 * the accounts of their own province whose roles are all among {@link #PROVINCE_ASSIGNABLE}. An
 * account outside the caller's province answers 404 (as a foreign record does everywhere); one in
 * it with a role the officer may not manage answers 403. Any change of roles, scope, password or
 * enabled state revokes the account's refresh tokens: its next access token is issued afresh.
 */
@ApplicationScoped
public class AccountAdministration {
  private static final Logger LOG = Logger.getLogger(AccountAdministration.class);

  /** The roles a province officer may give and manage. */
  public static final Set<String> PROVINCE_ASSIGNABLE =
      Set.of(Roles.COMMUNE_OFFICER, Roles.COUNCIL_MEMBER, Roles.ADVISOR, Roles.SUBJECT_MEMBER);

  private final Accounts accounts;
  private final Passwords passwords;
  private final PasswordPolicy policy;
  private final RefreshTokens refreshTokens;
  private final LoginAttempts attempts;
  private final Sessions sessions;
  private final EntityManager entityManager;
  private final JsonWebToken jwt;

  AccountAdministration(
      Accounts accounts,
      Passwords passwords,
      PasswordPolicy policy,
      RefreshTokens refreshTokens,
      LoginAttempts attempts,
      Sessions sessions,
      EntityManager entityManager,
      JsonWebToken jwt) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.policy = policy;
    this.refreshTokens = refreshTokens;
    this.attempts = attempts;
    this.sessions = sessions;
    this.entityManager = entityManager;
    this.jwt = jwt;
  }

  /** Filters of the account list. */
  public record Filter(String role, String provinceCode, Boolean enabled, String q) {}

  @Transactional
  public AccountView create(AccountRequests.Create request, Caller caller) {
    requireAdministrator(caller);
    String province = provinceFor(caller, request.provinceCode());
    requireAssignable(caller, request.roles());
    RoleBinding.check(request.roles(), province, request.communeCode(), request.subjectId());
    policy.check("password", request.username(), request.password());
    if (accounts.findById(request.username()) != null) {
      throw ProblemException.conflict(
          "ACCOUNT_USERNAME_TAKEN", "An account named " + request.username() + " exists");
    }
    Account account = new Account();
    account.username = request.username();
    account.passwordHash = passwords.hash(request.password());
    account.roles = new ArrayList<>(new LinkedHashSet<>(request.roles()));
    account.provinceCode = province;
    account.communeCode = request.communeCode();
    account.subjectId = request.subjectId();
    account.enabled = request.enabled() == null || request.enabled();
    accounts.persist(account);
    entityManager.flush();
    LOG.infof(
        "account %s created by %s with roles %s",
        account.username, caller.username(), account.roles);
    return AccountView.from(account, null);
  }

  @Transactional
  public Page<AccountView> list(Filter filter, PageQuery page, Caller caller) {
    requireAdministrator(caller);
    StringBuilder where = new StringBuilder(" where true");
    Map<String, Object> parameters = new HashMap<>();
    if (!caller.hasRole(Roles.ADMIN)) {
      where.append(" and a.province_code = :own and a.roles <@ cast(:assignable as text[])");
      parameters.put("own", caller.provinceCode());
      parameters.put("assignable", "{" + String.join(",", PROVINCE_ASSIGNABLE) + "}");
    }
    if (filter.role() != null) {
      where.append(" and :role = any(a.roles)");
      parameters.put("role", filter.role());
    }
    if (filter.provinceCode() != null) {
      where.append(" and a.province_code = :province");
      parameters.put("province", filter.provinceCode());
    }
    if (filter.enabled() != null) {
      where.append(" and a.enabled = :enabled");
      parameters.put("enabled", filter.enabled());
    }
    if (filter.q() != null && !filter.q().isBlank()) {
      where.append(" and strpos(a.username, :q) > 0");
      parameters.put("q", filter.q().strip().toLowerCase(java.util.Locale.ROOT));
    }
    var count = entityManager.createNativeQuery("select count(*) from account a" + where);
    var select =
        entityManager.createNativeQuery(
            "select a.* from account a" + where + " order by a.username", Account.class);
    parameters.forEach(
        (name, value) -> {
          count.setParameter(name, value);
          select.setParameter(name, value);
        });
    long total = ((Number) count.getSingleResult()).longValue();
    @SuppressWarnings("unchecked")
    List<Account> rows =
        select.setFirstResult(page.offset()).setMaxResults(page.pageSize()).getResultList();
    Map<String, OffsetDateTime> locks = locks(rows.stream().map(a -> a.username).toList());
    return Page.of(
        rows.stream().map(a -> AccountView.from(a, locks.get(a.username))).toList(), total, page);
  }

  @Transactional
  public AccountView get(String username, Caller caller) {
    Account account = manageable(username, caller);
    return AccountView.from(account, locks(List.of(username)).get(username));
  }

  /**
   * Replaces roles, scope and enabled state.
   *
   * @param ifMatch the version from If-Match, or null (then the body's version is required)
   */
  @Transactional
  public AccountView update(
      String username, AccountRequests.Update request, Long ifMatch, Caller caller) {
    Account account = manageable(username, caller);
    Long expected = ifMatch != null ? ifMatch : request.version();
    if (expected == null) {
      throw new ProblemException(
          428,
          "ACCOUNT_VERSION_REQUIRED",
          "Precondition required",
          "Send the version you read, as If-Match or in the body");
    }
    if (expected != account.version) {
      throw ProblemException.conflict(
          "ACCOUNT_VERSION_CONFLICT",
          "The account changed since version " + expected + "; read it again");
    }
    String province = provinceFor(caller, request.provinceCode());
    requireAssignable(caller, request.roles());
    RoleBinding.check(request.roles(), province, request.communeCode(), request.subjectId());
    if (caller.username().equals(username)
        && (!request.enabled() || !request.roles().containsAll(account.roles))) {
      throw ProblemException.conflict(
          "ACCOUNT_SELF_DEMOTION", "You cannot disable your own account or drop your own roles");
    }
    List<String> roles = new ArrayList<>(new LinkedHashSet<>(request.roles()));
    boolean scopeChanged =
        !Set.copyOf(roles).equals(Set.copyOf(account.roles))
            || !Objects.equals(province, account.provinceCode)
            || !Objects.equals(request.communeCode(), account.communeCode)
            || !Objects.equals(request.subjectId(), account.subjectId);
    boolean disabled = account.enabled && !request.enabled();
    account.roles = roles;
    account.provinceCode = province;
    account.communeCode = request.communeCode();
    account.subjectId = request.subjectId();
    account.enabled = request.enabled();
    account.updatedAt = now();
    if (scopeChanged || disabled) {
      int revoked =
          refreshTokens.revokeAccount(username, disabled ? "account disabled" : "scope changed");
      LOG.infof(
          "account %s updated by %s (roles %s, province %s, enabled %s): %d refresh tokens revoked",
          username, caller.username(), roles, province, account.enabled, revoked);
    }
    entityManager.flush();
    return AccountView.from(account, locks(List.of(username)).get(username));
  }

  /** An administrator sets a new password; every sign-in of the account ends. */
  @Transactional
  public void resetPassword(String username, String password, Caller caller) {
    Account account = manageable(username, caller);
    policy.check("password", username, password);
    setPassword(account, password, "password reset");
    attempts.clear(LoginAttempts.key(username));
    LOG.infof("password of %s reset by %s", username, caller.username());
  }

  /** The holder changes their own password, proving the current one first. */
  @Transactional
  public void changeOwnPassword(
      AccountRequests.PasswordChange request, Caller caller, String client) {
    Account account = caller.username() == null ? null : accounts.findById(caller.username());
    if (account == null || isClient(caller)) {
      throw ProblemException.notFound("Account", caller.username());
    }
    sessions.checkPassword(account, request.currentPassword(), client);
    policy.check("password", account.username, request.password());
    if (passwords.matches(request.password(), account.passwordHash)) {
      throw ProblemException.invalidField(
          "password", "unchanged", "The new password must differ from the current one");
    }
    setPassword(account, request.password(), "password changed");
    LOG.infof("password of %s changed by its holder", account.username);
  }

  /** Lifts a lockout before it runs out. */
  @Transactional
  public AccountView unlock(String username, Caller caller) {
    Account account = manageable(username, caller);
    attempts.clear(LoginAttempts.key(username));
    LOG.infof("account %s unlocked by %s", username, caller.username());
    return AccountView.from(account, null);
  }

  private void setPassword(Account account, String password, String reason) {
    account.passwordHash = passwords.hash(password);
    account.passwordChangedAt = now();
    account.updatedAt = account.passwordChangedAt;
    refreshTokens.revokeAccount(account.username, reason);
  }

  /**
   * The account, if the caller may manage it: 404 outside their province, 403 beyond their roles.
   */
  private Account manageable(String username, Caller caller) {
    requireAdministrator(caller);
    Account account = accounts.findById(username);
    if (account == null) {
      throw ProblemException.notFound("Account", username);
    }
    if (caller.hasRole(Roles.ADMIN)) {
      return account;
    }
    if (account.provinceCode == null || !account.provinceCode.equals(caller.provinceCode())) {
      throw ProblemException.notFound("Account", username);
    }
    if (!PROVINCE_ASSIGNABLE.containsAll(account.roles)) {
      throw new ProblemException(
          403,
          "ACCOUNT_NOT_MANAGEABLE",
          "Forbidden",
          "A province officer manages commune officers, council members, advisors and subject"
              + " members only");
    }
    return account;
  }

  /** The province of a created or updated account: a province officer's own, unless national. */
  private static String provinceFor(Caller caller, String requested) {
    if (caller.hasRole(Roles.ADMIN)) {
      return requested;
    }
    return caller.writableProvince(requested);
  }

  private static void requireAssignable(Caller caller, List<String> roles) {
    if (caller.hasRole(Roles.ADMIN)) {
      return;
    }
    for (String role : roles) {
      if (!PROVINCE_ASSIGNABLE.contains(role)) {
        throw new ProblemException(
            403,
            "ACCOUNT_ROLE_NOT_ASSIGNABLE",
            "Forbidden",
            "A province officer may not give the role " + role);
      }
    }
  }

  /** Machine clients manage no accounts, whatever their roles. */
  private void requireAdministrator(Caller caller) {
    boolean mayManage = caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.PROVINCE_OFFICER);
    if (!mayManage || isClient(caller)) {
      throw new ProblemException(
          403, "FORBIDDEN", "Forbidden", "Your role does not allow this operation");
    }
  }

  private boolean isClient(Caller caller) {
    return jwt.containsClaim(TokenIssuer.CLIENT_CLAIM);
  }

  private Map<String, OffsetDateTime> locks(List<String> usernames) {
    Map<String, OffsetDateTime> locks = new HashMap<>();
    if (usernames.isEmpty()) {
      return locks;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select username_key, locked_until from login_attempt"
                    + " where username_key in (:keys) and locked_until > now()")
            .setParameter("keys", usernames)
            .getResultList();
    for (Object[] row : rows) {
      locks.put((String) row[0], toOffset(row[1]));
    }
    return locks;
  }

  private static OffsetDateTime toOffset(Object value) {
    if (value instanceof OffsetDateTime offset) {
      return offset;
    }
    if (value instanceof java.time.Instant instant) {
      return instant.atOffset(ZoneOffset.UTC);
    }
    if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toInstant().atOffset(ZoneOffset.UTC);
    }
    return null;
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
