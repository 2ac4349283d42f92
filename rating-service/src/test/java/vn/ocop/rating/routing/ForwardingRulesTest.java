package vn.ocop.rating.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.rating.rules.EvaluationLevel;
import vn.ocop.rating.rules.LevelForwarding;
import vn.ocop.rating.rules.RuleSet;
import vn.ocop.rating.rules.RuleSets;

/**
 * Which results go up a level under the shipped rule sets (Decision 148, and as amended by 1489).
 */
class ForwardingRulesTest {
  static final RuleSets SHIPPED =
      new RuleSets(
          RuleSets.load("rules/rule-sets.json", new ObjectMapper().findAndRegisterModules()));

  @ParameterizedTest(name = "{0}: {1} with {2} goes to {3}")
  @CsvSource({
    "QD148-2023, DISTRICT, 75, PROVINCE, 70",
    "QD148-2023, DISTRICT, 70, PROVINCE, 70",
    "QD148-2023, PROVINCE, 90, CENTRAL, 90",
    "QD148-2023+QD1489-2025, PROVINCE, 92, CENTRAL, 90",
    "QD148-2023+QD1489-2025, PROVINCE, 100, CENTRAL, 90",
  })
  void aResultReachingTheThresholdGoesToTheNextLevel(
      String version, EvaluationLevel from, BigDecimal average, EvaluationLevel to, int threshold) {
    LevelForwarding rule = Forwarding.require(SHIPPED.byVersion(version), from, average);
    assertThat(rule.fromLevel()).isEqualTo(from);
    assertThat(rule.toLevel()).isEqualTo(to);
    assertThat(rule.minScore()).isEqualByComparingTo(BigDecimal.valueOf(threshold));
  }

  @ParameterizedTest(name = "{0}: {1} with {2} stays")
  @CsvSource({
    "QD148-2023, DISTRICT, 69.99, 70",
    "QD148-2023, PROVINCE, 89.99, 90",
    "QD148-2023+QD1489-2025, PROVINCE, 86, 90",
    "QD148-2023+QD1489-2025, PROVINCE, 89.99, 90",
  })
  void aResultBelowTheThresholdIsNotForwardedAndTheDetailNamesIt(
      String version, EvaluationLevel from, BigDecimal average, String threshold) {
    assertThatThrownBy(() -> Forwarding.require(SHIPPED.byVersion(version), from, average))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.status()).isEqualTo(409);
              assertThat(e.code()).isEqualTo("NOT_FORWARDABLE");
              assertThat(e.getMessage()).contains("threshold of " + threshold);
            });
  }

  @ParameterizedTest(name = "{0}: nothing above {1}")
  @CsvSource({"QD148-2023, CENTRAL", "QD148-2023+QD1489-2025, CENTRAL"})
  void nothingIsForwardedFromTheTop(String version, EvaluationLevel from) {
    RuleSet ruleSet = SHIPPED.byVersion(version);
    assertThatThrownBy(() -> Forwarding.require(ruleSet, from, new BigDecimal("99")))
        .isInstanceOfSatisfying(
            ProblemException.class, e -> assertThat(e.code()).isEqualTo("NOT_FORWARDABLE"));
  }
}
