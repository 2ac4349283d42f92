package vn.ocop.registry.transfer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.platform.problem.ProblemException;

/**
 * The data rows of an uploaded CSV or XLSX file, bound to the import columns by the header row.
 * Typed XLSX cells (numbers, dates, booleans) become the text a CSV would hold, so the rest of the
 * import reads one shape only.
 */
final class SourceTable {
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

  private SourceTable() {}

  static List<SourceRow> read(Upload upload, int maxRows) {
    return switch (upload.format()) {
      case CSV -> csv(upload.bytes(), maxRows);
      case XLSX -> xlsx(upload.bytes(), maxRows);
    };
  }

  static List<SourceRow> csv(byte[] bytes, int maxRows) {
    if (startsWith(bytes, ZIP_MAGIC)) {
      throw TransferProblems.unreadable(
          "This is an XLSX workbook, not CSV text: send it as " + TransferFormat.XLSX_MEDIA_TYPE);
    }
    CsvRecords records = new CsvRecords(new StrictUtf8Reader(bytes), CsvRecords.delimiterOf(bytes));
    List<String> header = records.next();
    while (header != null && blank(header)) {
      header = records.next();
    }
    if (header == null) {
      throw TransferProblems.empty("The file is empty: it needs a header row and data rows");
    }
    int[] columnAt = bind(header);
    List<SourceRow> rows = new ArrayList<>();
    for (List<String> fields = records.next(); fields != null; fields = records.next()) {
      String[] cells = new String[ImportColumn.values().length];
      boolean any = false;
      for (int i = 0; i < fields.size() && i < columnAt.length; i++) {
        if (columnAt[i] >= 0) {
          String value = emptyToNull(fields.get(i));
          cells[columnAt[i]] = value;
          any |= value != null;
        }
      }
      if (any) {
        add(rows, new SourceRow(records.number(), cells), maxRows);
      }
    }
    return requireRows(rows);
  }

