package vn.ocop.rating.criteria;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A criterion of an evaluation sheet (tiêu chí), scored by ticking one of its options.
 *
 * @param code stable code from part, section number and Vietnamese letter, e.g. {@code A1a}; a
 *     sub-criterion under a heading gets a number, e.g. {@code C6a1}
 * @param heading the unscored heading grouping sub-criteria ("a) Ngoại hình"), null otherwise
 * @param mandatoryFromStar N when the criterion as a whole is mandatory (bắt buộc) from N★ up: it
 *     must score above 0
 * @param alternativeGroup the group of mutually exclusive alternatives the criterion belongs to
 *     (e.g. the two "trường hợp" of the tourism sheet); null for a criterion always scored
 * @param alternative which alternative of the group, e.g. {@code community} or {@code site}
 * @param communeReview whether the commune pre-reviews it under Decision 1489 (origin, local
 *     labour, idea origin, local identity)
 */
public record Criterion(
    String code,
    String title,
    String description,
    String heading,
    BigDecimal maxPoints,
    Integer mandatoryFromStar,
    String alternativeGroup,
    String alternative,
    boolean communeReview,
    Integer sourceLine,
    List<CriterionOption> options) {

  public Criterion {
    options = options == null ? List.of() : List.copyOf(options);
  }

  public Optional<CriterionOption> option(String optionCode) {
    return options.stream().filter(option -> option.code().equals(optionCode)).findFirst();
  }

  public BigDecimal bestPoints() {
    return options.stream()
        .map(CriterionOption::points)
        .max(BigDecimal::compareTo)
        .orElse(BigDecimal.ZERO);
  }

  /** Whether one option already gives 0 points, so "none applies" must be ticked as that option. */
  public boolean hasZeroOption() {
    return options.stream().anyMatch(option -> option.points().signum() == 0);
  }

  /**
   * The points an N★ result requires of this criterion: the highest points among the options that
   * are a minimum for N★ or below, or just above 0 when the criterion is mandatory from N★ (then
   * {@link #requiresAboveZero}); empty when N★ asks nothing of it.
   */
  public Optional<BigDecimal> minimumPointsFor(int star) {
    return options.stream()
        .filter(option -> option.minimumForStar() != null && option.minimumForStar() <= star)
        .map(CriterionOption::points)
        .max(BigDecimal::compareTo);
  }

  public boolean requiresAboveZero(int star) {
    return mandatoryFromStar != null && mandatoryFromStar <= star;
  }

  public boolean isAlternative() {
    return alternativeGroup != null;
  }
}
