package vn.ocop.rating.paperwork;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.ocop.rating.rules.EvaluationLevel;

/**
 * The score summary of a session (bảng tổng hợp kết quả chấm điểm): one row per dossier, one column
 * per member, then the mean and the star class.
 */
public record ScoreSummary(
    String councilName,
    EvaluationLevel level,
    LocalDate heldOn,
    List<String> members,
    List<Row> rows) {

  public ScoreSummary {
    members = List.copyOf(members);
    rows = List.copyOf(rows);
    for (Row row : rows) {
      if (row.totals().size() != members.size()) {
        throw new IllegalArgumentException(
            "row "
                + row.number()
                + " has "
                + row.totals().size()
                + " totals for "
                + members.size()
                + " members");
      }
    }
  }

  /**
   * @param totals aligned with {@link #members()}; an entry is null where the member has no sheet
   *     (absent, conflicted, or the result is not known yet)
   */
  public record Row(
      int number,
      String productName,
      String subjectName,
      List<BigDecimal> totals,
      BigDecimal mean,
      Integer stars) {
    public Row {
      // List.copyOf refuses nulls, and a missing sheet is a null here.
      totals = Collections.unmodifiableList(new ArrayList<>(totals));
    }
  }
}
