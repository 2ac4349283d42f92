package vn.ocop.rating.routing;

import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;
import vn.ocop.rating.dossier.Dossier;
import vn.ocop.rating.rules.EvaluationLevel;

/**
 * Who may act on a dossier of a level: the province's officers see a CENTRAL dossier of their
 * province (their product is being evaluated there) but only national accounts act on it, since the
 * Ministry runs the central round.
 */
public final class LevelScope {
  private LevelScope() {}

  /**
   * Fails with 403 when a province officer would act on a CENTRAL dossier; the caller has already
   * passed the province scope check (else 404).
   */
  public static void requireMayAct(Dossier dossier, Caller caller) {
    if (dossier.evaluationLevel() == EvaluationLevel.CENTRAL && !caller.isNational()) {
      throw new ProblemException(
          403,
          "FORBIDDEN",
          "Forbidden",
          "Dossier "
              + dossier.id()
              + " is evaluated at the CENTRAL level (trung ương); only national accounts act on"
              + " it, the province reads it");
    }
  }
}
