package vn.ocop.registry.transfer;

import java.util.Locale;
import vn.ocop.platform.problem.ProblemException;

/** The file formats of import and export: UTF-8 CSV and Excel workbooks (XLSX). */
public enum TransferFormat {
  CSV("text/csv", "csv"),
  XLSX(TransferFormat.XLSX_MEDIA_TYPE, "xlsx");

  public static final String CSV_MEDIA_TYPE = "text/csv";
  public static final String XLSX_MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final String mediaType;
  private final String extension;

  TransferFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  /**
   * The format a {@code format} query parameter names (csv or xlsx, any case; csv when absent).
   *
   * @throws ProblemException 400 on field {@code format}, rule {@code Format}
   */
  public static TransferFormat ofQuery(String value) {
    if (value == null || value.isBlank()) {
      return CSV;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "csv" -> CSV;
      case "xlsx" -> XLSX;
      default ->
          throw ProblemException.invalidField(
              "format", "Format", "format must be csv or xlsx, not '" + value + "'");
    };
  }
}
