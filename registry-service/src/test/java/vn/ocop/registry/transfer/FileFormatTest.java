package vn.ocop.registry.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ocop.platform.problem.ProblemException;

/** The file-level rules of import and export: CSV, UTF-8, Excel cells, star bands, validity. */
class FileFormatTest {

  @Test
  void csvRecordsKeepQuotesCommasAndLineBreaksAndNumberRowsAsASpreadsheetDoes() {
    String text =
        "a,b,c\r\n\"Thôn 3, xã Ea Tu\",\"Nói \"\"có\"\"\",\"hai\ndòng\"\n\nx,,\"\"\nlast,row";
    CsvRecords records = new CsvRecords(new StrictUtf8Reader(utf8(text)), ',');
    List<List<String>> read = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    for (List<String> r = records.next(); r != null; r = records.next()) {
      read.add(r);
      numbers.add(records.number());
    }
    assertThat(read)
        .containsExactly(
            List.of("a", "b", "c"),
            List.of("Thôn 3, xã Ea Tu", "Nói \"có\"", "hai\ndòng"),
            List.of(""),
            List.of("x", "", ""),
            List.of("last", "row"));
    assertThat(numbers).containsExactly(1, 2, 3, 4, 5);
  }

  @ParameterizedTest(name = "header {0} -> delimiter {1}")
  @CsvSource(
      delimiter = '|',
      value = {"a,b,c|,", "a;b;c|;", "a;b,c;d|;", "single|,"})
  void theDelimiterIsTakenFromTheHeaderLine(String header, char delimiter) {
    assertThat(CsvRecords.delimiterOf(utf8(header + "\nx,y;z\n"))).isEqualTo(delimiter);
  }

  @Test
  void aTabSeparatedFileIsRecognised() {
    assertThat(CsvRecords.delimiterOf(utf8("a\tb\tc\nx,y\n"))).isEqualTo('\t');
  }

  @Test
  void anUnclosedQuoteIsNamedByItsRow() {
    CsvRecords records = new CsvRecords(new StrictUtf8Reader(utf8("a\n\"open,b\n")), ',');
    records.next();
    assertThatThrownBy(records::next)
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.code()).isEqualTo("IMPORT_FILE_UNREADABLE");
              assertThat(e.getMessage()).contains("row 2");
            });
  }

  @Test
  void utf8IsDecodedStrictlyNamingTheOffsetAndLineOfTheFirstBadByte() {
    byte[] bytes = {'o', 'k', '\n', 'C', (byte) 0xE0, ' ', 'p'};
    assertThatThrownBy(() -> readAll(new StrictUtf8Reader(bytes)))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.status()).isEqualTo(422);
              assertThat(e.code()).isEqualTo("IMPORT_NOT_UTF8");
              assertThat(e.getMessage()).contains("offset 4").contains("line 2");
            });
  }

  @Test
  void aByteOrderMarkIsSkippedAndVietnameseIsRead() throws IOException {
    byte[] text = utf8("\uFEFFCà phê Buôn Ma Thuột");
    assertThat(readAll(new StrictUtf8Reader(text))).isEqualTo("Cà phê Buôn Ma Thuột");
    // A multi-byte character split across the reader's chunks still decodes.
    byte[] many = utf8("ễ".repeat(40_000));
    assertThat(readAll(new StrictUtf8Reader(many))).hasSize(40_000);
  }

  @ParameterizedTest(name = "serial {0} (1904: {1}) = {2}")
  @CsvSource({
    "45550, false, 2024-09-15",
    "61, false, 1900-03-01",
    "59, false, 1900-02-28",
    "1, false, 1900-01-01",
    "44088, true, 2024-09-15",
    "45550.75, false, 2024-09-15"
  })
  void excelDaySerialsAreDates(BigDecimal serial, boolean date1904, LocalDate date) {
    assertThat(SourceTable.excelDate(serial, date1904)).isEqualTo(date);
  }

  /** Decision 148 bands, half-open over decimals (domain notes §2.2). */
  @ParameterizedTest(name = "score {0} -> {1} stars")
  @CsvSource({
    "0, 1",
    "29.99, 1",
    "30, 2",
    "49.99, 2",
    "50, 3",
    "69.99, 3",
    "70, 4",
    "89.99, 4",
    "90, 5",
    "90.75, 5",
    "100, 5"
  })
  void scoresFallInTheStarBandsOfDecision148(BigDecimal score, int stars) {
    assertThat(RowParser.starsOf(score)).isEqualTo(stars);
  }

  @ParameterizedTest(name = "{0} to {1}: {2} months")
  @CsvSource({
    "2024-09-15, 2027-09-15, 36",
    "2024-02-29, 2027-02-28, 36",
    "2024-01-31, 2024-02-29, 1",
    "2024-09-15, 2027-09-14, ",
    "2023-03-01, 2026-03-01, 36"
  })
  void validityIsInWholeMonthsOrUnknown(LocalDate from, LocalDate to, Integer months) {
    assertThat(ImportWriter.validityMonths(from, to)).isEqualTo(months);
  }

  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(
      delimiter = '|',
      value = {
        "plain|plain",
        "Thôn 3, xã Ea Tu|\"Thôn 3, xã Ea Tu\"",
        "Nói \"có\"|\"Nói \"\"có\"\"\"",
        "a;b|\"a;b\"",
        "' lead'|\" lead\""
      })
  void exportedCsvCellsAreQuotedWhenNeeded(String value, String written) {
    assertThat(TableSink.Csv.escape(value)).isEqualTo(written);
  }

  @Test
  void everyColumnIsDocumentedWithAnExampleThatFitsItsKind() {
    assertThat(ImportColumn.headers()).hasSize(26).doesNotHaveDuplicates();
    for (ImportColumn column : ImportColumn.values()) {
      assertThat(column.description()).as(column.header()).isNotBlank();
      assertThat(ImportColumn.ofHeader(" " + column.header().toUpperCase() + " ")).contains(column);
    }
    assertThat(ImportColumn.markdownTable()).contains("| `star_class` | no | `4` |");
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String readAll(Reader reader) throws IOException {
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[1000];
    int n;
    while ((n = reader.read(buffer, 0, buffer.length)) >= 0) {
      out.append(buffer, 0, n);
    }
    return out.toString();
  }
}
