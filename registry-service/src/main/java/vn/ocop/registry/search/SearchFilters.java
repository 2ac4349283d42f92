package vn.ocop.registry.search;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.registry.certificate.CertificateStatus;
import vn.ocop.registry.reference.AdminLevel;
import vn.ocop.registry.reference.AdminMaps;
import vn.ocop.registry.reference.AdminUnit;
import vn.ocop.registry.text.SearchText;

/**
 * The filters of a public search, checked: every value names something that exists, or the search
 * answers 400 naming each bad parameter (never an empty page that hides a typo).
 *
 * @param words the folded words of the query, each to be found in the product's name or its
 *     subject's name; empty for no text filter
 * @param map the map version {@code provinceCode} is on
 * @param statuses the certificate statuses to list (status on the day, dates applied)
 */
record SearchFilters(
    List<String> words,
    String map,
    String provinceCode,
    Integer starClass,
    Integer productSet,
    Integer productGroup,
    Set<CertificateStatus> statuses) {

  static final int MAX_QUERY_LENGTH = 200;
  static final int MAX_WORDS = 8;
  static final int PRODUCT_SETS = 26;
  static final int PRODUCT_GROUPS = 6;

  /** In force: what a consumer looks for unless told otherwise. */
  static final Set<CertificateStatus> IN_FORCE =
      EnumSet.of(CertificateStatus.ISSUED, CertificateStatus.EXPIRING);

  static SearchFilters parse(
      String q,
      String map,
      String provinceCode,
      String starClass,
      String productSet,
      String productGroup,
      List<String> status,
      AdminMaps maps) {
    List<FieldError> errors = new ArrayList<>();

    List<String> words = List.of();
    if (q != null && q.length() > MAX_QUERY_LENGTH) {
      errors.add(
          new FieldError("q", "Size", "The query is at most " + MAX_QUERY_LENGTH + " characters"));
    } else if (q != null) {
      String folded = SearchText.of(q);
      if (!folded.isEmpty()) {
        words = List.of(folded.split(" "));
        if (words.size() > MAX_WORDS) {
          errors.add(new FieldError("q", "Words", "The query has at most " + MAX_WORDS + " words"));
        }
      }
    }

    String mapVersion = map == null || map.isBlank() ? AdminUnit.CURRENT_MAP : map.strip();
    boolean knownMap =
        mapVersion.equals(AdminUnit.CURRENT_MAP) || mapVersion.equals(AdminUnit.PRE_MERGER_MAP);
    if (!knownMap) {
      errors.add(
          new FieldError(
              "map",
              "KnownMap",
              "map is "
                  + AdminUnit.CURRENT_MAP
                  + " (34 provinces, since 1 July 2025) or "
                  + AdminUnit.PRE_MERGER_MAP
                  + " (63 provinces, until 30 June 2025), not '"
                  + map
                  + "'"));
    }

    String province = provinceCode == null || provinceCode.isBlank() ? null : provinceCode.strip();
    if (province != null
        && knownMap
        && maps.unit(mapVersion, AdminLevel.PROVINCE, province).isEmpty()) {
      errors.add(
          new FieldError(
              "provinceCode",
              "KnownProvince",
              "Province " + province + " is not on the " + mapVersion + " map"));
    }

    Integer stars = number(starClass, "starClass", 3, 5, "StarClass", errors);
    Integer set = number(productSet, "productSet", 1, PRODUCT_SETS, "KnownProductSet", errors);
    Integer group =
        number(productGroup, "productGroup", 1, PRODUCT_GROUPS, "KnownProductGroup", errors);

    Set<CertificateStatus> statuses = EnumSet.noneOf(CertificateStatus.class);
    for (String value : status == null ? List.<String>of() : status) {
      for (String name : value.split(",")) {
        if (name.isBlank()) {
          continue;
        }
        try {
          statuses.add(CertificateStatus.valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          errors.add(
              new FieldError(
                  "status",
                  "KnownStatus",
                  "status is one of "
                      + EnumSet.allOf(CertificateStatus.class)
                      + ", not '"
                      + name.strip()
                      + "'"));
        }
      }
    }
    if (statuses.isEmpty()) {
      statuses = IN_FORCE;
    }

    if (!errors.isEmpty()) {
      throw new ProblemException(
          400,
          "VALIDATION_FAILED",
          "Invalid request",
          "The request breaks " + errors.size() + (errors.size() == 1 ? " rule" : " rules"),
          errors);
    }
    return new SearchFilters(words, mapVersion, province, stars, set, group, Set.copyOf(statuses));
  }

  private static Integer number(
      String value, String field, int min, int max, String rule, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    int number;
    try {
      number = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      errors.add(
          new FieldError(field, "Number", field + " must be a whole number, not '" + value + "'"));
      return null;
    }
    if (number < min || number > max) {
      errors.add(
          new FieldError(field, rule, field + " is " + min + " to " + max + ", not " + number));
      return null;
    }
    return number;
  }
}
