package vn.ocop.registry.certificate;

import java.util.List;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.platform.problem.ProblemException;

/**
 * The certificate version a decision was taken on, from the body's {@code version} or the {@code
 * If-Match} header (the ETag of a certificate is its version in quotes). One of them is required: a
 * decision on a certificate that changed meanwhile (reinstated by a colleague, expired overnight)
 * must not go through unnoticed.
 */
final class ExpectedVersion {
  static final String REQUIRED = "CERTIFICATE_VERSION_REQUIRED";

  private ExpectedVersion() {}

  /** The ETag of a certificate version. */
  static String etag(long version) {
    return String.valueOf(version);
  }

  static long of(Long bodyVersion, String ifMatch) {
    Long headerVersion = parse(ifMatch);
    if (bodyVersion != null && headerVersion != null && !bodyVersion.equals(headerVersion)) {
      throw ProblemException.invalidField(
          "version",
          "MatchesIfMatch",
          "version " + bodyVersion + " and If-Match " + ifMatch + " name different versions");
    }
    if (bodyVersion != null) {
      return bodyVersion;
    }
    if (headerVersion != null) {
      return headerVersion;
    }
    throw new ProblemException(
        428,
        REQUIRED,
        "Precondition required",
        "Send the certificate's version as read, in the body or as If-Match",
        List.of(
            new FieldError("version", "Required", "version (or the If-Match header) is required")));
  }

  private static Long parse(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return null;
    }
    String tag = ifMatch.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
      tag = tag.substring(1, tag.length() - 1);
    }
    try {
      long version = Long.parseLong(tag);
      if (version >= 0) {
        return version;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw ProblemException.invalidField(
        "If-Match", "ETag", "If-Match must be the certificate's ETag, e.g. \"3\"; got " + ifMatch);
  }
}
