package vn.ocop.plan.export;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a table as CSV (RFC 4180, CRLF) in UTF-8 with a byte-order mark: without it Excel reads
 * the file in the machine's legacy code page and Vietnamese comes out garbled.
 */
final class CsvFile {
  private static final String BOM = "\uFEFF";

  private CsvFile() {}

  static byte[] of(ProgressTable table) {
    StringBuilder out = new StringBuilder(BOM);
    line(out, List.copyOf(ProgressTable.HEADERS));
    for (List<Object> row : table.rows()) {
      line(out, row);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void line(StringBuilder out, List<?> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(cells.get(i)));
    }
    out.append("\r\n");
  }

  private static String field(Object value) {
    if (value == null) {
      return "";
    }
    String text = value instanceof BigDecimal number ? number.toPlainString() : value.toString();
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
