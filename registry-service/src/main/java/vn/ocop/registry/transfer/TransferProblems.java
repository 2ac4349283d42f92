package vn.ocop.registry.transfer;

import java.util.List;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.platform.problem.ProblemException;

/** The problems (RFC 9457, with a stable code) of a file that cannot be imported at all. */
final class TransferProblems {
  static final String TOO_LARGE = "IMPORT_TOO_LARGE";
  static final String NOT_UTF8 = "IMPORT_NOT_UTF8";
  static final String UNSUPPORTED_CHARSET = "IMPORT_UNSUPPORTED_CHARSET";
  static final String EMPTY = "IMPORT_EMPTY";
  static final String TOO_MANY_ROWS = "IMPORT_TOO_MANY_ROWS";
  static final String COLUMNS_INVALID = "IMPORT_COLUMNS_INVALID";
  static final String FILE_UNREADABLE = "IMPORT_FILE_UNREADABLE";
  static final String ROWS_INVALID = "IMPORT_ROWS_INVALID";
  static final String CONFLICT = "IMPORT_CONFLICT";

  private TransferProblems() {}

  static ProblemException tooLarge(long maxBytes) {
    return new ProblemException(
        413,
        TOO_LARGE,
        "Upload too large",
        "The file is larger than the limit of " + maxBytes + " bytes; split it into several files",
        List.of(new FieldError("body", "MaxBytes", "at most " + maxBytes + " bytes")));
  }

  static ProblemException notUtf8(long byteOffset, long line) {
    String message =
        "The file is not UTF-8 text: invalid byte at offset "
            + byteOffset
            + " (line "
            + line
            + "); save the CSV as \"CSV UTF-8\"";
    return new ProblemException(
        422,
        NOT_UTF8,
        "File is not UTF-8",
        message,
        List.of(new FieldError("body", "Utf8", message)));
  }

  static ProblemException unsupportedCharset(String charset) {
    String message = "CSV files are read as UTF-8 only, not " + charset;
    return new ProblemException(
        415,
        UNSUPPORTED_CHARSET,
        "Unsupported charset",
        message,
        List.of(new FieldError("Content-Type", "Utf8", message)));
  }

  static ProblemException empty(String message) {
    return new ProblemException(
        422, EMPTY, "Empty file", message, List.of(new FieldError("body", "NotEmpty", message)));
  }

  static ProblemException tooManyRows(int maxRows) {
    String message = "The file has more than " + maxRows + " data rows; split it";
    return new ProblemException(
        422,
        TOO_MANY_ROWS,
        "Too many rows",
        message,
        List.of(new FieldError("body", "MaxRows", message)));
  }

  static ProblemException columns(List<FieldError> errors) {
    return new ProblemException(
        422,
        COLUMNS_INVALID,
        "Wrong columns",
        "The header row does not have the columns of the import template ("
            + errors.size()
            + (errors.size() == 1 ? " problem" : " problems")
            + "); download GET /api/registry/v1/imports/template",
        errors);
  }

  static ProblemException unreadable(String message) {
    return new ProblemException(
        422,
        FILE_UNREADABLE,
        "File cannot be read",
        message,
        List.of(new FieldError("body", "Xlsx", message)));
  }

  static ProblemException conflict() {
    return ProblemException.conflict(
        CONFLICT,
        "Another change registered some of these records while the file was being imported;"
            + " nothing was written. Upload the file again: what exists now is recognised.");
  }
}
