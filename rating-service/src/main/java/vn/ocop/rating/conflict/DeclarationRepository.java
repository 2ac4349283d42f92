package vn.ocop.rating.conflict;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class DeclarationRepository implements PanacheRepositoryBase<ConflictDeclaration, UUID> {

  /**
   * Every member's declaration on the dossier that counts, in one query: the scoring code asks for
   * all of them on every sheet, and one query per member was most of a sheet's cost.
   */
  public Map<String, ConflictDeclaration> latestByMember(UUID dossierId) {
    Map<String, ConflictDeclaration> latest = new HashMap<>();
    for (ConflictDeclaration declaration :
        list("dossierId = ?1", Sort.ascending("memberUsername", "revision"), dossierId)) {
      latest.put(declaration.memberUsername(), declaration);
    }
    return latest;
  }

  /**
   * A session's declarations, every revision, by dossier, member and revision.
   *
   * @param username only this member's; null for everyone's
   */
  public List<ConflictDeclaration> ofSession(UUID sessionId, String username) {
    Parameters parameters = Parameters.with("session", sessionId);
    String where = "sessionId = :session";
    if (username != null) {
      where += " and memberUsername = :member";
      parameters = parameters.and("member", username);
    }
    return list(where, Sort.ascending("dossierId", "memberUsername", "revision"), parameters);
  }
}
