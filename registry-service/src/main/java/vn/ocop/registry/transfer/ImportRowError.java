package vn.ocop.registry.transfer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One broken rule of one row of an import file.
 *
 * @param row the row number as the spreadsheet shows it (header = 1)
 * @param column the import column, e.g. {@code subject_identifier}
 * @param rule the rule's stable name, e.g. {@code TaxCode}, {@code KnownCommune}, {@code StarBand}
 * @param value the cell as read (cut at 100 characters), null when empty
 */
@Schema(name = "ImportRowError")
public record ImportRowError(
    @Schema(example = "7") int row,
    @Schema(example = "subject_identifier") String column,
    @Schema(example = "TaxCode") String rule,
    @Schema(
            example =
                "A cooperative is identified by 10 digits, or NNNNNNNNNN-NNN for a branch, not"
                    + " '60012345'")
        String message,
    @Schema(nullable = true, example = "60012345") String value) {

  static ImportRowError of(
      int row, ImportColumn column, String rule, String message, String value) {
    String shown = value == null || value.length() <= 100 ? value : value.substring(0, 100) + "…";
    return new ImportRowError(row, column.header(), rule, message, shown);
  }
}
