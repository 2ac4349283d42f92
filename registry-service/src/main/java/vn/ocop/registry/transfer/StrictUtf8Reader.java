package vn.ocop.registry.transfer;

import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a file's bytes as UTF-8, refusing anything else: a Windows-1258 or ANSI-saved spreadsheet
 * would otherwise turn every Vietnamese diacritic into a replacement character and be imported
 * wrong. The first bad byte is named by offset and line, so the user can find it. A UTF-8
 * byte-order mark (Excel's "CSV UTF-8") is skipped.
 */
final class StrictUtf8Reader extends Reader {
  private final byte[] bytes;
  private final ByteBuffer in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private boolean flushed;

  StrictUtf8Reader(byte[] bytes) {
    this.bytes = bytes;
    this.in = ByteBuffer.wrap(bytes);
    if (hasBom(bytes)) {
      in.position(3);
    }
  }

  static boolean hasBom(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xff) == 0xEF
        && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF;
  }

  @Override
  public int read(char[] target, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(target, offset, length);
    if (in.hasRemaining()) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        throw TransferProblems.notUtf8(in.position(), lineOf(in.position()));
      }
    }
    if (!in.hasRemaining() && !flushed) {
      CoderResult result = decoder.flush(out);
      if (result.isOverflow()) {
        return out.position() - offset;
      }
      flushed = true;
    }
    int read = out.position() - offset;
    return read == 0 && flushed ? -1 : read;
  }

  private long lineOf(int position) {
    long line = 1;
    for (int i = 0; i < position; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  @Override
  public void close() {}
}
