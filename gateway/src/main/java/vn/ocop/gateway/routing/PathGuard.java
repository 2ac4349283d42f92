package vn.ocop.gateway.routing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import vn.ocop.platform.problem.FieldError;

/**
 * Rejects request paths that could reach somewhere else than they seem to once a server decodes or
 * normalises them: dot-segments ({@code ..}, also percent-encoded, double-encoded, with a {@code ;}
 * parameter or as overlong UTF-8), encoded slashes or backslashes, empty segments ({@code //}), and
 * control characters such as an encoded NUL. The gateway forwards paths unchanged, so it refuses
 * them rather than trusting each service to normalise the same way.
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
      Optional<FieldError> broken = checkDecodedOnce(path);
      if (broken.isPresent()) {
        return broken;
      }
      String decoded = decode(path);
      if (decoded == null) {
        return Optional.of(
            new FieldError("path", "encoding", "Bad percent-encoding or invalid UTF-8"));
      }
      if (decoded.equals(path)) {
        return Optional.empty();
      }
      path = decoded;
    }
    return Optional.of(new FieldError("path", "encoding", "The path is encoded too many times"));
  }

  private static Optional<FieldError> checkDecodedOnce(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    if (lower.contains("%2f") || lower.contains("%5c") || path.indexOf('\\') >= 0) {
      return Optional.of(
          new FieldError("path", "separator", "Encoded slashes and backslashes are refused"));
    }
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return Optional.of(
            new FieldError("path", "control", "Control characters (such as NUL) are refused"));
      }
    }
    String[] segments = path.split("/", -1);
    for (int i = 1; i < segments.length; i++) {
      String segment = segments[i];
      // A trailing slash is an ordinary path; an empty segment inside one is not.
      if (segment.isEmpty() && i < segments.length - 1) {
        return Optional.of(
            new FieldError("path", "empty-segment", "Empty segments (//) are refused"));
      }
      String name =
          segment.indexOf(';') >= 0 ? segment.substring(0, segment.indexOf(';')) : segment;
      if (name.equals("..") || name.equals(".")) {
        return Optional.of(
            new FieldError("path", "traversal", "Dot-segments (. and ..) are refused"));
      }
    }
    return Optional.empty();
  }

  /**
   * Percent-decodes a path ({@code +} stays a plus); null if an escape is malformed or the bytes
   * are not valid UTF-8 (overlong forms such as {@code %c0%ae} for a dot included).
   */
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
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
