package vn.ocop.rating.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rule sets shipped in rules/rule-sets.json, and the checks that guard the file. */
class RuleSetTest {
  static final String QD148 = "QD148-2023";
  static final String QD1489 = "QD148-2023+QD1489-2025";

  static final RuleSets SHIPPED =
      new RuleSets(
          RuleSets.load("rules/rule-sets.json", new ObjectMapper().findAndRegisterModules()));

  @ParameterizedTest(name = "{0} averaging {1} is {2}★")
  @CsvSource({
    "QD148-2023, 0, 1",
    "QD148-2023, 29.99, 1",
    "QD148-2023, 30, 2",
    "QD148-2023, 30.00, 2",
    "QD148-2023, 49.99, 2",
    "QD148-2023, 50, 3",
    "QD148-2023, 69.99, 3",
    "QD148-2023, 70, 4",
    "QD148-2023, 80.17, 4",
    "QD148-2023, 89.99, 4",
    "QD148-2023, 90, 5",
    "QD148-2023, 90.75, 5",
    "QD148-2023, 100, 5",
    "QD148-2023+QD1489-2025, 0.00, 1",
    "QD148-2023+QD1489-2025, 29.99, 1",
    "QD148-2023+QD1489-2025, 30, 2",
    "QD148-2023+QD1489-2025, 49.99, 2",
    "QD148-2023+QD1489-2025, 50, 3",
    "QD148-2023+QD1489-2025, 69.99, 3",
    "QD148-2023+QD1489-2025, 70, 4",
    "QD148-2023+QD1489-2025, 89.99, 4",
    "QD148-2023+QD1489-2025, 90, 5",
    "QD148-2023+QD1489-2025, 100.00, 5"
  })
  void starClassFollowsTheHalfOpenBands(String version, BigDecimal average, int stars) {
    assertThat(SHIPPED.byVersion(version).starClassFor(average)).isEqualTo(stars);
  }

  @ParameterizedTest(name = "{0} refuses an average of {1}")
  @CsvSource({"QD148-2023, -0.01", "QD148-2023, 100.01", "QD148-2023+QD1489-2025, 101"})
  void averagesOutsideZeroToHundredHaveNoStarClass(String version, BigDecimal average) {
    assertThatThrownBy(() -> SHIPPED.byVersion(version).starClassFor(average))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "{0}: {1}★ is recognised at {2}")
  @CsvSource({
    "QD148-2023, 1, ",
    "QD148-2023, 2, ",
    "QD148-2023, 3, DISTRICT",
    "QD148-2023, 4, PROVINCE",
    "QD148-2023, 5, CENTRAL",
    "QD148-2023+QD1489-2025, 1, ",
    "QD148-2023+QD1489-2025, 2, ",
    "QD148-2023+QD1489-2025, 3, PROVINCE",
    "QD148-2023+QD1489-2025, 4, PROVINCE",
    "QD148-2023+QD1489-2025, 5, CENTRAL"
  })
  void eachRecognisableStarClassHasOneCompetentLevel(
      String version, int stars, EvaluationLevel level) {
    RuleSet ruleSet = SHIPPED.byVersion(version);
    assertThat(ruleSet.competentLevel(stars)).isEqualTo(Optional.ofNullable(level));
    assertThat(ruleSet.isRecognisable(stars)).isEqualTo(level != null);
  }

  @ParameterizedTest(name = "on {0} the rule set in force is {1}")
  @CsvSource({
    "2023-02-23, ",
    "2023-02-24, QD148-2023",
    "2025-07-05, QD148-2023",
    "2025-07-06, QD148-2023+QD1489-2025",
    "2026-11-23, QD148-2023+QD1489-2025"
  })
  void exactlyOneRuleSetIsInForceOnAnyDayFromDecision148(LocalDate day, String version) {
    assertThat(SHIPPED.inForceOn(day).map(RuleSet::version))
        .isEqualTo(Optional.ofNullable(version));
  }

