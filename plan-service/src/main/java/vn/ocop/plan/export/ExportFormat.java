package vn.ocop.plan.export;

import java.util.Locale;
import vn.ocop.platform.problem.ProblemException;

/** The file formats a progress view is exported in. */
enum ExportFormat {
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  CSV("text/csv; charset=UTF-8", "csv");

  static final String XLSX_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String CSV_TYPE = "text/csv";

  final String mediaType;
  final String extension;

  ExportFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  /** The format of the query parameter; XLSX when absent. */
  static ExportFormat of(String raw) {
    if (raw == null || raw.isBlank()) {
      return XLSX;
    }
    try {
      return valueOf(raw.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField("format", "OneOf", "Expected xlsx or csv");
    }
  }

  byte[] write(ProgressTable table) {
    return this == XLSX ? XlsxFile.of(table) : CsvFile.of(table);
  }
}
