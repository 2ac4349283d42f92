package vn.ocop.rating.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Scoring and the mandatory-criteria gate on random answers over the 26 shipped sheets. */
class SheetScoringPropertiesTest {

  @Property(tries = 300)
  void theTotalIsTheSumOfTheChosenPointsWithinTheMaxima(
      @ForAll @IntRange(min = 1, max = 26) int set, @ForAll long seed) {
    EvaluationSheet sheet = Sheets.SHIPPED.sheet(Sheets.QD148, set);
    Random random = new Random(seed);
    Map<String, String> answers = randomAnswers(sheet, random, pickAlternatives(sheet, random));
    SheetScore score = sheet.score(answers);
    BigDecimal expected = BigDecimal.ZERO;
    for (Map.Entry<String, String> answer : answers.entrySet()) {
      Criterion criterion = sheet.criterion(answer.getKey()).orElseThrow();
      expected =
          expected.add(
              answer.getValue() == null
                  ? BigDecimal.ZERO
                  : criterion.option(answer.getValue()).orElseThrow().points());
    }
    assertThat(score.total()).isEqualByComparingTo(expected);
    assertThat(score.total().scale()).isEqualTo(2);
    assertThat(score.total()).isBetween(BigDecimal.ZERO, new BigDecimal("100"));
    for (SheetPart part : sheet.parts()) {
      assertThat(score.partTotals().get(part.code())).isLessThanOrEqualTo(part.maxPoints());
    }
    assertThat(score.chosenOptions()).isEqualTo(answers);
  }

  @Property(tries = 52)
  void theBestAnswerOnEverySheetGives100AndPassesTheGateAt5Stars(
      @ForAll @IntRange(min = 1, max = 26) int set) {
    EvaluationSheet sheet = Sheets.SHIPPED.sheet(Sheets.QD148, set);
    SheetScore score = sheet.score(Sheets.best(sheet));
    assertThat(score.total()).isEqualTo(new BigDecimal("100.00"));
    GateResult gate = sheet.gate(5, score.criterionPoints());
    assertThat(gate.starClass()).isEqualTo(5);
    assertThat(gate.missed()).isEmpty();
  }

  @Property(tries = 300)
  void theGateNeverRaisesTheBandAndAMissedMinimumNeverYieldsThatClass(
      @ForAll @IntRange(min = 1, max = 26) int set,
      @ForAll @IntRange(min = 1, max = 5) int band,
      @ForAll long seed) {
    EvaluationSheet sheet = Sheets.SHIPPED.sheet(Sheets.QD148, set);
    Map<String, BigDecimal> means = councilMeans(sheet, new Random(seed));
    GateResult gate = sheet.gate(band, means);
    assertThat(gate.starClass()).isBetween(1, band);
    for (int star = 1; star <= 5; star++) {
      if (missesAMinimum(sheet, star, means)) {
        assertThat(gate.starClass()).as("a %d★ minimum is missed", star).isLessThan(star);
      }
    }
    if (gate.starClass() < band) {
      assertThat(gate.missed()).isNotEmpty();
    }
  }

  @Property(tries = 300)
  void raisingACriterionsPointsNeverLowersTheGatedClass(
      @ForAll @IntRange(min = 1, max = 26) int set,
      @ForAll @IntRange(min = 1, max = 5) int band,
      @ForAll long seed) {
    EvaluationSheet sheet = Sheets.SHIPPED.sheet(Sheets.QD148, set);
    Random random = new Random(seed);
    Map<String, BigDecimal> means = councilMeans(sheet, random);
    int before = sheet.gate(band, means).starClass();
    List<String> codes = new ArrayList<>(means.keySet());
    String raised = codes.get(random.nextInt(codes.size()));
    Criterion criterion = sheet.criterion(raised).orElseThrow();
    BigDecimal higher =
        means
            .get(raised)
            .max(criterion.options().get(random.nextInt(criterion.options().size())).points());
    Map<String, BigDecimal> better = new HashMap<>(means);
    better.put(raised, higher);
    assertThat(sheet.gate(band, better).starClass()).isGreaterThanOrEqualTo(before);
  }

  /** The mean points per criterion of three members who agree on the alternatives. */
  private static Map<String, BigDecimal> councilMeans(EvaluationSheet sheet, Random random) {
    Map<String, String> alternatives = pickAlternatives(sheet, random);
    Map<String, BigDecimal> sums = new LinkedHashMap<>();
    int members = 3;
    for (int i = 0; i < members; i++) {
      sheet
          .score(randomAnswers(sheet, random, alternatives))
          .criterionPoints()
          .forEach((code, points) -> sums.merge(code, points, BigDecimal::add));
    }
    Map<String, BigDecimal> means = new LinkedHashMap<>();
    sums.forEach(
        (code, sum) ->
            means.put(code, sum.divide(BigDecimal.valueOf(members), 4, RoundingMode.HALF_UP)));
    return means;
  }

  /** Computed from the data, independently of {@link EvaluationSheet#gate}. */
  private static boolean missesAMinimum(
      EvaluationSheet sheet, int star, Map<String, BigDecimal> means) {
    return sheet
        .criteria()
        .filter(criterion -> means.containsKey(criterion.code()))
        .anyMatch(
            criterion -> {
              BigDecimal mean = means.get(criterion.code());
              boolean mandatory =
                  criterion.mandatoryFromStar() != null
                      && criterion.mandatoryFromStar() <= star
                      && mean.signum() <= 0;
              boolean belowOption =
                  criterion.options().stream()
                      .anyMatch(
                          option ->
                              option.minimumForStar() != null
                                  && option.minimumForStar() <= star
                                  && mean.compareTo(option.points()) < 0);
              return mandatory || belowOption;
            });
  }

  private static Map<String, String> pickAlternatives(EvaluationSheet sheet, Random random) {
    Map<String, String> chosen = new HashMap<>();
    sheet
        .alternativeGroups()
        .forEach(
            (group, alternatives) -> {
              List<String> names = new ArrayList<>(alternatives.keySet());
              chosen.put(group, names.get(random.nextInt(names.size())));
            });
    return chosen;
  }

  private static Map<String, String> randomAnswers(
      EvaluationSheet sheet, Random random, Map<String, String> alternatives) {
    Map<String, String> answers = new LinkedHashMap<>();
    sheet
        .criteria()
        .forEach(
            criterion -> {
              if (criterion.isAlternative()
                  && !criterion
                      .alternative()
                      .equals(alternatives.get(criterion.alternativeGroup()))) {
                return;
              }
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
