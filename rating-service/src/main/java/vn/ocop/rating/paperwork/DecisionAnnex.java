package vn.ocop.rating.paperwork;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.ocop.rating.rules.EvaluationLevel;

/**
 * The annex of a recognition decision (phụ lục danh sách sản phẩm được công nhận): the products a
 * decision recognises, with their score, star class and certificate validity.
 */
public record DecisionAnnex(
    String decisionNumber,
    LocalDate decisionDate,
    String issuingBody,
    EvaluationLevel level,
    List<Row> rows) {

  public DecisionAnnex {
    rows = List.copyOf(rows);
  }

  /**
   * @param address the commune and province of the subject, as far as the read model knows them
   * @param validUntil last day of the certificate's validity
   */
  public record Row(
      int number,
      String productName,
      String subjectName,
      String address,
      String productSet,
      BigDecimal score,
      int stars,
      int validityMonths,
      LocalDate validUntil) {}
}
