package vn.ocop.registry.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The import template (mẫu tệp nhập): the header row and one example row — a coffee cooperative of
 * Đắk Lắk with a 4-star provincial certificate — and, in the XLSX form, a second sheet that
 * documents every column. The example row itself imports.
 */
final class ImportTemplate {
  static final String GUIDE_SHEET = "Hướng dẫn";

  private ImportTemplate() {}

  static void write(OutputStream out, TransferFormat format) {
    try (TableSink sink = TableSink.of(format, out, RegistryExport.SHEET)) {
      sink.row(ImportColumn.headers());
      sink.row(example(format));
      if (sink instanceof TableSink.Xlsx xlsx) {
        for (int c = 0; c < ImportColumn.values().length; c++) {
          xlsx.width(c, 22);
        }
        xlsx.nextSheet(GUIDE_SHEET);
        xlsx.row(List.of("Cột (column)", "Bắt buộc (required)", "Ví dụ (example)", "Ý nghĩa"));
        for (ImportColumn column : ImportColumn.values()) {
          xlsx.row(
              List.of(
                  column.header(),
                  column.required() ? "có (yes)" : "không (no)",
                  column.example(),
                  column.description()));
        }
        xlsx.width(0, 30);
        xlsx.width(1, 18);
        xlsx.width(2, 36);
        xlsx.width(3, 120);
      }
      sink.finish();
    } catch (IOException e) {
      throw new UncheckedIOException("writing the template failed", e);
    }
  }

  /** The example row; typed cells (numbers, dates) in a workbook, as a spreadsheet would hold. */
  private static List<Object> example(TransferFormat format) {
    List<Object> row = new ArrayList<>();
    for (ImportColumn column : ImportColumn.values()) {
      String value = column.example();
      if (value.isEmpty()) {
        row.add(null);
      } else if (format == TransferFormat.CSV) {
        row.add(value);
      } else {
        row.add(
            switch (column.kind()) {
              case INTEGER -> Integer.valueOf(value);
              case DECIMAL -> new BigDecimal(value);
              case DATE -> LocalDate.parse(value);
              default -> value;
            });
      }
    }
    return row;
  }
}
