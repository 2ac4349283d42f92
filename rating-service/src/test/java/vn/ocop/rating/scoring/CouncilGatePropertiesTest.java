package vn.ocop.rating.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import vn.ocop.rating.criteria.CriteriaCatalogue;
import vn.ocop.rating.criteria.Criterion;
import vn.ocop.rating.criteria.CriterionOption;
import vn.ocop.rating.criteria.EvaluationSheet;
import vn.ocop.rating.rules.RuleSet;
import vn.ocop.rating.rules.RuleSets;

/**
 * What the scoring service does with a council's sheets, without Quarkus: the members' sheets as
 * stored, {@link ScoringService#meanPoints}, {@link CouncilAverage} and the band of the rule set,
 * then the gate of the shipped sheets.
 */
class CouncilGatePropertiesTest {
  static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
  static final RuleSets RULE_SETS = new RuleSets(RuleSets.load("rules/rule-sets.json", MAPPER));
  static final CriteriaCatalogue CATALOGUE =
      new CriteriaCatalogue(RULE_SETS, "rules/criteria", MAPPER);
  static final RuleSet RULE_SET =
      RULE_SETS.all().stream()
          .filter(ruleSet -> ruleSet.criteriaVersion().equals("QD148-2023"))
          .reduce((first, second) -> second)
          .orElseThrow();

  @Property(tries = 300)
  void theGatedStarNeverExceedsTheBandOfTheMeanOfTheTotals(
      @ForAll @IntRange(min = 1, max = 26) int set,
      @ForAll @IntRange(min = 1, max = 9) int members,
      @ForAll long seed) {
    EvaluationSheet sheet = sheet(set);
    Random random = new Random(seed);
    Map<String, String> alternatives = pickAlternatives(sheet, random);
    List<ScoreSheet> round = new ArrayList<>();
    for (int i = 0; i < members; i++) {
      round.add(stored(sheet, randomAnswers(sheet, random, alternatives)));
    }
    Council council = judge(sheet, round);
    assertThat(council.star()).isBetween(0, council.band());
  }

  @Property(tries = 100)
  void everyMemberTickingTheBestOptionsGetsTheBandItself(
      @ForAll @IntRange(min = 1, max = 26) int set,
      @ForAll @IntRange(min = 1, max = 9) int members,
      @ForAll long seed) {
    EvaluationSheet sheet = sheet(set);
    Map<String, String> alternatives = pickAlternatives(sheet, new Random(seed));
    List<ScoreSheet> round = new ArrayList<>();
    for (int i = 0; i < members; i++) {
      round.add(stored(sheet, best(sheet, alternatives)));
    }
    Council council = judge(sheet, round);
    assertThat(council.band()).isEqualTo(5);
    assertThat(council.star()).isEqualTo(council.band());
  }

  /**
   * A mean of points each at least a minimum is at least that minimum: when every member meets the
   * k★ minimums, the council is gated no lower than k★ (or its band, if lower).
   */
  @Property(tries = 300)
  void membersWhoAllMeetTheMinimumsOfAClassAreNotGatedBelowIt(
      @ForAll @IntRange(min = 1, max = 26) int set,
      @ForAll @IntRange(min = 1, max = 9) int members,
      @ForAll @IntRange(min = 1, max = 5) int star,
      @ForAll long seed) {
    EvaluationSheet sheet = sheet(set);
    Random random = new Random(seed);
    Map<String, String> alternatives = pickAlternatives(sheet, random);
    List<ScoreSheet> round = new ArrayList<>();
    for (int i = 0; i < members; i++) {
      Map<String, String> answers = randomAnswers(sheet, random, alternatives);
      raiseToMinimums(sheet, answers, star);
      round.add(stored(sheet, answers));
    }
    Council council = judge(sheet, round);
    assertThat(council.star()).isGreaterThanOrEqualTo(Math.min(star, council.band()));
  }

  private record Council(int band, int star) {}

  /** As the service judges a complete round. */
  private static Council judge(EvaluationSheet sheet, List<ScoreSheet> round) {
    List<BigDecimal> totals = round.stream().map(ScoreSheet::total).toList();
    int band = RULE_SET.starClassFor(CouncilAverage.of(totals));
    int star = sheet.gate(band, ScoringService.meanPoints(round)).starClass();
    return new Council(band, star);
  }

  private static EvaluationSheet sheet(int set) {
    return CATALOGUE.sheet(RULE_SET.criteriaVersion(), set);
  }

  private static ScoreSheet stored(EvaluationSheet sheet, Map<String, String> answers) {
    return ScoreSheet.submit(
        UUID.randomUUID(),
        "member." + UUID.randomUUID(),
        1,
        sheet.criteriaVersion(),
        sheet.productSet(),
        sheet.score(answers),
        Instant.EPOCH);
  }

  private static void raiseToMinimums(
      EvaluationSheet sheet, Map<String, String> answers, int star) {
    answers.replaceAll(
        (code, option) -> {
          Criterion criterion = sheet.criterion(code).orElseThrow();
          BigDecimal points =
              option == null ? BigDecimal.ZERO : criterion.option(option).orElseThrow().points();
          BigDecimal minimum = criterion.minimumPointsFor(star).orElse(BigDecimal.ZERO);
          boolean short_ =
              points.compareTo(minimum) < 0
                  || (criterion.requiresAboveZero(star) && points.signum() <= 0);
          return short_ ? bestOption(criterion).code() : option;
        });
  }

  private static Map<String, String> best(EvaluationSheet sheet, Map<String, String> alternatives) {
    Map<String, String> answers = new LinkedHashMap<>();
    sheet
        .criteria()
        .filter(criterion -> chosen(criterion, alternatives))
        .forEach(criterion -> answers.put(criterion.code(), bestOption(criterion).code()));
    return answers;
  }

  private static CriterionOption bestOption(Criterion criterion) {
    return criterion.options().stream()
        .max(Comparator.comparing(CriterionOption::points))
        .orElseThrow();
  }

  private static boolean chosen(Criterion criterion, Map<String, String> alternatives) {
    return !criterion.isAlternative()
        || criterion.alternative().equals(alternatives.get(criterion.alternativeGroup()));
  }

  /** The council agrees on which alternative of each group applies to the product. */
  private static Map<String, String> pickAlternatives(EvaluationSheet sheet, Random random) {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    sheet
        .criteria()
        .filter(Criterion::isAlternative)
        .forEach(
            criterion -> {
              List<String> names =
                  groups.computeIfAbsent(criterion.alternativeGroup(), g -> new ArrayList<>());
              if (!names.contains(criterion.alternative())) {
                names.add(criterion.alternative());
              }
            });
    Map<String, String> chosen = new HashMap<>();
    groups.forEach((group, names) -> chosen.put(group, names.get(random.nextInt(names.size()))));
    return chosen;
  }

  private static Map<String, String> randomAnswers(
      EvaluationSheet sheet, Random random, Map<String, String> alternatives) {
    Map<String, String> answers = new LinkedHashMap<>();
    sheet
        .criteria()
        .filter(criterion -> chosen(criterion, alternatives))
        .forEach(
            criterion -> {
              int pick = random.nextInt(criterion.options().size() + 1);
              if (pick == criterion.options().size()) {
                answers.put(
                    criterion.code(),
                    criterion.hasZeroOption() ? criterion.options().get(0).code() : null);
              } else {
                answers.put(criterion.code(), criterion.options().get(pick).code());
              }
            });
    return answers;
  }
}
