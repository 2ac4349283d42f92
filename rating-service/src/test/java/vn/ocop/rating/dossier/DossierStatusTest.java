package vn.ocop.rating.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ocop.platform.problem.ProblemException;

/** The dossier's state machine: every pair of the 9×9 table against the documented moves. */
class DossierStatusTest {
  private static final Map<DossierStatus, Set<DossierStatus>> ALLOWED =
      Map.of(
          DossierStatus.DRAFT, Set.of(DossierStatus.SUBMITTED, DossierStatus.WITHDRAWN),
          DossierStatus.SUBMITTED,
              Set.of(DossierStatus.RETURNED, DossierStatus.IN_EVALUATION, DossierStatus.WITHDRAWN),
          DossierStatus.RETURNED, Set.of(DossierStatus.SUBMITTED, DossierStatus.WITHDRAWN),
          DossierStatus.IN_EVALUATION, Set.of(DossierStatus.EVALUATED),
          DossierStatus.EVALUATED,
              Set.of(
                  DossierStatus.FORWARDED, DossierStatus.RECOGNISED, DossierStatus.NOT_RECOGNISED),
          DossierStatus.FORWARDED, Set.of(DossierStatus.RECOGNISED, DossierStatus.NOT_RECOGNISED),
          DossierStatus.RECOGNISED, Set.of(),
          DossierStatus.NOT_RECOGNISED, Set.of(),
          DossierStatus.WITHDRAWN, Set.of());

  static List<Arguments> everyPair() {
    List<Arguments> pairs = new ArrayList<>();
    for (DossierStatus from : DossierStatus.values()) {
      for (DossierStatus to : DossierStatus.values()) {
        pairs.add(Arguments.of(from, to, ALLOWED.get(from).contains(to)));
      }
    }
    return pairs;
  }

  @ParameterizedTest(name = "{0} → {1}: {2}")
  @MethodSource("everyPair")
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

  @ParameterizedTest(name = "{0} editable: {1}")
  @CsvSource({
    "DRAFT, true",
    "RETURNED, true",
    "SUBMITTED, false",
    "IN_EVALUATION, false",
    "EVALUATED, false",
    "FORWARDED, false",
    "RECOGNISED, false",
    "NOT_RECOGNISED, false",
    "WITHDRAWN, false"
  })
  void onlyDraftsAndReturnedDossiersAreEditable(DossierStatus status, boolean editable) {
    assertThat(status.isEditable()).isEqualTo(editable);
  }

  @ParameterizedTest(name = "a refused move to {0} answers {1}")
  @CsvSource({
    "DRAFT, DOSSIER_NOT_DRAFT",
    "SUBMITTED, DOSSIER_NOT_EDITABLE",
    "RETURNED, DOSSIER_NOT_SUBMITTED",
    "IN_EVALUATION, DOSSIER_NOT_SUBMITTED",
    "EVALUATED, DOSSIER_NOT_IN_EVALUATION",
    "FORWARDED, DOSSIER_NOT_EVALUATED",
    "RECOGNISED, DOSSIER_NOT_EVALUATED",
    "NOT_RECOGNISED, DOSSIER_NOT_EVALUATED",
    "WITHDRAWN, DOSSIER_NOT_WITHDRAWABLE"
  })
  void refusedMovesHaveStableCodes(DossierStatus target, String code) {
    assertThat(DossierStatus.refusalCode(target)).isEqualTo(code);
  }
}
