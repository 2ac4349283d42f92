package vn.ocop.plan.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a table as an XLSX workbook: the title and date above a bold header row, numbers as
 * numbers (so officials can sum them), empty cells where a line has no value.
 */
final class XlsxFile {
  /** The row of the headers; data follows it. */
  static final int HEADER_ROW = 3;

  static final String SHEET = "Tiến độ";

  private XlsxFile() {}

  static byte[] of(ProgressTable table) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "OCOP", "1.0");
      Worksheet sheet = workbook.newWorksheet(SHEET);
      sheet.value(0, 0, table.title());
      sheet.style(0, 0).bold().fontSize(13).set();
      sheet.value(1, 0, table.subtitle());
      List<String> headers = ProgressTable.HEADERS;
      for (int c = 0; c < headers.size(); c++) {
        sheet.value(HEADER_ROW, c, headers.get(c));
        sheet.style(HEADER_ROW, c).bold().wrapText(true).set();
      }
      int r = HEADER_ROW + 1;
      for (List<Object> row : table.rows()) {
        for (int c = 0; c < row.size(); c++) {
          Object value = row.get(c);
          if (value instanceof BigDecimal number) {
            sheet.value(r, c, number);
          } else if (value instanceof Integer number) {
            sheet.value(r, c, number);
          } else if (value != null) {
            sheet.value(r, c, value.toString());
          }
        }
        r++;
      }
      sheet.freezePane(0, HEADER_ROW + 1);
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
