package vn.ocop.rating.criteria;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.rating.rules.InvalidRuleSetException;

/**
 * The evaluation sheet (phiếu đánh giá) of one product set (bộ sản phẩm) under a criteria version:
 * parts, sections, criteria and options with their points and star-class minimums. Sheets are data
 * (rules/criteria/&lt;version&gt;/set-NN.json); this class scores answers on them and applies the
 * mandatory-criteria gate.
 */
public record EvaluationSheet(
    String criteriaVersion,
    int productSet,
    String productSetName,
    int productGroup,
    BigDecimal maxPoints,
    String source,
    List<SheetPart> parts,
    List<Correction> corrections) {

  private static final int SCALE = 2;

  public EvaluationSheet {
    parts = parts == null ? List.of() : List.copyOf(parts);
    corrections = corrections == null ? List.of() : List.copyOf(corrections);
  }

  public String name() {
    return criteriaVersion + " set " + productSet;
  }

  public Stream<Criterion> criteria() {
    return parts.stream()
        .flatMap(part -> part.sections().stream())
        .flatMap(s -> s.criteria().stream());
  }

  public Optional<Criterion> criterion(String code) {
    return criteria().filter(criterion -> criterion.code().equals(code)).findFirst();
  }

  /** The criteria a commune pre-reviews before the dossier goes to the province (Decision 1489). */
  public List<Criterion> communeReviewCriteria() {
    return criteria().filter(Criterion::communeReview).toList();
  }

  /**
   * Scores one member's answers.
   *
   * @param answers criterion code → option code, or → null for "none of the options applies" (0
   *     points). Null is allowed only on a criterion that has no 0-point option: where the sheet
   *     offers one, the member ticks it, so the sheet on paper and the record agree. Every
   *     criterion must be answered except those of the alternatives not chosen; exactly one
   *     alternative of each group is answered, all its criteria.
   * @throws SheetAnswerException naming {@code answers.<criterionCode>} and the rule for every
   *     broken rule
   */
  public SheetScore score(Map<String, String> answers) {
    List<FieldError> errors = new ArrayList<>();
    Map<String, Criterion> byCode = new LinkedHashMap<>();
    criteria().forEach(criterion -> byCode.put(criterion.code(), criterion));
    for (String code : answers.keySet()) {
      if (!byCode.containsKey(code)) {
        errors.add(error(code, "unknownCriterion", "no criterion " + code + " on " + name()));
      }
    }
    Set<String> skipped = checkAlternatives(answers, errors);
    Map<String, BigDecimal> points = new LinkedHashMap<>();
    Map<String, String> chosen = new LinkedHashMap<>();
    Map<String, BigDecimal> partTotals = new LinkedHashMap<>();
    for (SheetPart part : parts) {
      BigDecimal partTotal = BigDecimal.ZERO.setScale(SCALE);
      for (SheetSection section : part.sections()) {
        for (Criterion criterion : section.criteria()) {
          String code = criterion.code();
          if (skipped.contains(code)) {
            continue;
          }
          if (!answers.containsKey(code)) {
            if (!criterion.isAlternative()) {
              errors.add(error(code, "missing", "criterion " + code + " is not answered"));
            }
            continue;
          }
          String optionCode = answers.get(code);
          BigDecimal given;
          if (optionCode == null) {
            if (criterion.hasZeroOption()) {
              errors.add(
                  error(
                      code,
                      "noneNotAllowed",
                      "criterion " + code + " has a 0-point option: tick it instead of none"));
              continue;
            }
            given = BigDecimal.ZERO;
          } else {
            Optional<CriterionOption> option = criterion.option(optionCode);
            if (option.isEmpty()) {
              errors.add(
                  error(
                      code,
                      "unknownOption",
                      optionCode + " is not an option of criterion " + code + " on " + name()));
              continue;
            }
            given = option.get().points();
          }
          given = given.setScale(SCALE, RoundingMode.UNNECESSARY);
          points.put(code, given);
          chosen.put(code, optionCode);
          partTotal = partTotal.add(given);
        }
      }
      partTotals.put(part.code(), partTotal);
    }
    if (!errors.isEmpty()) {
      throw new SheetAnswerException(name(), errors);
    }
    BigDecimal total =
        partTotals.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(SCALE);
    return new SheetScore(total, partTotals, points, chosen);
  }

  /**
   * Checks that each alternative group has exactly one alternative answered; returns the codes of
   * the criteria of alternatives not chosen, which need no answer.
   */
  private Set<String> checkAlternatives(Map<String, String> answers, List<FieldError> errors) {
    Map<String, Map<String, List<Criterion>>> groups = alternativeGroups();
    Set<String> skipped = new HashSet<>();
    for (Map.Entry<String, Map<String, List<Criterion>>> group : groups.entrySet()) {
      Set<String> answered = new LinkedHashSet<>();
      group
          .getValue()
          .forEach(
              (alternative, criteria) -> {
                if (criteria.stream().anyMatch(c -> answers.containsKey(c.code()))) {
                  answered.add(alternative);
                }
              });
      if (answered.size() > 1) {
        group.getValue().values().stream()
            .flatMap(List::stream)
            .filter(c -> answers.containsKey(c.code()))
            .forEach(
                c ->
                    errors.add(
                        error(
                            c.code(),
                            "alternativesMixed",
                            "answer only one alternative of group "
                                + group.getKey()
                                + ", not "
                                + answered)));
        group.getValue().values().stream()
            .flatMap(List::stream)
            .forEach(c -> skipped.add(c.code()));
      } else if (answered.isEmpty()) {
        group.getValue().values().stream()
            .flatMap(List::stream)
            .forEach(
                c ->
                    errors.add(
                        error(
                            c.code(),
                            "missing",
                            "answer one alternative of group "
                                + group.getKey()
                                + ": "
                                + group.getValue().keySet())));
      } else {
        String chosen = answered.iterator().next();
        group
            .getValue()
            .forEach(
                (alternative, criteria) -> {
                  for (Criterion c : criteria) {
                    if (!alternative.equals(chosen)) {
                      skipped.add(c.code());
                    } else if (!answers.containsKey(c.code())) {
                      errors.add(
                          error(
                              c.code(),
                              "missing",
                              "criterion "
                                  + c.code()
                                  + " of the chosen alternative is not answered"));
                    }
                  }
                });
      }
    }
    return skipped;
  }

  /** Group → alternative → its criteria, in sheet order. */
  Map<String, Map<String, List<Criterion>>> alternativeGroups() {
    Map<String, Map<String, List<Criterion>>> groups = new LinkedHashMap<>();
    criteria()
        .filter(Criterion::isAlternative)
        .forEach(
            c ->
                groups
                    .computeIfAbsent(c.alternativeGroup(), g -> new LinkedHashMap<>())
                    .computeIfAbsent(c.alternative(), a -> new ArrayList<>())
                    .add(c));
    return groups;
  }

  /**
   * The mandatory-criteria gate (tiêu chí bắt buộc): a product whose average falls in the N★ band
   * but misses an N★ minimum cannot be N★; it drops to the highest class at or below {@code
   * bandStar} whose minimums are all met. An option that is a minimum for N★ requires, for every
   * class from N★ up, at least that option's points; a criterion mandatory from N★ requires more
   * than 0 points from N★ up. Classes below the lowest minimum of the sheet ask nothing.
   *
   * <p>The gate compares the council's <em>mean</em> points per criterion, not each member's
   * answer: the council's result is the arithmetic mean of the members' totals (Decision 148, Annex
   * II), so the gate uses the same aggregation and one lenient or strict member moves the gate
   * exactly as much as they move the total.
   *
   * @param meanPoints criterion code → the members' mean points. A criterion of an alternative
   *     group is judged only when present (the alternative chosen); any other criterion absent is
   *     taken as 0.
   * @return the gated class (0 only if even 1★ had a minimum that is missed) and the minimums
   *     missed above it
   */
  public GateResult gate(int bandStar, Map<String, BigDecimal> meanPoints) {
    List<MissedMinimum> missed = new ArrayList<>();
    for (int star = bandStar; star >= 1; star--) {
      List<MissedMinimum> missedAtStar = missedAt(star, meanPoints);
      if (missedAtStar.isEmpty()) {
        return new GateResult(star, missed);
      }
      missed.addAll(missedAtStar);
    }
    return new GateResult(0, missed);
  }

  private List<MissedMinimum> missedAt(int star, Map<String, BigDecimal> meanPoints) {
    List<MissedMinimum> missed = new ArrayList<>();
    criteria()
        .forEach(
            criterion -> {
              BigDecimal mean = meanPoints.get(criterion.code());
              if (mean == null) {
                if (criterion.isAlternative()) {
                  return;
                }
                mean = BigDecimal.ZERO;
              }
              Optional<BigDecimal> minimum = criterion.minimumPointsFor(star);
              if (minimum.isPresent() && mean.compareTo(minimum.get()) < 0) {
                missed.add(new MissedMinimum(criterion.code(), star, minimum.get(), mean));
              } else if (criterion.requiresAboveZero(star) && mean.signum() <= 0) {
                missed.add(new MissedMinimum(criterion.code(), star, BigDecimal.ZERO, mean));
              }
            });
    return missed;
  }

  /**
   * Checks the sheet against the rule set's maximum score; throws {@link InvalidRuleSetException}
   * naming the sheet, the code and the rule broken.
   */
  public void validate(BigDecimal ruleSetMaxScore) {
    BigDecimal partSum =
        parts.stream().map(SheetPart::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (partSum.compareTo(ruleSetMaxScore) != 0 || maxPoints.compareTo(partSum) != 0) {
      throw invalid(
          "sheet", "parts add up to " + partSum + ", not the rule set's " + ruleSetMaxScore);
    }
    Set<String> criterionCodes = new HashSet<>();
    Set<String> optionCodes = new HashSet<>();
    for (SheetPart part : parts) {
      BigDecimal sectionSum =
          part.sections().stream()
              .map(SheetSection::maxPoints)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      if (sectionSum.compareTo(part.maxPoints()) != 0) {
        throw invalid(
            part.code(),
            "sections add up to " + sectionSum + ", not the part's " + part.maxPoints());
      }
      for (SheetSection section : part.sections()) {
        validateSection(section, criterionCodes, optionCodes);
      }
    }
  }

  private void validateSection(
      SheetSection section, Set<String> criterionCodes, Set<String> optionCodes) {
    BigDecimal sum = BigDecimal.ZERO;
    Map<String, Map<String, BigDecimal>> alternatives = new LinkedHashMap<>();
    for (Criterion criterion : section.criteria()) {
      if (!criterionCodes.add(criterion.code())) {
        throw invalid(criterion.code(), "criterion code is not unique");
      }
      if (criterion.isAlternative() != (criterion.alternative() != null)) {
        throw invalid(criterion.code(), "alternativeGroup and alternative go together");
      }
      if (criterion.isAlternative()) {
        alternatives
            .computeIfAbsent(criterion.alternativeGroup(), g -> new LinkedHashMap<>())
            .merge(criterion.alternative(), criterion.maxPoints(), BigDecimal::add);
      } else {
        sum = sum.add(criterion.maxPoints());
      }
      validateCriterion(criterion, optionCodes);
    }
    for (Map.Entry<String, Map<String, BigDecimal>> group : alternatives.entrySet()) {
      Set<BigDecimal> totals = new HashSet<>();
      group.getValue().values().forEach(total -> totals.add(total.stripTrailingZeros()));
      if (group.getValue().size() < 2 || totals.size() != 1) {
        throw invalid(
            group.getKey(),
            "alternatives must be two or more, each worth the same points: " + group.getValue());
      }
      sum = sum.add(group.getValue().values().iterator().next());
    }
    if (sum.compareTo(section.maxPoints()) != 0) {
      throw invalid(
          section.code(),
          "criteria add up to "
              + sum
              + " (one alternative per group), not the section's "
              + section.maxPoints());
    }
  }

  private void validateCriterion(Criterion criterion, Set<String> optionCodes) {
    if (criterion.options().isEmpty()) {
      throw invalid(criterion.code(), "criterion has no options");
    }
    for (CriterionOption option : criterion.options()) {
      if (!optionCodes.add(option.code())) {
        throw invalid(option.code(), "option code is not unique");
      }
      if (option.points().signum() < 0) {
        throw invalid(option.code(), "option points are negative");
      }
    }
    if (criterion.bestPoints().compareTo(criterion.maxPoints()) != 0) {
      throw invalid(
          criterion.code(),
          "best option gives "
              + criterion.bestPoints()
              + ", not the maximum "
              + criterion.maxPoints());
    }
    CriterionOption lower = null;
    for (CriterionOption option :
        criterion.options().stream()
            .filter(o -> o.minimumForStar() != null)
            .sorted(java.util.Comparator.comparing(CriterionOption::minimumForStar))
            .toList()) {
      if (lower != null
          && option.minimumForStar() > lower.minimumForStar()
          && option.points().compareTo(lower.points()) < 0) {
        throw invalid(
            option.code(),
            "minimums inconsistent: the "
                + option.minimumForStar()
                + "★ minimum gives fewer points than the "
                + lower.minimumForStar()
                + "★ minimum "
                + lower.code());
      }
      lower = option;
    }
  }

  private InvalidRuleSetException invalid(String code, String rule) {
    return new InvalidRuleSetException("criteria sheet " + name() + ", " + code + ": " + rule);
  }

  private static FieldError error(String criterionCode, String rule, String message) {
    return new FieldError("answers." + criterionCode, rule, message);
  }
}
