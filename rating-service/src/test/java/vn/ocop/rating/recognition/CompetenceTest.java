package vn.ocop.rating.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.rating.rules.EvaluationLevel;
import vn.ocop.rating.rules.RuleSets;

/**
 * Who decides on a result: the table of deciding level × level of the result × star class × outcome
 * under both shipped rule sets. "ok" means the decision is allowed.
 */
class CompetenceTest {
  static final RuleSets SHIPPED =
      new RuleSets(
          RuleSets.load("rules/rule-sets.json", new ObjectMapper().findAndRegisterModules()));

  @ParameterizedTest(name = "{0}: {1} on a {2} result of {3}★, {4} → {5}")
  @CsvSource({
    // After Decision 1489: province 3★ and 4★, centre 5★.
    "QD148-2023+QD1489-2025, PROVINCE, PROVINCE, 4, RECOGNISED, ok",
    "QD148-2023+QD1489-2025, PROVINCE, PROVINCE, 3, RECOGNISED, ok",
    "QD148-2023+QD1489-2025, PROVINCE, PROVINCE, 3, NOT_RECOGNISED, ok",
    "QD148-2023+QD1489-2025, PROVINCE, PROVINCE, 5, RECOGNISED, LEVEL_NOT_COMPETENT",
    "QD148-2023+QD1489-2025, PROVINCE, PROVINCE, 5, NOT_RECOGNISED, LEVEL_NOT_COMPETENT",
    "QD148-2023+QD1489-2025, PROVINCE, PROVINCE, 2, RECOGNISED, NOT_RECOGNISABLE",
    "QD148-2023+QD1489-2025, PROVINCE, PROVINCE, 2, NOT_RECOGNISED, ok",
    "QD148-2023+QD1489-2025, CENTRAL, CENTRAL, 5, RECOGNISED, ok",
    "QD148-2023+QD1489-2025, CENTRAL, CENTRAL, 5, NOT_RECOGNISED, ok",
    "QD148-2023+QD1489-2025, CENTRAL, CENTRAL, 4, RECOGNISED, LEVEL_NOT_COMPETENT",
    "QD148-2023+QD1489-2025, CENTRAL, CENTRAL, 4, NOT_RECOGNISED, LEVEL_NOT_COMPETENT",
    "QD148-2023+QD1489-2025, CENTRAL, CENTRAL, 1, NOT_RECOGNISED, ok",
    // The centre's 4★ comes back to the province, which forwarded it.
    "QD148-2023+QD1489-2025, PROVINCE, CENTRAL, 4, RECOGNISED, ok",
    "QD148-2023+QD1489-2025, PROVINCE, CENTRAL, 5, RECOGNISED, LEVEL_NOT_COMPETENT",
    "QD148-2023+QD1489-2025, PROVINCE, CENTRAL, 2, NOT_RECOGNISED, ok",
    // Decision 148 as issued: district 3★, province 4★, centre 5★.
    "QD148-2023, DISTRICT, DISTRICT, 3, RECOGNISED, ok",
    "QD148-2023, DISTRICT, DISTRICT, 4, RECOGNISED, LEVEL_NOT_COMPETENT",
    "QD148-2023, PROVINCE, PROVINCE, 4, RECOGNISED, ok",
    "QD148-2023, PROVINCE, PROVINCE, 3, RECOGNISED, LEVEL_NOT_COMPETENT",
    "QD148-2023, DISTRICT, PROVINCE, 3, RECOGNISED, ok",
    "QD148-2023, PROVINCE, CENTRAL, 4, RECOGNISED, ok",
    "QD148-2023, CENTRAL, CENTRAL, 5, RECOGNISED, ok",
  })
  void theCompetentLevelDecides(
      String version,
      EvaluationLevel deciding,
      EvaluationLevel resultLevel,
      int stars,
      DecisionOutcome outcome,
      String expected) {
    var check =
        (org.assertj.core.api.ThrowableAssert.ThrowingCallable)
            () ->
                Competence.check(SHIPPED.byVersion(version), deciding, resultLevel, stars, outcome);
    if (expected.equals("ok")) {
      assertThatCode(check).doesNotThrowAnyException();
    } else {
      assertThatThrownBy(check)
          .isInstanceOfSatisfying(
              ProblemException.class,
              e -> {
                assertThat(e.status()).isEqualTo(409);
                assertThat(e.code()).isEqualTo(expected);
              });
    }
  }

  @ParameterizedTest(name = "{0} deciding on a {1} result of {2}★ says: {3}")
  @CsvSource({
    "PROVINCE, PROVINCE, 5, forward the dossier",
    "PROVINCE, CENTRAL, 5, the upper level decides",
    "CENTRAL, CENTRAL, 4, goes back to the PROVINCE level",
  })
  void theRefusalSaysWhereTheDecisionBelongs(
      EvaluationLevel deciding, EvaluationLevel resultLevel, int stars, String hint) {
    assertThatThrownBy(
            () ->
                Competence.check(
                    SHIPPED.byVersion("QD148-2023+QD1489-2025"),
                    deciding,
                    resultLevel,
                    stars,
                    DecisionOutcome.RECOGNISED))
        .hasMessageContaining(hint);
  }
}
