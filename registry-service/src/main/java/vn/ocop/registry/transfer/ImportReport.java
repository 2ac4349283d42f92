package vn.ocop.registry.transfer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The row report of an import (báo cáo nhập dữ liệu): what the file amounted to, what was created,
 * what was there already, and every rule each rejected row broke.
 *
 * @param id the stored import (GET /imports/{id}); null for a dry run or a rejected file, which are
 *     not stored
 * @param outcome CREATED (something new was written), UNCHANGED (nothing new: e.g. the same file
 *     again), REJECTED (all-or-nothing with errors: nothing written) or DRY_RUN (checked only)
 * @param summary one sentence for people
 * @param errorsTruncated whether {@code errors} lists only the first of {@code totals.errors}
 * @param previousImportId the latest earlier import of the very same file (same SHA-256), if any
 */
@Schema(name = "ImportReport")
public record ImportReport(
    @Schema(nullable = true, implementation = String.class, format = "uuid") UUID id,
    @Schema(example = "CREATED") Outcome outcome,
    @Schema(
            example =
                "Imported 120 rows: 40 subjects, 100 products and 90 certificates created; 5"
                    + " subjects, 10 products and 8 certificates were already in the registry; 2"
                    + " rows rejected")
        String summary,
    @Schema(example = "VALID_ROWS_ONLY") ImportMode mode,
    @Schema(example = "CSV") TransferFormat format,
    @Schema(example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
        String sha256,
    ImportTotals totals,
    List<ImportRowError> errors,
    boolean errorsTruncated,
    @Schema(nullable = true, implementation = String.class, format = "uuid") UUID previousImportId,
    @Schema(example = "officer.daklak") String createdBy,
    Instant createdAt) {

  /** How an import ended. */
  public enum Outcome {
    CREATED,
    UNCHANGED,
    REJECTED,
    DRY_RUN
  }
}
