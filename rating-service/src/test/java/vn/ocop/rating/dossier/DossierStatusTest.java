package vn.ocop.rating.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ocop.platform.problem.ProblemException;

/** The dossier's state machine, move by move. */
class DossierStatusTest {

  @ParameterizedTest(name = "{0} → {1}: {2}")
  @CsvSource({
    "SUBMITTED, IN_EVALUATION, true",
    "SUBMITTED, EVALUATED, false",
    "SUBMITTED, RECOGNISED, false",
    "SUBMITTED, NOT_RECOGNISED, false",
    "SUBMITTED, SUBMITTED, false",
    "IN_EVALUATION, EVALUATED, true",
    "IN_EVALUATION, IN_EVALUATION, false",
    "IN_EVALUATION, RECOGNISED, false",
    "IN_EVALUATION, SUBMITTED, false",
    "EVALUATED, RECOGNISED, true",
    "EVALUATED, NOT_RECOGNISED, true",
    "EVALUATED, IN_EVALUATION, false",
    "EVALUATED, EVALUATED, false",
    "RECOGNISED, NOT_RECOGNISED, false",
    "RECOGNISED, EVALUATED, false",
    "RECOGNISED, RECOGNISED, false",
    "NOT_RECOGNISED, RECOGNISED, false",
    "NOT_RECOGNISED, SUBMITTED, false"
  })
  void onlyTheDocumentedMovesAreAllowed(DossierStatus from, DossierStatus to, boolean allowed) {
    assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    if (allowed) {
      assertThat(from.moveTo(to)).isEqualTo(to);
    } else {
      assertThatThrownBy(() -> from.moveTo(to))
          .isInstanceOfSatisfying(
              ProblemException.class,
              e -> {
                assertThat(e.status()).isEqualTo(409);
                assertThat(e.code()).isEqualTo(DossierStatus.refusalCode(to));
              });
    }
  }

  @ParameterizedTest(name = "a refused move to {0} answers {1}")
  @CsvSource({
    "SUBMITTED, DOSSIER_NOT_RESUBMITTABLE",
    "IN_EVALUATION, DOSSIER_NOT_SUBMITTED",
    "EVALUATED, DOSSIER_NOT_IN_EVALUATION",
    "RECOGNISED, DOSSIER_NOT_EVALUATED",
    "NOT_RECOGNISED, DOSSIER_NOT_EVALUATED"
  })
  void refusedMovesHaveStableCodes(DossierStatus target, String code) {
    assertThat(DossierStatus.refusalCode(target)).isEqualTo(code);
  }
}
