package vn.ocop.registry.transfer;

/**
 * One data row of an uploaded file, its cells as text in {@link ImportColumn} order (null when
 * empty).
 *
 * @param number the row number a spreadsheet shows (header = 1)
 */
record SourceRow(int number, String[] cells) {

  String get(ImportColumn column) {
    return cells[column.ordinal()];
  }
}