  @Test
  void bothShippedVersionsCertifyFor36MonthsFromThreeStars() {
    assertThat(SHIPPED.all())
        .extracting(
            RuleSet::version, RuleSet::certificateValidityMonths, RuleSet::minimumRecognisedStar)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(QD148, 36, 3),
            org.assertj.core.groups.Tuple.tuple(QD1489, 36, 3));
    assertThat(SHIPPED.byVersion(QD148).hasLevel(EvaluationLevel.DISTRICT)).isTrue();
    assertThat(SHIPPED.byVersion(QD1489).hasLevel(EvaluationLevel.DISTRICT)).isFalse();
    assertThat(SHIPPED.byVersion(QD1489).council().quorumPercent()).isEqualTo(75);
    assertThat(SHIPPED.byVersion(QD1489).council().quorumRequiresChair()).isTrue();
  }

  @ParameterizedTest(name = "{0}: from {1} a product scoring {3} or more goes to {2}")
  @CsvSource({
    "QD148-2023, DISTRICT, PROVINCE, 70",
    "QD148-2023, PROVINCE, CENTRAL, 90",
    "QD148-2023, CENTRAL, , ",
    "QD148-2023+QD1489-2025, PROVINCE, CENTRAL, 90",
    "QD148-2023+QD1489-2025, CENTRAL, , ",
    "QD148-2023+QD1489-2025, DISTRICT, , "
  })
  void forwardingThresholdsAreData(
      String version, EvaluationLevel from, EvaluationLevel to, BigDecimal minScore) {
    Optional<LevelForwarding> rule = SHIPPED.byVersion(version).forwardingFrom(from);
    assertThat(rule.map(LevelForwarding::toLevel)).isEqualTo(Optional.ofNullable(to));
    assertThat(rule.map(LevelForwarding::minScore).map(BigDecimal::stripTrailingZeros))
        .isEqualTo(Optional.ofNullable(minScore).map(BigDecimal::stripTrailingZeros));
  }

  @Test
  void onlyDecision1489HasTheCommunePreReviewAndBothUseTheCriteriaOf148() {
    assertThat(SHIPPED.byVersion(QD148).communePreReview()).isFalse();
    assertThat(SHIPPED.byVersion(QD1489).communePreReview()).isTrue();
    assertThat(SHIPPED.all()).extracting(RuleSet::criteriaVersion).containsOnly(QD148);
  }

  @Test
  void forwardingFromALevelTheRuleSetHasNotIsRefused() {
    assertThatThrownBy(
            () ->
                withForwarding(
                    List.of(
                        new LevelForwarding(
                            EvaluationLevel.DISTRICT, EvaluationLevel.PROVINCE, BigDecimal.TEN))))
        .isInstanceOf(InvalidRuleSetException.class)
        .hasMessageContaining("DISTRICT→PROVINCE names a level the rule set has not");
  }

  @ParameterizedTest(name = "forwarding at {0} is refused")
  @CsvSource({"-1", "100.01"})
  void forwardingScoresOutsideZeroToMaxAreRefused(BigDecimal minScore) {
    assertThatThrownBy(
            () ->
                withForwarding(
                    List.of(
                        new LevelForwarding(
                            EvaluationLevel.PROVINCE, EvaluationLevel.CENTRAL, minScore))))
        .isInstanceOf(InvalidRuleSetException.class)
        .hasMessageContaining("outside 0 to 100");
  }

  @Test
  void forwardingDownwardsIsRefused() {
    assertThatThrownBy(
            () ->
                withForwarding(
                    List.of(
                        new LevelForwarding(
                            EvaluationLevel.CENTRAL, EvaluationLevel.PROVINCE, BigDecimal.TEN))))
        .isInstanceOf(InvalidRuleSetException.class)
        .hasMessageContaining("does not go up");
  }

  @Test
  void aRuleSetWithoutCriteriaVersionIsRefused() {
    assertThatThrownBy(
            () ->
                new RuleSet(
                    "nocriteria",
                    "t",
                    List.of(),
                    LocalDate.parse("2025-07-06"),
                    null,
                    BigDecimal.valueOf(100),
                    bands148(),
                    3,
                    36,
                    levels1489(),
                    new CouncilRules(75, true, 10),
                    null,
                    List.of(),
                    true))
        .isInstanceOf(InvalidRuleSetException.class)
        .hasMessageContaining("criteriaVersion");
  }

  @Test
  void aGapBetweenBandsIsRefused() {
    List<StarBand> bands = bands("0-30", "30-50", "51-70", "70-90", "90-");
    assertThatThrownBy(() -> ruleSet("gap", bands, levels1489()))
        .isInstanceOf(InvalidRuleSetException.class)
        .hasMessageContaining("contiguous");
  }

  @Test
  void overlappingBandsAreRefused() {
    List<StarBand> bands = bands("0-30", "30-50", "45-70", "70-90", "90-");
    assertThatThrownBy(() -> ruleSet("overlap", bands, levels1489()))
        .isInstanceOf(InvalidRuleSetException.class)
        .hasMessageContaining("contiguous");
  }

  @Test
  void bandsThatDoNotStartAtZeroAreRefused() {
    List<StarBand> bands = bands("10-30", "30-50", "50-70", "70-90", "90-");
    assertThatThrownBy(() -> ruleSet("from10", bands, levels1489()))
        .isInstanceOf(InvalidRuleSetException.class)
        .hasMessageContaining("start at 0");
  }

  @Test
  void aClosedTopBandIsRefused() {
    List<StarBand> bands = bands("0-30", "30-50", "50-70", "70-90", "90-100");
    assertThatThrownBy(() -> ruleSet("closed", bands, levels1489()))
        .isInstanceOf(InvalidRuleSetException.class)
        .hasMessageContaining("open-ended");
  }

  @Test
  void aRecognisableStarClassWithoutACompetentLevelIsRefused() {
    List<LevelAuthority> levels =
        List.of(
            new LevelAuthority(EvaluationLevel.PROVINCE, List.of(3)),
            new LevelAuthority(EvaluationLevel.CENTRAL, List.of(5)));
    assertThatThrownBy(() -> ruleSet("no4", bands148(), levels))
        .isInstanceOf(InvalidRuleSetException.class)
        .hasMessageContaining("no level recognises 4★");
  }

  @Test
  void aStarClassRecognisedByTwoLevelsIsRefused() {
    List<LevelAuthority> levels =
        List.of(
            new LevelAuthority(EvaluationLevel.PROVINCE, List.of(3, 4, 5)),
            new LevelAuthority(EvaluationLevel.CENTRAL, List.of(5)));
    assertThatThrownBy(() -> ruleSet("twice", bands148(), levels))
        .isInstanceOf(InvalidRuleSetException.class)
        .hasMessageContaining("more than one level");
  }

  @Test
  void versionsInForceOnTheSameDayAreRefused() {
    RuleSet first =
        new RuleSet(
            "A",
            "A",
            List.of(),
            LocalDate.parse("2023-01-01"),
            LocalDate.parse("2025-07-06"),
            BigDecimal.valueOf(100),
            bands148(),
            3,
            36,
            levels1489(),
            new CouncilRules(75, true, null),
            QD148,
            List.of(),
            false);
    RuleSet second = ruleSet("B", bands148(), levels1489());
    assertThatThrownBy(() -> new RuleSets(List.of(first, second)))
        .isInstanceOf(InvalidRuleSetException.class)
        .hasMessageContaining("both in force on 2025-07-06");
  }

  @Test
  void aVersionDefinedTwiceIsRefused() {
    RuleSet once = ruleSet("same", bands148(), levels1489());
    assertThatThrownBy(() -> new RuleSets(List.of(once, once)))
        .isInstanceOf(InvalidRuleSetException.class)
        .hasMessageContaining("defined twice");
  }

  @Test
  void aMissingRuleSetFileStopsTheService() {
    assertThatThrownBy(() -> RuleSets.load("rules/none.json", new ObjectMapper()))
        .isInstanceOf(InvalidRuleSetException.class)
        .hasMessageContaining("not on the classpath");
  }

  private static RuleSet ruleSet(
      String version, List<StarBand> bands, List<LevelAuthority> levels) {
    return new RuleSet(
        version,
        version,
        List.of(),
        LocalDate.parse("2025-07-06"),
        null,
        BigDecimal.valueOf(100),
        bands,
        3,
        36,
        levels,
        new CouncilRules(75, true, 10),
        QD148,
        List.of(),
        true);
  }

  private static RuleSet withForwarding(List<LevelForwarding> forwarding) {
    return new RuleSet(
        "fw",
        "fw",
        List.of(),
        LocalDate.parse("2025-07-06"),
        null,
        BigDecimal.valueOf(100),
        bands148(),
        3,
        36,
        levels1489(),
        new CouncilRules(75, true, 10),
        QD148,
        forwarding,
        true);
  }

  private static List<StarBand> bands148() {
    return bands("0-30", "30-50", "50-70", "70-90", "90-");
  }

  private static List<LevelAuthority> levels1489() {
    return List.of(
        new LevelAuthority(EvaluationLevel.PROVINCE, List.of(3, 4)),
        new LevelAuthority(EvaluationLevel.CENTRAL, List.of(5)));
  }

  /** Bands written as "from-below", stars counted from 1. */
  private static List<StarBand> bands(String... ranges) {
    StarBand[] bands = new StarBand[ranges.length];
    for (int i = 0; i < ranges.length; i++) {
      String[] parts = ranges[i].split("-", -1);
      bands[i] =
          new StarBand(
              i + 1,
              new BigDecimal(parts[0]),
              parts[1].isEmpty() ? null : new BigDecimal(parts[1]));
    }
    return List.of(bands);
  }
}
