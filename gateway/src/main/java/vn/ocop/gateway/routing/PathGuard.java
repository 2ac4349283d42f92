package vn.ocop.gateway.routing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import vn.ocop.platform.problem.FieldError;

/**
 * Rejects request paths that could reach somewhere else than they seem to once a server decodes or
 * normalises them: dot-segments ({@code ..}, also percent-encoded, double-encoded or with a {@code
 * ;} parameter) and encoded slashes or backslashes. The gateway forwards paths unchanged, so it
 * refuses them rather than trusting each service to normalise the same way.
 */
final class PathGuard {
  /** Enough to undo double and triple encoding ({@code %252e%252e}). */
  private static final int DECODE_ROUNDS = 3;

  private PathGuard() {}

  /** The broken rule, if the raw (undecoded) path is not acceptable. */
  static Optional<FieldError> check(String rawPath) {
    if (rawPath == null || !rawPath.startsWith("/")) {
      return Optional.of(new FieldError("path", "absolute", "The path must start with /"));
    }
    String path = rawPath;
    for (int round = 0; round <= DECODE_ROUNDS; round++) {
      String lower = path.toLowerCase(Locale.ROOT);
      if (lower.contains("%2f") || lower.contains("%5c") || path.indexOf('\\') >= 0) {
        return Optional.of(
            new FieldError("path", "separator", "Encoded slashes and backslashes are refused"));
      }
      for (String segment : path.split("/", -1)) {
        String name =
            segment.indexOf(';') >= 0 ? segment.substring(0, segment.indexOf(';')) : segment;
        if (name.equals("..") || name.equals(".")) {
          return Optional.of(
              new FieldError("path", "traversal", "Dot-segments (. and ..) are refused"));
        }
      }
      String decoded = decode(path);
      if (decoded == null) {
        return Optional.of(new FieldError("path", "encoding", "Bad percent-encoding"));
      }
      if (decoded.equals(path)) {
        return Optional.empty();
      }
      path = decoded;
    }
    return Optional.of(new FieldError("path", "encoding", "The path is encoded too many times"));
  }

  /** Percent-decodes a path ({@code +} stays a plus); null if an escape is malformed. */
  private static String decode(String path) {
    if (path.indexOf('%') < 0) {
      return path;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(path.length());
    int i = 0;
    while (i < path.length()) {
      if (path.charAt(i) == '%') {
        if (i + 2 >= path.length()) {
          return null;
        }
        int high = Character.digit(path.charAt(i + 1), 16);
        int low = Character.digit(path.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          return null;
        }
        bytes.write(high * 16 + low);
        i += 3;
      } else {
        int codePoint = path.codePointAt(i);
        byte[] encoded = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
        bytes.write(encoded, 0, encoded.length);
        i += Character.charCount(codePoint);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
