package vn.ocop.registry.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import vn.ocop.registry.transfer.ImportReport.Outcome;

/** Builds row reports (sorted, capped errors and a summary for people) and stores them as JSON. */
@ApplicationScoped
class ImportReports {
  private static final Comparator<ImportRowError> IN_FILE_ORDER =
      Comparator.comparingInt(ImportRowError::row)
          .thenComparingInt(
              e -> ImportColumn.ofHeader(e.column()).map(Enum::ordinal).orElse(Integer.MAX_VALUE));

  private final ObjectMapper mapper;
  private final ImportConfig config;

  ImportReports(ObjectMapper mapper, ImportConfig config) {
    this.mapper = mapper;
    this.config = config;
  }

  ImportReport build(
      UUID id,
      Outcome outcome,
      Upload upload,
      ImportMode mode,
      ImportTotals totals,
      List<ImportRowError> errors,
      UUID previousImportId,
      String username) {
    List<ImportRowError> sorted = errors.stream().sorted(IN_FILE_ORDER).toList();
    int max = config.maxReportedErrors();
    boolean truncated = sorted.size() > max;
    return new ImportReport(
        id,
        outcome,
        summary(outcome, totals, previousImportId),
        mode,
        upload.format(),
        upload.sha256(),
        totals,
        truncated ? sorted.subList(0, max) : sorted,
        truncated,
        previousImportId,
        username,
        Instant.now());
  }

  static String summary(Outcome outcome, ImportTotals t, UUID previousImportId) {
    String existing =
        t.subjectsExisting()
            + " subjects, "
            + t.productsExisting()
            + " products and "
            + t.certificatesExisting()
            + " certificates";
    String created =
        t.subjectsCreated()
            + " subjects, "
            + t.productsCreated()
            + " products and "
            + t.certificatesCreated()
            + " certificates";
    String rejected =
        t.rejectedRows() == 0
            ? ""
            : "; " + t.rejectedRows() + (t.rejectedRows() == 1 ? " row" : " rows") + " rejected";
    String sameFile =
        previousImportId == null ? "" : " (the same file was imported as " + previousImportId + ")";
    return switch (outcome) {
      case CREATED ->
          "Imported "
              + t.rows()
              + " rows: "
              + created
              + " created; "
              + existing
              + " were already in the registry and are unchanged"
              + rejected;
      case UNCHANGED ->
          "Nothing new: "
              + existing
              + " of the file were already in the registry and are unchanged"
              + sameFile
              + rejected;
      case REJECTED ->
          "Nothing written: "
              + t.rejectedRows()
              + " of "
              + t.rows()
              + " rows break rules ("
              + t.errors()
              + (t.errors() == 1 ? " error" : " errors")
              + "). Correct them, or import with mode=VALID_ROWS_ONLY to write the valid rows";
      case DRY_RUN ->
          "Dry run, nothing written: "
              + created
              + " would be created; "
              + existing
              + " are already in the registry"
              + sameFile
              + rejected;
    };
  }

  String write(ImportReport report) {
    try {
      return mapper.writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an import report cannot be serialised", e);
    }
  }

  ImportReport read(String json) {
    try {
      return mapper.readValue(json, ImportReport.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored import report cannot be read", e);
    }
  }
}
