package vn.ocop.rating.paperwork;

import java.math.BigDecimal;
import java.util.List;
import org.dhatim.fastexcel.Worksheet;

/**
 * The layout shared by the XLSX documents: the national motto in the first rows, a bold header row,
 * scores as numbers with two decimals (the spreadsheet shows the user's decimal separator, a comma
 * in Vietnamese locales) and the signature block.
 */
final class XlsxLayout {
  private static final String TWO_DECIMALS = "0.00";

  private XlsxLayout() {}

  /** Rows 0–3: issuer and nation, motto, place and date, title. */
  static void header(Worksheet sheet, String issuer, String title, String placeAndDate) {
    sheet.value(0, 0, issuer);
    sheet.value(0, 4, VietnameseText.NATION);
    sheet.value(1, 4, VietnameseText.MOTTO);
    sheet.value(2, 4, placeAndDate);
    sheet.value(3, 0, title);
    sheet.style(0, 4).bold().set();
    sheet.style(1, 4).bold().set();
    sheet.style(3, 0).bold().fontSize(13).set();
  }

  static void headRow(Worksheet sheet, int row, List<String> heads) {
    for (int c = 0; c < heads.size(); c++) {
      sheet.value(row, c, heads.get(c));
      sheet.style(row, c).bold().wrapText(true).set();
    }
  }

  static void decimal(Worksheet sheet, int row, int column, BigDecimal value) {
    if (value != null) {
      sheet.value(row, column, value);
      sheet.style(row, column).format(TWO_DECIMALS).set();
    }
  }

  static void integer(Worksheet sheet, int row, int column, Integer value) {
    if (value != null) {
      sheet.value(row, column, value);
    }
  }

  static void signatures(Worksheet sheet, int row, String secretary, String chair) {
    sheet.value(row, 1, "THƯ KÝ");
    sheet.value(row, 6, "CHỦ TỊCH HỘI ĐỒNG");
    sheet.style(row, 1).bold().set();
    sheet.style(row, 6).bold().set();
    sheet.value(row + 4, 1, secretary);
    sheet.value(row + 4, 6, chair);
  }
}
