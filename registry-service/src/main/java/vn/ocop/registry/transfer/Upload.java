package vn.ocop.registry.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An uploaded file, read whole (it is bounded by {@link ImportConfig#maxBytes()}): its bytes, its
 * format and its SHA-256, which recognises a re-upload of the same file.
 */
record Upload(byte[] bytes, TransferFormat format, String sha256) {

  /**
   * Reads a request body, counting the bytes itself: a body sent without Content-Length (chunked)
   * is stopped here at the limit.
   *
   * @throws TransferProblems.TooLarge past {@code maxBytes}
   */
  static Upload read(InputStream body, TransferFormat format, long maxBytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    try (InputStream in = body) {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        total += n;
        if (total > maxBytes) {
          throw TransferProblems.tooLarge(maxBytes);
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the upload failed", e);
    }
    byte[] bytes = out.toByteArray();
    return new Upload(bytes, format, sha256(bytes));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }
}
