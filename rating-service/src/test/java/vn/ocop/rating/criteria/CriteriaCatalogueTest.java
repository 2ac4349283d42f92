package vn.ocop.rating.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.rating.rules.InvalidRuleSetException;
import vn.ocop.rating.rules.RuleSet;
import vn.ocop.rating.rules.RuleSets;

/** The shipped sheets of Decision 148, the corrections they carry, and the checks on load. */
class CriteriaCatalogueTest {
  private static final CriteriaCatalogue CATALOGUE = Sheets.SHIPPED;

  @Test
  void all26SheetsOfDecision148LoadInAnnexOrderWithTheirGroups() {
    List<EvaluationSheet> sheets = CATALOGUE.sheets(Sheets.QD148);
    assertThat(sheets)
        .extracting(EvaluationSheet::productSet)
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 26).boxed().toList());
    assertThat(sheets)
        .allSatisfy(sheet -> assertThat(sheet.maxPoints()).isEqualByComparingTo("100"));
    assertThat(sheets)
        .allSatisfy(
            sheet ->
                assertThat(sheet.parts())
                    .extracting(SheetPart::code, p -> p.maxPoints().intValue())
                    .containsExactly(tuple("A", 40), tuple("B", 25), tuple("C", 35)));
    assertThat(CATALOGUE.sheet(Sheets.QD148, 1).productSetName())
        .isEqualTo("Rau, củ, quả, hạt tươi");
    assertThat(CATALOGUE.sheet(Sheets.QD148, 14).productGroup()).isEqualTo(2);
    assertThat(CATALOGUE.sheet(Sheets.QD148, 26).productGroup()).isEqualTo(6);
    assertThat(CATALOGUE.versions()).containsExactly(Sheets.QD148);
  }

  @ParameterizedTest(name = "set {0} has no sheet")
  @ValueSource(ints = {0, 27})
  void aProductSetWithoutSheetIs422NamingTheField(int productSet) {
    assertThatThrownBy(() -> CATALOGUE.sheet(Sheets.QD148, productSet))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.status()).isEqualTo(422);
              assertThat(e.code()).isEqualTo("NO_SHEET_FOR_PRODUCT_SET");
              assertThat(e.errors()).extracting(FieldError::field).containsExactly("productSet");
            });
  }

  @Test
  void theTypoScoresOfSets17And18AreReadAsOnePoint() {
    CriterionOption set17 =
        CATALOGUE.sheet(Sheets.QD148, 17).criterion("A1d").orElseThrow().options().get(1);
    assertThat(set17.points()).isEqualByComparingTo("1");
    assertThat(set17.text()).contains("từ 50% đến dưới 75%");
    CriterionOption set18 =
        CATALOGUE.sheet(Sheets.QD148, 18).criterion("A1b").orElseThrow().options().get(1);
    assertThat(set18.text()).isEqualTo("Chế biến đơn giản");
    assertThat(set18.points()).isEqualByComparingTo("1");
    assertThat(CATALOGUE.sheet(Sheets.QD148, 17).corrections())
        .extracting(Correction::id, Correction::code)
        .contains(tuple("S17-L18-points", "A1d-2"));
  }

  @Test
  void set03CriteriaWithoutMaximumTakeTheirSectionsMaximum() {
    EvaluationSheet sheet = CATALOGUE.sheet(Sheets.QD148, 3);
    assertThat(List.of("C7a", "C8a", "C10a", "C12a"))
        .extracting(code -> sheet.criterion(code).orElseThrow().maxPoints().intValue())
        .containsExactly(2, 5, 5, 3);
    assertThat(sheet.criterion("C7a").orElseThrow().title()).isEqualTo("DINH DƯỠNG");
    assertThat(sheet.corrections()).extracting(Correction::kind).containsOnly("criterionMax");
  }

  @Test
  void set07SmellKeepsItsMaximumAndItsBestOptionGivesIt() {
    Criterion smell = CATALOGUE.sheet(Sheets.QD148, 7).criterion("C6d").orElseThrow();
    assertThat(smell.title()).isEqualTo("Mùi");
    assertThat(smell.maxPoints()).isEqualByComparingTo("4");
    assertThat(smell.options()).extracting(o -> o.points().intValue()).containsExactly(1, 2, 4);
  }

  @Test
  void theTourismSheetHasThreeAlternativeGroupsOfCommunityOrSite() {
    EvaluationSheet sheet = CATALOGUE.sheet(Sheets.QD148, 26);
    assertThat(sheet.alternativeGroups().keySet())
        .containsExactly("C8-tourism-type", "C9-tourism-type", "C15-tourism-type");
    assertThat(sheet.alternativeGroups().get("C8-tourism-type"))
        .containsOnlyKeys("community", "site");
    assertThat(sheet.criterion("C8a").orElseThrow().title()).contains("Cộng đồng dịch vụ du lịch");
    assertThat(sheet.criterion("C8b").orElseThrow().alternative()).isEqualTo("site");
  }

  @Test
  void theTeaSheetsSensorySectionIsHeadingsWithSubCriteriaNotAlternatives() {
    EvaluationSheet tea = CATALOGUE.sheet(Sheets.QD148, 11);
    SheetSection sensory = tea.parts().get(2).sections().get(0);
    assertThat(sensory.criteria())
        .extracting(Criterion::code, Criterion::heading, c -> c.maxPoints().intValue())
        .containsExactly(
            tuple("C6a1", "a) Ngoại hình", 2),
            tuple("C6a2", "a) Ngoại hình", 2),
            tuple("C6b1", "b) Nước pha", 3),
            tuple("C6b2", "b) Nước pha", 4),
            tuple("C6b3", "b) Nước pha", 5));
    assertThat(tea.alternativeGroups()).isEmpty();
    assertThat(tea.corrections())
        .filteredOn(Correction::provisional)
        .extracting(Correction::code)
        .containsExactly("C6b2", "C6b3");
    assertThat(CATALOGUE.sheet(Sheets.QD148, 13).criterion("C6b2").orElseThrow().title())
        .isEqualTo("Mùi, vị");
  }

  @Test
  void sectionsListingOptionsDirectlyBecomeOneCriterion() {
    Criterion uniqueness = CATALOGUE.sheet(Sheets.QD148, 8).criterion("C7a").orElseThrow();
    assertThat(uniqueness.title()).isEqualTo("TÍNH ĐỘC ĐÁO");
    assertThat(uniqueness.maxPoints()).isEqualByComparingTo("5");
    assertThat(CATALOGUE.sheet(Sheets.QD148, 8).corrections())
        .extracting(Correction::kind)
        .containsOnly("sectionAsCriterion")
        .hasSize(4);
  }

  @Test
  void theSecondLetterCOfSets18And19IsReadAsE() {
    for (int set : new int[] {18, 19}) {
      assertThat(CATALOGUE.sheet(Sheets.QD148, set).criterion("A3e").orElseThrow().title())
          .isEqualTo("Sở hữu trí tuệ");
    }
  }

  @Test
  void communeReviewCriteriaAreFlaggedPerSheet() {
    assertThat(CATALOGUE.sheet(Sheets.QD148, 1).communeReviewCriteria())
        .extracting(Criterion::code)
        .containsExactly("A1a", "A2a", "A3c", "B5b");
    assertThat(CATALOGUE.sheet(Sheets.QD148, 26).communeReviewCriteria())
        .extracting(Criterion::code)
        .containsExactly("A2a", "A3c");
  }

  @Test
  void intellectualPropertyIsMandatoryFrom4Stars() {
    Criterion ip = CATALOGUE.sheet(Sheets.QD148, 1).criterion("A3e").orElseThrow();
    assertThat(ip.mandatoryFromStar()).isEqualTo(4);
  }

  @ParameterizedTest(name = "{0} is refused: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "BROKEN-SUM|criteria sheet BROKEN-SUM set 1, sheet: parts add up to 99",
        "BROKEN-OPTION|criteria sheet BROKEN-OPTION set 1, A1a-2: option code is not unique",
        "BROKEN-MINIMUMS|criteria sheet BROKEN-MINIMUMS set 1, A1a-2: minimums inconsistent"
      })
  void aBrokenSheetStopsTheServiceNamingSheetCodeAndRule(String version, String message) {
    assertThatThrownBy(() -> catalogueOf(version))
        .isInstanceOf(InvalidRuleSetException.class)
        .hasMessageContaining(message);
  }

  @Test
  void aMissingCriteriaVersionStopsTheService() {
    assertThatThrownBy(() -> catalogueOf("NONE-1999"))
        .isInstanceOf(InvalidRuleSetException.class)
        .hasMessageContaining("rules/criteria/NONE-1999/index.json is not on the classpath");
  }

  @Test
  void aNewDecisionIsAddedAsDataOnlyAndResolvesByDate() {
    RuleSets ruleSets = new RuleSets(RuleSets.load("rules/rule-sets-2026.json", Sheets.MAPPER));
    CriteriaCatalogue catalogue = new CriteriaCatalogue(ruleSets, "rules/criteria", Sheets.MAPPER);
    assertThat(ruleSets.inForceOn(LocalDate.parse("2026-06-30")).map(RuleSet::criteriaVersion))
        .contains(Sheets.QD148);
    RuleSet future = ruleSets.inForceOn(LocalDate.parse("2026-07-01")).orElseThrow();
    assertThat(future.version()).isEqualTo("TEST-2026");
    assertThat(catalogue.versions()).containsExactly(Sheets.QD148, "TEST-2026");
    EvaluationSheet sheet = catalogue.sheet(future.criteriaVersion(), 1);
    assertThat(sheet.productSetName()).isEqualTo("Tiny test set");
    assertThat(catalogue.sheets("TEST-2026")).hasSize(1);
    assertThat(catalogue.sheets(Sheets.QD148)).hasSize(26);
  }

  @Test
  void everyAnswerRuleIsReportedWithItsField() {
    EvaluationSheet sheet = tiny();
    Map<String, String> answers = new HashMap<>();
    answers.put("A1a", "B2a-2"); // an option of another criterion
    answers.put("Z9z", "Z9z-1"); // no such criterion
    answers.put("C3a", "C3a-2");
    answers.put("C3b", "C3b-2"); // both alternatives
    // A1b and B2a missing
    assertThatThrownBy(() -> sheet.score(answers))
        .isInstanceOfSatisfying(
            SheetAnswerException.class,
            e -> {
              assertThat(e.status()).isEqualTo(422);
              assertThat(e.code()).isEqualTo("INVALID_SHEET_ANSWER");
              assertThat(e.errors())
                  .extracting(FieldError::field, FieldError::rule)
                  .containsExactlyInAnyOrder(
                      tuple("answers.Z9z", "unknownCriterion"),
                      tuple("answers.A1a", "unknownOption"),
                      tuple("answers.A1b", "missing"),
                      tuple("answers.B2a", "missing"),
                      tuple("answers.C3a", "alternativesMixed"),
                      tuple("answers.C3b", "alternativesMixed"));
            });
  }

  @Test
  void noAlternativeAnsweredIsMissingOnEachOfThem() {
    Map<String, String> answers =
        new HashMap<>(Map.of("A1a", "A1a-1", "A1b", "A1b-1", "B2a", "B2a-1"));
    assertThatThrownBy(() -> tiny().score(answers))
        .isInstanceOfSatisfying(
            SheetAnswerException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field, FieldError::rule)
                    .containsExactly(
                        tuple("answers.C3a", "missing"), tuple("answers.C3b", "missing")));
  }

  @Test
  void noneAppliesIsZeroWhereNoOptionIsZeroAndRefusedWhereOneIs() {
    Map<String, String> answers = new HashMap<>();
    answers.put("A1a", "A1a-4");
    answers.put("A1b", null); // options 5 and 10: none applies gives 0
    answers.put("B2a", "B2a-2");
    answers.put("C3b", "C3b-2");
    SheetScore score = tiny().score(answers);
    assertThat(score.total()).isEqualTo(new BigDecimal("90.00"));
    assertThat(score.partTotals()).containsEntry("A", new BigDecimal("30.00"));
    assertThat(score.chosenOptions()).containsEntry("A1b", null).containsEntry("C3b", "C3b-2");
    answers.put("B2a", null);
    assertThatThrownBy(() -> tiny().score(answers))
        .isInstanceOfSatisfying(
            SheetAnswerException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field, FieldError::rule)
                    .containsExactly(tuple("answers.B2a", "noneNotAllowed")));
  }

  @ParameterizedTest(name = "band {0}★ with A1a={1}, A1b={2}, C3b={3} gives {4}★")
  @CsvSource({
    "5, 30, 10, 35, 5",
    "5, 20, 10, 35, 4",
    "5, 30, 10, 0, 4",
    "5, 10, 10, 35, 3",
    "5, 10, 0, 35, 3",
    "4, 20, 0, 35, 3",
    "5, 0, 10, 35, 2",
    "3, 29.99, 10, 35, 3",
    "2, 0, 0, 0, 2",
    "5, 9.5, 0, 0, 2"
  })
  void theGateDropsToTheHighestClassWhoseMinimumsAreMet(
      int band, BigDecimal a1a, BigDecimal a1b, BigDecimal c3b, int expected) {
    GateResult result =
        tiny().gate(band, Map.of("A1a", a1a, "A1b", a1b, "B2a", BigDecimal.ZERO, "C3b", c3b));
    assertThat(result.starClass()).isEqualTo(expected);
    assertThat(result.missed()).allSatisfy(m -> assertThat(m.star()).isGreaterThan(expected));
    assertThat(result.missed().isEmpty()).isEqualTo(expected == band);
  }

  @Test
  void theGateNamesEachMissedMinimumWithItsMean() {
    GateResult result =
        tiny()
            .gate(
                5,
                Map.of(
                    "A1a",
                    new BigDecimal("19.50"),
                    "A1b",
                    BigDecimal.ZERO,
                    "B2a",
                    BigDecimal.ONE,
                    "C3b",
                    new BigDecimal("35")));
    assertThat(result.starClass()).isEqualTo(3);
    assertThat(result.missed())
        .extracting(
            MissedMinimum::criterionCode,
            MissedMinimum::star,
            m -> m.required().intValue(),
            MissedMinimum::actualMean)
        .containsExactly(
            tuple("A1a", 5, 30, new BigDecimal("19.50")),
            tuple("A1b", 5, 0, BigDecimal.ZERO),
            tuple("A1a", 4, 20, new BigDecimal("19.50")),
            tuple("A1b", 4, 0, BigDecimal.ZERO));
  }

  @Test
  void onTheShippedSheetsMissingIntellectualPropertyKeepsA4StarBandAt3Stars() {
    EvaluationSheet sheet = CATALOGUE.sheet(Sheets.QD148, 1);
    Map<String, BigDecimal> points = Sheets.points(sheet, Sheets.best(sheet));
    points.put("A3e", BigDecimal.ZERO);
    GateResult result = sheet.gate(4, points);
    assertThat(result.starClass()).isEqualTo(3);
    assertThat(result.missed()).extracting(MissedMinimum::criterionCode).containsExactly("A3e");
  }

  static EvaluationSheet tiny() {
    return catalogueOf("TEST-2026").sheet("TEST-2026", 1);
  }

  private static CriteriaCatalogue catalogueOf(String criteriaVersion) {
    RuleSet base = Sheets.RULE_SETS.all().get(1);
    RuleSet ruleSet =
        new RuleSet(
            criteriaVersion,
            base.title(),
            base.legalBasis(),
            base.effectiveFrom(),
            base.effectiveTo(),
            base.maxScore(),
            base.starBands(),
            base.minimumRecognisedStar(),
            base.certificateValidityMonths(),
            base.levels(),
            base.council(),
            criteriaVersion,
            base.forwarding(),
            base.communePreReview());
    return new CriteriaCatalogue(new RuleSets(List.of(ruleSet)), "rules/criteria", Sheets.MAPPER);
  }
}
