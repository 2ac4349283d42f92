package vn.ocop.registry.transfer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The counts of an import's row report. "Existing" records were in the registry already and are
 * left unchanged: a re-upload of the same file counts everything as existing and creates nothing.
 *
 * @param rows data rows of the file (the header and blank rows not counted)
 * @param validRows rows without error (written, unless the import was rejected or a dry run)
 * @param rejectedRows rows with at least one error
 * @param errors row errors in all (the report may list fewer)
 */
@Schema(name = "ImportTotals")
public record ImportTotals(
    @Schema(example = "120") int rows,
    @Schema(example = "118") int validRows,
    @Schema(example = "2") int rejectedRows,
    @Schema(example = "3") int errors,
    @Schema(example = "40") int subjectsCreated,
    @Schema(example = "5") int subjectsExisting,
    @Schema(example = "100") int productsCreated,
    @Schema(example = "10") int productsExisting,
    @Schema(example = "90") int certificatesCreated,
    @Schema(example = "8") int certificatesExisting) {

  boolean createdAnything() {
    return subjectsCreated + productsCreated + certificatesCreated > 0;
  }
}
