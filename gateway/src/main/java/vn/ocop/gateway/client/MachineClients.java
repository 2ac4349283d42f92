package vn.ocop.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Roles;

/**
 * Machine clients: created, listed, disabled and given a new secret by an admin; authenticated by
 * the client credentials grant. A secret carries 256 random bits and is stored as a SHA-256 only.
 */
@ApplicationScoped
public class MachineClients {
  private static final Logger LOG = Logger.getLogger(MachineClients.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The roles a machine may act with: reading and reporting, never administration. */
  static final Set<String> CLIENT_ROLES = Set.of(Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER);

  private final EntityManager entityManager;

  MachineClients(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Transactional
  public ClientViews.View create(ClientViews.Create request) {
    List<FieldError> errors = new ArrayList<>();
    for (String role : request.roles()) {
      if (!CLIENT_ROLES.contains(role)) {
        errors.add(
            new FieldError(
                "roles",
                "clientRole",
                "A machine client may be national-officer or province-officer"));
      }
    }
    boolean provincial = request.roles().contains(Roles.PROVINCE_OFFICER);
    if (provincial && request.roles().contains(Roles.NATIONAL_OFFICER)) {
      errors.add(
          new FieldError("roles", "mixed", "National and province roles cannot be combined"));
    }
    if (provincial && request.provinceCode() == null) {
      errors.add(new FieldError("provinceCode", "required", "A province officer needs a province"));
    }
    if (!provincial && request.provinceCode() != null) {
      errors.add(new FieldError("provinceCode", "none", "National clients have no province"));
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(
          400,
          "VALIDATION_FAILED",
          "Invalid request",
          "The request breaks " + errors.size() + " rule(s)",
          errors);
    }
    if (entityManager.find(MachineClient.class, request.clientId()) != null) {
      throw ProblemException.conflict(
          "CLIENT_ID_TAKEN", "A machine client named " + request.clientId() + " exists");
    }
    String secret = newSecret();
    MachineClient client = new MachineClient();
    client.clientId = request.clientId();
    client.name = request.name();
    client.roles = new ArrayList<>(new LinkedHashSet<>(request.roles()));
    client.provinceCode = request.provinceCode();
    client.secretHash = hash(secret);
    entityManager.persist(client);
    entityManager.flush();
    LOG.infof("machine client %s created with roles %s", client.clientId, client.roles);
    return ClientViews.View.from(client, secret);
  }

  @Transactional
  public Page<ClientViews.View> list(PageQuery page) {
    long total =
        entityManager
            .createQuery("select count(c) from MachineClient c", Long.class)
            .getSingleResult();
    List<MachineClient> rows =
        entityManager
            .createQuery("select c from MachineClient c order by c.clientId", MachineClient.class)
            .setFirstResult(page.offset())
            .setMaxResults(page.pageSize())
            .getResultList();
    return Page.of(rows.stream().map(c -> ClientViews.View.from(c, null)).toList(), total, page);
  }

  @Transactional
  public ClientViews.View get(String clientId) {
    return ClientViews.View.from(find(clientId), null);
  }

  /** A disabled client gets no more tokens; those already issued expire within their lifetime. */
  @Transactional
  public ClientViews.View setEnabled(String clientId, boolean enabled) {
    MachineClient client = find(clientId);
    client.enabled = enabled;
    entityManager.flush();
    LOG.infof("machine client %s %s", clientId, enabled ? "enabled" : "disabled");
    return ClientViews.View.from(client, null);
  }

  /** A new secret; the old one stops working at once. */
  @Transactional
  public ClientViews.View rotateSecret(String clientId) {
    MachineClient client = find(clientId);
    String secret = newSecret();
    client.secretHash = hash(secret);
    client.secretRotatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    entityManager.flush();
    LOG.infof("machine client %s: secret rotated", clientId);
    return ClientViews.View.from(client, secret);
  }

  /** The enabled client with this id and secret, if any; compared in constant time. */
  @Transactional
  public Optional<MachineClient> authenticate(String clientId, String secret) {
    MachineClient client =
        clientId == null ? null : entityManager.find(MachineClient.class, clientId);
    byte[] presented = hash(secret == null ? "" : secret).getBytes(StandardCharsets.US_ASCII);
    byte[] stored =
        (client == null ? hash("") : client.secretHash).getBytes(StandardCharsets.US_ASCII);
    boolean matches = MessageDigest.isEqual(presented, stored) && client != null && secret != null;
    if (!matches || !client.enabled) {
      return Optional.empty();
    }
    entityManager.detach(client);
    return Optional.of(client);
  }

  private MachineClient find(String clientId) {
    MachineClient client = entityManager.find(MachineClient.class, clientId);
    if (client == null) {
      throw ProblemException.notFound("Machine client", clientId);
    }
    return client;
  }

  private static String newSecret() {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  static String hash(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
