package vn.ocop.rating.scoring;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ScoreSheetRepository implements PanacheRepositoryBase<ScoreSheet, UUID> {

  /** A member's sheet of one round. */
  public Optional<ScoreSheet> of(UUID dossierId, String memberUsername, int scoringRound) {
    return find(
            "dossierId = ?1 and memberUsername = ?2 and scoringRound = ?3",
            dossierId,
            memberUsername,
            scoringRound)
        .firstResultOptional();
  }

  /** The sheets of one round, oldest first. */
  public List<ScoreSheet> ofRound(UUID dossierId, int scoringRound) {
    return list(
        "dossierId = ?1 and scoringRound = ?2",
        Sort.ascending("submittedAt").and("memberUsername"),
        dossierId,
        scoringRound);
  }

  /** Every sheet of the dossier, every round. */
  public List<ScoreSheet> ofDossier(UUID dossierId) {
    return list("dossierId", Sort.ascending("scoringRound").and("submittedAt"), dossierId);
  }
}
