package vn.ocop.registry.transfer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes rows of the import format, streamed: CSV (UTF-8 with a byte-order mark, which Excel needs
 * to show Vietnamese correctly) or XLSX. Values are typed: text, whole numbers, decimals, dates,
 * booleans; codes and identifiers are text, so their leading zeros stay.
 */
interface TableSink extends AutoCloseable {

  void row(List<?> values) throws IOException;

  /** Completes the file (the output stream stays open). */
  void finish() throws IOException;

  @Override
  default void close() {}

  static TableSink of(TransferFormat format, OutputStream out, String sheetName) {
    return switch (format) {
      case CSV -> new Csv(out);
      case XLSX -> new Xlsx(out, sheetName);
    };
  }

  /** RFC 4180 CSV. */
  final class Csv implements TableSink {
    private final Writer writer;

    Csv(OutputStream out) {
      this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 65536);
      try {
        writer.write('\uFEFF');
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    @Override
    public void row(List<?> values) throws IOException {
      for (int i = 0; i < values.size(); i++) {
        if (i > 0) {
          writer.write(',');
        }
        writer.write(escape(text(values.get(i))));
      }
      writer.write("\r\n");
    }

    static String text(Object value) {
      if (value == null) {
        return "";
      }
      if (value instanceof BigDecimal decimal) {
        return decimal.toPlainString();
      }
      return value.toString();
    }

    static String escape(String value) {
      boolean quote =
          value.indexOf(',') >= 0
              || value.indexOf('"') >= 0
              || value.indexOf('\n') >= 0
              || value.indexOf('\r') >= 0
              || value.indexOf(';') >= 0
              || !value.equals(value.strip());
      return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    @Override
    public void finish() throws IOException {
      writer.flush();
    }
  }

  /** One worksheet of an XLSX workbook, flushed to the stream every 1,000 rows. */
  final class Xlsx implements TableSink {
    private static final int FLUSH_EVERY = 1000;
    private final Workbook workbook;
    private Worksheet sheet;
    private int row;

    Xlsx(OutputStream out, String sheetName) {
      this.workbook = new Workbook(out, "OCOP registry", "1.0");
      this.sheet = workbook.newWorksheet(sheetName);
    }

    /** Starts another worksheet (the import reads the first one only). */
    void nextSheet(String name) throws IOException {
      sheet.finish();
      sheet = workbook.newWorksheet(name);
      row = 0;
    }

    @Override
    public void row(List<?> values) throws IOException {
      for (int c = 0; c < values.size(); c++) {
        Object value = values.get(c);
        if (value == null) {
          continue;
        }
        if (value instanceof LocalDate date) {
          sheet.value(row, c, date);
          sheet.style(row, c).format("yyyy-mm-dd").set();
        } else if (value instanceof Number number) {
          sheet.value(row, c, number);
        } else if (value instanceof Boolean bool) {
          sheet.value(row, c, bool);
        } else {
          sheet.inlineString(row, c, value.toString());
        }
      }
      row++;
      if (row % FLUSH_EVERY == 0) {
        sheet.flush();
      }
    }

    /** Sets a column's width (in characters) of the current sheet. */
    void width(int column, double characters) {
      sheet.width(column, characters);
    }

    @Override
    public void finish() throws IOException {
      workbook.finish();
    }
  }
}
