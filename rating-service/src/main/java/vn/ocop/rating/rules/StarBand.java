package vn.ocop.rating.rules;

import java.math.BigDecimal;

/**
 * One star class (hạng sao) over a half-open interval of average scores: {@code from <= average <
 * below}. The top band has no {@code below}: it runs up to the rule set's maximum score, inclusive.
 *
 * @param stars 1 to 5
 * @param from the lowest average of the band, inclusive
 * @param below the first average above the band, exclusive; null for the top band
 */
public record StarBand(int stars, BigDecimal from, BigDecimal below) {

  public boolean contains(BigDecimal average) {
    return average.compareTo(from) >= 0 && (below == null || average.compareTo(below) < 0);
  }
}
