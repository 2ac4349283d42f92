package vn.ocop.rating.criteria;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.ocop.rating.rules.RuleSets;

/** The shipped criteria catalogue, loaded without Quarkus, and answers built on its sheets. */
final class Sheets {
  static final String QD148 = "QD148-2023";
  static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
  static final RuleSets RULE_SETS = new RuleSets(RuleSets.load("rules/rule-sets.json", MAPPER));
  static final CriteriaCatalogue SHIPPED =
      new CriteriaCatalogue(RULE_SETS, "rules/criteria", MAPPER);

  private Sheets() {}

  /** The best option of every criterion, taking the first alternative of each group. */
  static Map<String, String> best(EvaluationSheet sheet) {
    Map<String, String> answers = new LinkedHashMap<>();
    Map<String, String> chosenAlternative = new LinkedHashMap<>();
    sheet
        .criteria()
        .forEach(
            criterion -> {
              if (criterion.isAlternative()) {
                String chosen =
                    chosenAlternative.computeIfAbsent(
                        criterion.alternativeGroup(), g -> criterion.alternative());
                if (!chosen.equals(criterion.alternative())) {
                  return;
                }
              }
              CriterionOption best =
                  criterion.options().stream()
                      .max((a, b) -> a.points().compareTo(b.points()))
                      .orElseThrow();
              answers.put(criterion.code(), best.code());
            });
    return answers;
  }

  /** The points of each answered criterion, as a council's mean would give them. */
  static Map<String, BigDecimal> points(EvaluationSheet sheet, Map<String, String> answers) {
    return new LinkedHashMap<>(sheet.score(answers).criterionPoints());
  }
}
