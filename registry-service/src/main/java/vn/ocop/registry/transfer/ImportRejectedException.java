package vn.ocop.registry.transfer;

import vn.ocop.platform.problem.FieldError;
import vn.ocop.platform.problem.ProblemException;

/**
 * An all-or-nothing import with invalid rows: 422 {@code IMPORT_ROWS_INVALID}, nothing written. The
 * answer carries the whole row report next to the usual problem fields.
 */
public class ImportRejectedException extends ProblemException {
  private final transient ImportReport report;

  ImportRejectedException(ImportReport report) {
    super(
        422,
        TransferProblems.ROWS_INVALID,
        "Rows break rules",
        report.summary(),
        report.errors().stream()
            .map(e -> new FieldError("rows[" + e.row() + "]." + e.column(), e.rule(), e.message()))
            .toList());
    this.report = report;
  }

  public ImportReport report() {
    return report;
  }
}