  static List<SourceRow> xlsx(byte[] bytes, int maxRows) {
    if (bytes.length >= 8 && ReadableWorkbook.isOLE2Header(bytes)) {
      throw TransferProblems.unreadable(
          "This is an old Excel 97-2003 (.xls) workbook: save it as .xlsx or CSV UTF-8");
    }
    if (!startsWith(bytes, ZIP_MAGIC)) {
      throw TransferProblems.unreadable("The file is not an XLSX workbook (not a ZIP package)");
    }
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
      boolean date1904 = workbook.isDate1904();
      Sheet sheet = workbook.getFirstSheet();
      try (Stream<Row> stream = sheet.openStream()) {
        Iterator<Row> iterator = stream.iterator();
        int[] columnAt = null;
        List<SourceRow> rows = new ArrayList<>();
        while (iterator.hasNext()) {
          Row row = iterator.next();
          if (columnAt == null) {
            List<String> header = new ArrayList<>();
            for (int i = 0; i < row.getCellCount(); i++) {
              header.add(text(row.getCell(i)));
            }
            if (!blank(header)) {
              columnAt = bind(header);
            }
            continue;
          }
          String[] cells = new String[ImportColumn.values().length];
          boolean any = false;
          for (int i = 0; i < row.getCellCount() && i < columnAt.length; i++) {
            if (columnAt[i] >= 0) {
              ImportColumn column = ImportColumn.values()[columnAt[i]];
              String value = emptyToNull(cell(row.getCell(i), column.kind(), date1904));
              cells[columnAt[i]] = value;
              any |= value != null;
            }
          }
          if (any) {
            add(rows, new SourceRow(row.getRowNum(), cells), maxRows);
          }
        }
        if (columnAt == null) {
          throw TransferProblems.empty(
              "The first sheet is empty: it needs a header row and data rows");
        }
        return requireRows(rows);
      }
    } catch (ProblemException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw TransferProblems.unreadable(
          "The file is not a readable XLSX workbook (" + e.getClass().getSimpleName() + ")");
    }
  }

  /**
   * Maps each position of the header to a column (-1 for a blank header cell, whose column is
   * ignored).
   *
   * @throws ProblemException 422 IMPORT_COLUMNS_INVALID naming missing, unknown and repeated
   *     columns
   */
  static int[] bind(List<String> header) {
    int[] columnAt = new int[header.size()];
    boolean[] seen = new boolean[ImportColumn.values().length];
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i);
      columnAt[i] = -1;
      if (name == null || name.isBlank()) {
        continue;
      }
      var column = ImportColumn.ofHeader(name);
      if (column.isEmpty()) {
        errors.add(
            new FieldError(
                name.strip(),
                "UnknownColumn",
                "Column " + (i + 1) + " '" + name.strip() + "' is not an import column"));
      } else if (seen[column.get().ordinal()]) {
        errors.add(
            new FieldError(
                column.get().header(),
                "DuplicateColumn",
                "Column '" + column.get().header() + "' appears more than once"));
      } else {
        seen[column.get().ordinal()] = true;
        columnAt[i] = column.get().ordinal();
      }
    }
    for (ImportColumn column : ImportColumn.values()) {
      if (!seen[column.ordinal()]) {
        errors.add(
            new FieldError(
                column.header(),
                "MissingColumn",
                "Column '" + column.header() + "' is missing from the header row"));
      }
    }
    if (!errors.isEmpty()) {
      throw TransferProblems.columns(errors);
    }
    return columnAt;
  }

  /** A typed cell as the text a CSV would hold for that column. */
  static String cell(Cell cell, ImportColumn.Kind kind, boolean date1904) {
    if (cell == null || cell.getType() == CellType.EMPTY) {
      return null;
    }
    if (cell.getType() == CellType.BOOLEAN) {
      return Boolean.TRUE.equals(cell.asBoolean()) ? "true" : "false";
    }
    BigDecimal number = numberOf(cell);
    if (number == null) {
      return text(cell);
    }
    return switch (kind) {
      case DATE -> excelDate(number, date1904).toString();
      case PROVINCE -> padded(number, 2);
      case DISTRICT -> padded(number, 3);
      case COMMUNE -> padded(number, 5);
      case IDENTIFIER -> identifier(number);
      default -> plain(number);
    };
  }

  private static BigDecimal numberOf(Cell cell) {
    if (cell.getType() == CellType.NUMBER) {
      return cell.asNumber();
    }
    if (cell.getType() == CellType.FORMULA && cell.getRawValue() != null) {
      try {
        return new BigDecimal(cell.getRawValue().strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static String text(Cell cell) {
    if (cell == null || cell.getType() == CellType.EMPTY) {
      return null;
    }
    if (cell.getType() == CellType.STRING) {
      return cell.asString();
    }
    if (cell.getType() == CellType.NUMBER) {
      return plain(cell.asNumber());
    }
    return cell.getRawValue();
  }

  /**
   * A day serial of Excel: days since 1899-12-30 (the 1900 system, whose phantom 29 February 1900
   * shifts only dates before March 1900) or since 1904-01-01.
   */
  static LocalDate excelDate(BigDecimal serial, boolean date1904) {
    long days = serial.longValue();
    if (date1904) {
      return LocalDate.of(1904, 1, 1).plusDays(days);
    }
    return days < 61
        ? LocalDate.of(1899, 12, 31).plusDays(days)
        : LocalDate.of(1899, 12, 30).plusDays(days);
  }

  /** Codes typed as numbers lost their leading zeros ("00004" became 4): put them back. */
  private static String padded(BigDecimal number, int width) {
    String digits = plain(number);
    if (!digits.matches("\\d+") || digits.length() > width) {
      return digits;
    }
    return "0".repeat(width - digits.length()) + digits;
  }

  /**
   * Identifiers typed as numbers lost the leading zero every tax code of a province below 10 and
   * every personal id starts with (provinces 001-096): 9 digits were a tax code, 11 a personal id.
   */
  private static String identifier(BigDecimal number) {
    String digits = plain(number);
    if (digits.matches("\\d{9}") || digits.matches("\\d{11}")) {
      return "0" + digits;
    }
    return digits;
  }

  private static String plain(BigDecimal number) {
    BigDecimal stripped = number.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }

  private static void add(List<SourceRow> rows, SourceRow row, int maxRows) {
    if (rows.size() >= maxRows) {
      throw TransferProblems.tooManyRows(maxRows);
    }
    rows.add(row);
  }

  private static List<SourceRow> requireRows(List<SourceRow> rows) {
    if (rows.isEmpty()) {
      throw TransferProblems.empty("The file has a header row but no data rows");
    }
    return rows;
  }

  private static boolean blank(List<String> fields) {
    return fields.stream().allMatch(f -> f == null || f.isBlank());
  }

  private static String emptyToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
