package vn.ocop.rating.routing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import vn.ocop.platform.security.Caller;
import vn.ocop.rating.dossier.Dossier;
import vn.ocop.rating.dossier.DossierAccess;
import vn.ocop.rating.dossier.DossierRepository;
import vn.ocop.rating.recognition.RecognitionDecisionRepository;

/** A product's dossiers across levels in one cycle round, for officers following its route. */
@ApplicationScoped
public class ChainService {
  private final DossierAccess access;
  private final DossierRepository dossiers;
  private final RecognitionDecisionRepository decisions;
  private final RoutingHistory history;

  ChainService(
      DossierAccess access,
      DossierRepository dossiers,
      RecognitionDecisionRepository decisions,
      RoutingHistory history) {
    this.access = access;
    this.dossiers = dossiers;
    this.decisions = decisions;
    this.history = history;
  }

  /** The chain of a dossier an officer may see (404 otherwise), lowest level first. */
  public DossierChainResponse chain(UUID id, Caller caller) {
    Dossier dossier = access.forOfficer(id, caller);
    List<Dossier> levels =
        dossiers
            .list("cycleId = ?1 and productId = ?2", dossier.cycleId(), dossier.productId())
            .stream()
            .sorted(Comparator.comparing(Dossier::evaluationLevel))
            .toList();
    List<RoutingEvent> events = history.of(levels.stream().map(Dossier::id).toList());
    return new DossierChainResponse(
        dossier.cycleId(),
        dossier.productId(),
        dossier.productName(),
        dossier.provinceCode(),
        dossier.ruleSetVersion(),
        levels.stream()
            .map(
                level ->
                    DossierLevelResponse.from(
                        level,
                        decisions.ofDossier(level.id()).orElse(null),
                        events.stream().filter(e -> e.dossierId().equals(level.id())).toList()))
            .toList());
  }
}
