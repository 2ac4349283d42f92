package vn.ocop.registry.transfer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV records (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes, CRLF or
 * LF) one at a time. Spreadsheet programs in Vietnamese locales often save with semicolons; the
 * delimiter is therefore taken from the header line.
 */
final class CsvRecords {
  private final Reader reader;
  private final char delimiter;
  private final char[] buffer = new char[64 * 1024];
  private int length;
  private int position;
  private int number;

  CsvRecords(Reader reader, char delimiter) {
    this.reader = reader;
    this.delimiter = delimiter;
  }

  /** The delimiter of a file whose first line is a header of plain names: , ; or tab. */
  static char delimiterOf(byte[] bytes) {
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    for (byte b : bytes) {
      if (b == '\n') {
        break;
      }
      switch (b) {
        case ',' -> commas++;
        case ';' -> semicolons++;
        case '\t' -> tabs++;
        default -> {}
      }
    }
    if (semicolons > commas && semicolons >= tabs) {
      return ';';
    }
    return tabs > commas ? '\t' : ',';
  }

  /** The number of the record last read, as a spreadsheet numbers its rows (header = 1). */
  int number() {
    return number;
  }

  /**
   * The next record's fields, or null at the end of the file.
   *
   * @throws TransferProblems#unreadable on a quote that is never closed
   */
  List<String> next() {
    int c = read();
    if (c < 0) {
      return null;
    }
    number++;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean inQuotes = false;
    while (true) {
      if (inQuotes) {
        if (c < 0) {
          throw TransferProblems.unreadable(
              "A quoted field that starts in row " + number + " is never closed");
        }
        if (c == '"') {
          int next = read();
          if (next == '"') {
            field.append('"');
          } else {
            inQuotes = false;
            c = next;
            continue;
          }
        } else {
          field.append((char) c);
        }
      } else if (c < 0 || c == '\n') {
        fields.add(field.toString());
        return fields;
      } else if (c == '\r') {
        int next = read();
        if (next != '\n' && next >= 0) {
          position--;
        }
        fields.add(field.toString());
        return fields;
      } else if (c == delimiter) {
        fields.add(field.toString());
        field.setLength(0);
        quoted = false;
      } else if (c == '"' && field.isEmpty() && !quoted) {
        inQuotes = true;
        quoted = true;
      } else {
        field.append((char) c);
      }
      c = read();
    }
  }

  private int read() {
    if (position == length) {
      try {
        length = reader.read(buffer, 0, buffer.length);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      position = 0;
      if (length <= 0) {
        length = 0;
        return -1;
      }
    }
    return buffer[position++];
  }
}
