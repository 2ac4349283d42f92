package vn.ocop.registry.transfer;

/** What an import does with a file that has invalid rows. */
public enum ImportMode {
  /** Any invalid row rejects the whole file: nothing is written (422 with the row report). */
  ALL_OR_NOTHING,
  /** Valid rows are written, invalid ones are reported and skipped. */
  VALID_ROWS_ONLY
}
