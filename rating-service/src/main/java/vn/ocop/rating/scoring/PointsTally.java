package vn.ocop.rating.scoring;

import java.math.BigDecimal;

/**
 * One criterion's points over a round's sheets: their sum and how many sheets answered it.
 *
 * @param sum the points summed
 * @param count the sheets that answered the criterion
 */
public record PointsTally(BigDecimal sum, int count) {
  PointsTally plus(BigDecimal points) {
    return new PointsTally(sum.add(points), count + 1);
  }
}
