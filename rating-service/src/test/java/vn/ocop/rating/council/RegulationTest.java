package vn.ocop.rating.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.rating.rules.CouncilRules;
import vn.ocop.rating.rules.EvaluationLevel;
import vn.ocop.rating.rules.LevelAuthority;
import vn.ocop.rating.rules.RuleSet;
import vn.ocop.rating.rules.StarBand;

/** Quorum arithmetic and the fall-back from the council's regulation to the rule set. */
class RegulationTest {
  private static final Regulation DEFAULT = new Regulation(75, true, BigDecimal.TEN);

  @Test
  void sixOfEightIsAQuorumAtSeventyFivePercentButFiveIsNot() {
    assertThat(DEFAULT.quorumMet(8, 6, true)).isTrue();
    assertThat(DEFAULT.quorumMet(8, 5, true)).isFalse();
    assertThat(DEFAULT.quorumMet(8, 8, true)).isTrue();
  }

  @Test
  void withoutTheChairThereIsNoQuorumWhenTheRegulationRequiresIt() {
    assertThat(DEFAULT.quorumMet(8, 6, false)).isFalse();
    assertThat(DEFAULT.quorumMet(8, 8, false)).isFalse();
    assertThat(new Regulation(75, false, BigDecimal.TEN).quorumMet(8, 6, false)).isTrue();
  }

  @Test
  void theBoundaryIsExactForEverySizeUpToFifty() {
    for (int members = 1; members <= 50; members++) {
      for (int present = 0; present <= members; present++) {
        boolean expected = present * 4 >= members * 3;
        assertThat(DEFAULT.quorumMet(members, present, true))
            .as(present + " of " + members)
            .isEqualTo(expected);
      }
    }
    assertThat(DEFAULT.quorumMet(0, 0, true)).isFalse();
  }

  @Test
  void unsetValuesFollowTheRuleSetThenTheDefaults() {
    RuleSet ruleSet = ruleSet(new CouncilRules(60, false, 15));
    assertThat(Regulation.resolve(new CouncilRegulation(null, null, null), ruleSet))
        .isEqualTo(new Regulation(60, false, BigDecimal.valueOf(15)));
    assertThat(Regulation.resolve(new CouncilRegulation(80, true, new BigDecimal("8")), ruleSet))
        .isEqualTo(new Regulation(80, true, new BigDecimal("8")));
    assertThat(Regulation.resolve(null, ruleSet(new CouncilRules(75, true, null))))
        .isEqualTo(new Regulation(75, true, BigDecimal.TEN));
    assertThat(Regulation.resolve(null, null)).isEqualTo(DEFAULT);
  }

  private static RuleSet ruleSet(CouncilRules council) {
    return new RuleSet(
        "TEST",
        "Test",
        List.of(),
        LocalDate.of(2023, 1, 1),
        null,
        new BigDecimal("100"),
        List.of(
            new StarBand(1, BigDecimal.ZERO, new BigDecimal("30")),
            new StarBand(2, new BigDecimal("30"), new BigDecimal("50")),
            new StarBand(3, new BigDecimal("50"), new BigDecimal("70")),
            new StarBand(4, new BigDecimal("70"), new BigDecimal("90")),
            new StarBand(5, new BigDecimal("90"), null)),
        3,
        36,
        List.of(
            new LevelAuthority(EvaluationLevel.PROVINCE, List.of(3, 4)),
            new LevelAuthority(EvaluationLevel.CENTRAL, List.of(5))),
        council,
        "QD148-2023",
        List.of(),
        false);
  }
}
