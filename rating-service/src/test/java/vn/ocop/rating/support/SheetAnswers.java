package vn.ocop.rating.support;

import io.quarkus.arc.Arc;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ocop.rating.criteria.CriteriaCatalogue;
import vn.ocop.rating.criteria.Criterion;
import vn.ocop.rating.criteria.CriterionOption;
import vn.ocop.rating.criteria.EvaluationSheet;

/**
 * Builds a member's answers on the real sheet of a product set, as a member would tick them: for a
 * wanted total, or the best answers with one mandatory minimum missed. Answers reach a total by
 * lowering criteria from the end of the sheet; they keep the star minimums of the total's own band
 * where they can, so that a 75-point sheet is a real 4★ sheet unless a test says otherwise.
 */
public final class SheetAnswers {
  public static final String CRITERIA = "QD148-2023";

  private SheetAnswers() {}

  public static EvaluationSheet sheet(int productSet) {
    return Arc.container().instance(CriteriaCatalogue.class).get().sheet(CRITERIA, productSet);
  }

  /** The best option of every criterion (the first alternative of each group): 100 points. */
  public static Map<String, String> best(int productSet) {
    return toAnswers(bestChoice(sheet(productSet)));
  }

  /** Answers whose total is exactly {@code total}, keeping the minimums of its band if possible. */
  public static Map<String, String> forTotal(int productSet, BigDecimal total) {
    EvaluationSheet sheet = sheet(productSet);
    Map<Criterion, Optional<CriterionOption>> choice = bestChoice(sheet);
    BigDecimal deficit = new BigDecimal(100).subtract(total);
    int band = bandOf(total);
    deficit = lower(choice, deficit, band);
    deficit = lower(choice, deficit, 0);
    if (deficit.signum() != 0) {
      throw new IllegalArgumentException(
          "no answers on set " + productSet + " total " + total + " (left " + deficit + ")");
    }
    return toAnswers(choice);
  }

  public static Map<String, String> forTotal(int productSet, int total) {
    return forTotal(productSet, new BigDecimal(total));
  }

  /**
   * The best answers except one criterion that a {@code star}★ result requires, ticked at its
   * lowest option: the total stays high, the minimum is missed.
   *
   * @return the answers and the criterion that misses its minimum
   */
  public static Missed missingMinimumOf(int productSet, int star) {
    EvaluationSheet sheet = sheet(productSet);
    Map<Criterion, Optional<CriterionOption>> choice = bestChoice(sheet);
    for (Criterion criterion : choice.keySet()) {
      Optional<BigDecimal> minimum = criterion.minimumPointsFor(star);
      Optional<BigDecimal> lowerMinimum = criterion.minimumPointsFor(star - 1);
      if (minimum.isPresent() && !minimum.equals(lowerMinimum)) {
        Optional<CriterionOption> lowest =
            criterion.options().stream()
                .filter(option -> option.points().compareTo(minimum.get()) < 0)
                .filter(
                    option ->
                        lowerMinimum.isEmpty()
                            || option.points().compareTo(lowerMinimum.get()) >= 0)
                .min(Comparator.comparing(CriterionOption::points));
        if (lowest.isPresent()) {
          choice.put(criterion, lowest);
          return new Missed(toAnswers(choice), criterion.code());
        }
      }
    }
    throw new IllegalArgumentException("set " + productSet + " has no " + star + "★ minimum");
  }

  /** Answers with one criterion's minimum missed. */
  public record Missed(Map<String, String> answers, String criterionCode) {}

  private static int bandOf(BigDecimal total) {
    int[] from = {0, 30, 50, 70, 90};
    int band = 1;
    for (int i = 0; i < from.length; i++) {
      if (total.compareTo(new BigDecimal(from[i])) >= 0) {
        band = i + 1;
      }
    }
    return band;
  }

  private static Map<Criterion, Optional<CriterionOption>> bestChoice(EvaluationSheet sheet) {
    Map<Criterion, Optional<CriterionOption>> choice = new LinkedHashMap<>();
    Map<String, String> alternativeOf = new HashMap<>();
    sheet
        .criteria()
        .forEach(
            criterion -> {
              if (criterion.isAlternative()) {
                String chosen =
                    alternativeOf.computeIfAbsent(
                        criterion.alternativeGroup(), group -> criterion.alternative());
                if (!chosen.equals(criterion.alternative())) {
                  return;
                }
              }
              choice.put(
                  criterion,
                  criterion.options().stream().max(Comparator.comparing(CriterionOption::points)));
            });
    return choice;
  }

  /** Lowers criteria from the end of the sheet, never below their {@code star}★ floor. */
  private static BigDecimal lower(
      Map<Criterion, Optional<CriterionOption>> choice, BigDecimal deficit, int star) {
    List<Criterion> criteria = new ArrayList<>(choice.keySet());
    for (int i = criteria.size() - 1; i >= 0 && deficit.signum() > 0; i--) {
      Criterion criterion = criteria.get(i);
      BigDecimal current =
          choice.get(criterion).map(CriterionOption::points).orElse(BigDecimal.ZERO);
      BigDecimal floor = star == 0 ? BigDecimal.ZERO : floorOf(criterion, star);
      BigDecimal wanted = current.subtract(deficit).max(floor);
      // The lowest option at or above the wanted points ("none" counts as 0 where allowed).
      Optional<CriterionOption> best = Optional.empty();
      BigDecimal bestPoints = current;
      if (!criterion.hasZeroOption() && wanted.signum() <= 0) {
        bestPoints = BigDecimal.ZERO;
      } else {
        for (CriterionOption option : criterion.options()) {
          if (option.points().compareTo(wanted) >= 0 && option.points().compareTo(bestPoints) < 0) {
            best = Optional.of(option);
            bestPoints = option.points();
          }
        }
        if (best.isEmpty()) {
          continue;
        }
      }
      deficit = deficit.subtract(current.subtract(bestPoints));
      choice.put(criterion, best);
    }
    return deficit;
  }

  private static BigDecimal floorOf(Criterion criterion, int star) {
    BigDecimal floor = criterion.minimumPointsFor(star).orElse(BigDecimal.ZERO);
    if (criterion.requiresAboveZero(star)) {
      BigDecimal smallestPositive =
          criterion.options().stream()
              .map(CriterionOption::points)
              .filter(points -> points.signum() > 0)
              .min(BigDecimal::compareTo)
              .orElse(BigDecimal.ZERO);
      floor = floor.max(smallestPositive);
    }
    return floor;
  }

  private static Map<String, String> toAnswers(Map<Criterion, Optional<CriterionOption>> choice) {
    Map<String, String> answers = new LinkedHashMap<>();
    choice.forEach(
        (criterion, option) ->
            answers.put(criterion.code(), option.map(CriterionOption::code).orElse(null)));
    return answers;
  }
}
