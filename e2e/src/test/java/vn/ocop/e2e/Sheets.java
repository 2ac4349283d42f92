package vn.ocop.e2e;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A council member's answers on the real evaluation sheet the rating service publishes, for a
 * wanted whole total: the best option everywhere, then criteria lowered from the end of the sheet,
 * first never below the star minimums of the total's band (so a 4★ total is a real 4★ sheet), then
 * freely.
 */
final class Sheets {
  private static final Map<String, List<Map<String, Object>>> CRITERIA = new LinkedHashMap<>();

  private Sheets() {}

  /** Answers worth {@code total} points on the sheet of a product set under a rule set. */
  static Map<String, String> answersFor(String ruleSetVersion, int productSet, int total) {
    return answersOn(criteria(ruleSetVersion, productSet), total);
  }

  /**
   * Answers worth {@code total} points on a sheet's criteria, in sheet order as the API gives them
   * ({@code code}, {@code options}, {@code alternativeGroup}, ...), however they were fetched.
   */
  static Map<String, String> answersOn(List<Map<String, Object>> sheetCriteria, int total) {
    List<Map<String, Object>> criteria = firstAlternatives(sheetCriteria);
    Map<String, Map<String, Object>> choice = new LinkedHashMap<>();
    for (Map<String, Object> criterion : criteria) {
      choice.put((String) criterion.get("code"), best(options(criterion)));
    }
    BigDecimal deficit = BigDecimal.valueOf(100 - total);
    int band = total >= 90 ? 5 : total >= 70 ? 4 : total >= 50 ? 3 : total >= 30 ? 2 : 1;
    deficit = lower(criteria, choice, deficit, band);
    deficit = lower(criteria, choice, deficit, 0);
    if (deficit.signum() != 0) {
      throw new IllegalArgumentException("no answers worth " + total + " on this sheet");
    }
    Map<String, String> answers = new LinkedHashMap<>();
    choice.forEach(
        (code, option) -> answers.put(code, option == null ? null : (String) option.get("code")));
    return answers;
  }

  private static synchronized List<Map<String, Object>> criteria(
      String ruleSetVersion, int productSet) {
    return CRITERIA.computeIfAbsent(
        ruleSetVersion + "/" + productSet,
        key ->
            Api.as(Ocop.OFFICER)
                .get("/api/rating/v1/rule-sets/" + ruleSetVersion + "/sheets/" + productSet)
                .then()
                .statusCode(200)
                .extract()
                .path("parts.sections.criteria.flatten()"));
  }

  // Sheet 13 has no alternative criteria; keep the first alternative of any group anyway.
  private static List<Map<String, Object>> firstAlternatives(List<Map<String, Object>> all) {
    List<Map<String, Object>> kept = new ArrayList<>();
    Map<String, Object> chosen = new LinkedHashMap<>();
    for (Map<String, Object> criterion : all) {
      Object group = criterion.get("alternativeGroup");
      if (group != null) {
        Object first = chosen.putIfAbsent((String) group, criterion.get("alternative"));
        if (first != null && !first.equals(criterion.get("alternative"))) {
          continue;
        }
      }
      kept.add(criterion);
    }
    return kept;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> options(Map<String, Object> criterion) {
    return (List<Map<String, Object>>) criterion.get("options");
  }

  private static BigDecimal points(Map<String, Object> option) {
    return option == null ? BigDecimal.ZERO : new BigDecimal(option.get("points").toString());
  }

  private static Map<String, Object> best(List<Map<String, Object>> options) {
    Map<String, Object> best = null;
    for (Map<String, Object> option : options) {
      if (best == null || points(option).compareTo(points(best)) > 0) {
        best = option;
      }
    }
    return best;
  }

  private static BigDecimal lower(
      List<Map<String, Object>> criteria,
      Map<String, Map<String, Object>> choice,
      BigDecimal deficit,
      int star) {
    for (int i = criteria.size() - 1; i >= 0 && deficit.signum() > 0; i--) {
      Map<String, Object> criterion = criteria.get(i);
      String code = (String) criterion.get("code");
      BigDecimal current = points(choice.get(code));
      BigDecimal wanted = current.subtract(deficit).max(floor(criterion, star));
      boolean hasZero = options(criterion).stream().anyMatch(o -> points(o).signum() == 0);
      Map<String, Object> picked = choice.get(code);
      BigDecimal pickedPoints = current;
      if (!hasZero && wanted.signum() <= 0) {
        picked = null;
        pickedPoints = BigDecimal.ZERO;
      } else {
        for (Map<String, Object> option : options(criterion)) {
          if (points(option).compareTo(wanted) >= 0 && points(option).compareTo(pickedPoints) < 0) {
            picked = option;
            pickedPoints = points(option);
          }
        }
      }
      deficit = deficit.subtract(current.subtract(pickedPoints));
      choice.put(code, picked);
    }
    return deficit;
  }

  private static BigDecimal floor(Map<String, Object> criterion, int star) {
    if (star == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal floor = BigDecimal.ZERO;
    for (Map<String, Object> option : options(criterion)) {
      Object minimum = option.get("minimumForStar");
      if (minimum != null && ((Number) minimum).intValue() <= star) {
        floor = floor.max(points(option));
      }
    }
    Object mandatory = criterion.get("mandatoryFromStar");
    if (mandatory != null && ((Number) mandatory).intValue() <= star) {
      BigDecimal smallest = null;
      for (Map<String, Object> option : options(criterion)) {
        if (points(option).signum() > 0
            && (smallest == null || points(option).compareTo(smallest) < 0)) {
          smallest = points(option);
        }
      }
      floor = smallest == null ? floor : floor.max(smallest);
    }
    return floor;
  }
}
