package vn.ocop.registry.transfer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The columns of the import/export file (tệp nhập/xuất): one flat row per product, optionally with
 * one of its certificates, the subject repeated on each of its products' rows. This is the single
 * source of the header, the template's documentation sheet and the OpenAPI description.
 */
public enum ImportColumn {
  MAP_VERSION(
      "map_version",
      Kind.TEXT,
      false,
      "2025-07",
      "Administrative map the unit codes are on (bản đồ hành chính): 2025-07, the 34-province map"
          + " in force since 1 July 2025 (default when empty), or 2025-03, the 63-province map"
          + " before the reform, for historical records."),
  SUBJECT_TYPE(
      "subject_type",
      Kind.TEXT,
      true,
      "COOPERATIVE",
      "Type of subject (loại chủ thể): COOPERATIVE, COOPERATIVE_GROUP, ENTERPRISE or"
          + " HOUSEHOLD_BUSINESS; the Vietnamese labels HTX / Hợp tác xã, Tổ hợp tác, Doanh"
          + " nghiệp, Hộ kinh doanh are accepted too."),
  SUBJECT_IDENTIFIER(
      "subject_identifier",
      Kind.IDENTIFIER,
      false,
      "6001234567",
      "Legal identifier (mã số): the tax code (mã số thuế, 10 digits or NNNNNNNNNN-NNN for a"
          + " branch) of a cooperative or enterprise; the representative's 12-digit personal id"
          + " (số định danh cá nhân) of a household business, or its legacy 10-digit tax code for"
          + " records before July 2025 (on the 2025-03 map or certified before 1 July 2025); empty"
          + " for a cooperative group. Write it as text so that leading zeros stay."),
  SUBJECT_NAME(
      "subject_name",
      Kind.TEXT,
      true,
      "Hợp tác xã Nông nghiệp Cà phê Ea Tu",
      "Name of the subject (tên chủ thể), at most 300 characters. The same identifier must carry"
          + " the same name and type on every row and in the registry."),
  PROVINCE_CODE(
      "province_code",
      Kind.PROVINCE,
      true,
      "66",
      "Province code (mã tỉnh), 2 digits, on the row's map. A province officer imports only rows"
          + " whose province is theirs on the current map."),
  DISTRICT_CODE(
      "district_code",
      Kind.DISTRICT,
      false,
      "",
      "District code (mã huyện), 3 digits: on the 2025-03 map only (optional there; when given it"
          + " must be the commune's district); empty on the 2025-07 map, which has no districts."),
  COMMUNE_CODE(
      "commune_code",
      Kind.COMMUNE,
      true,
      "24133",
      "Commune/ward code (mã xã/phường), 5 digits, on the row's map and inside the province."),
  ADDRESS(
      "address",
      Kind.TEXT,
      false,
      "Thôn 3, phường Buôn Ma Thuột",
      "Street address (địa chỉ), at most 300 characters."),
  REPRESENTATIVE(
      "representative",
      Kind.TEXT,
      false,
      "Y Bhim Niê",
      "Legal representative (người đại diện), at most 200 characters."),
  PHONE("phone", Kind.TEXT, false, "0912345678", "Phone (điện thoại), at most 30 characters."),
  EMAIL(
      "email", Kind.TEXT, false, "htx.eatu@example.vn", "E-mail address, at most 200 characters."),
  WOMAN_LED(
      "woman_led",
      Kind.BOOLEAN,
      false,
      "không",
      "The legal representative is a woman (chủ thể do phụ nữ làm chủ): true/false, có/không,"
          + " 1/0; empty means false."),
  ETHNIC_MINORITY_LED(
      "ethnic_minority_led",
      Kind.BOOLEAN,
      false,
      "có",
      "The legal representative is from an ethnic minority (người dân tộc thiểu số): true/false,"
          + " có/không, 1/0; empty means false."),
  PRODUCT_NAME(
      "product_name",
      Kind.TEXT,
      true,
      "Cà phê bột Ea Tu",
      "Product name (tên sản phẩm), at most 300 characters. A subject has one product per name"
          + " (case-insensitive) and product set."),
  PRODUCT_SET(
      "product_set",
      Kind.INTEGER,
      true,
      "13",
      "Product set (bộ sản phẩm) of Decision 148/QĐ-TTg, 1 to 26 (13 = Cà phê, ca cao)."),
  PRODUCT_DESCRIPTION(
      "product_description",
      Kind.TEXT,
      false,
      "Cà phê Robusta rang xay từ vùng nguyên liệu Ea Tu",
      "Product description (mô tả), at most 4000 characters."),
  CERTIFICATE_DECISION_NUMBER(
      "certificate_decision_number",
      Kind.TEXT,
      false,
      "1234/QĐ-UBND",
      "Number of the recognition decision (số quyết định công nhận). All certificate columns"
          + " are empty for a product without certificate; otherwise the decision number, date,"
          + " issuing body and level, star class, score and valid_from are required. A product's"
          + " certificate is identified by its decision number."),
  CERTIFICATE_DECISION_DATE(
      "certificate_decision_date",
      Kind.DATE,
      false,
      "2024-09-15",
      "Date of the decision (ngày quyết định), yyyy-MM-dd or dd/MM/yyyy, not in the future."),
  CERTIFICATE_ISSUING_BODY(
      "certificate_issuing_body",
      Kind.TEXT,
      false,
      "Ủy ban nhân dân tỉnh Đắk Lắk",
      "The body that issued the decision (cơ quan ban hành), at most 300 characters."),
  CERTIFICATE_ISSUING_LEVEL(
      "certificate_issuing_level",
      Kind.TEXT,
      false,
      "PROVINCE",
      "Level of the issuing body (cấp công nhận): DISTRICT (huyện), PROVINCE (tỉnh) or CENTRAL"
          + " (trung ương)."),
  STAR_CLASS(
      "star_class",
      Kind.INTEGER,
      false,
      "4",
      "Star class (hạng sao) of the certificate: 3, 4 or 5."),
  SCORE(
      "score",
      Kind.DECIMAL,
      false,
      "78.5",
      "Average total score (điểm), 0 to 100 with at most 2 decimals, inside the star band of"
          + " Decision 148: 3★ 50 to under 70, 4★ 70 to under 90, 5★ 90 to 100."),
  VALID_FROM(
      "valid_from",
      Kind.DATE,
      false,
      "2024-09-15",
      "First day of validity (hiệu lực từ), not before the decision date and not in the future."),
  VALID_TO(
      "valid_to",
      Kind.DATE,
      false,
      "2027-09-15",
      "End of validity (hiệu lực đến), after valid_from; empty means valid_from + 36 months."),
  CERTIFICATE_STATUS(
      "certificate_status",
      Kind.TEXT,
      false,
      "",
      "Empty (the status follows from the dates: ISSUED, EXPIRING from 180 days before valid_to,"
          + " EXPIRED after it), or REVOKED (thu hồi) or SUSPENDED (tạm đình chỉ) with a reason."),
  CERTIFICATE_STATUS_REASON(
      "certificate_status_reason",
      Kind.TEXT,
      false,
      "",
      "Why the certificate was revoked or suspended (lý do), required with certificate_status,"
          + " at most 500 characters.");

  /** How a cell of the column is read from a typed XLSX cell. */
  enum Kind {
    TEXT,
    IDENTIFIER,
    PROVINCE,
    DISTRICT,
    COMMUNE,
    BOOLEAN,
    INTEGER,
    DECIMAL,
    DATE
  }

  private static final Map<String, ImportColumn> BY_HEADER =
      Arrays.stream(values()).collect(Collectors.toMap(c -> c.header, Function.identity()));

  /** The certificate columns: all empty for a product without certificate. */
  static final List<ImportColumn> CERTIFICATE_COLUMNS =
      List.of(
          CERTIFICATE_DECISION_NUMBER,
          CERTIFICATE_DECISION_DATE,
          CERTIFICATE_ISSUING_BODY,
          CERTIFICATE_ISSUING_LEVEL,
          STAR_CLASS,
          SCORE,
          VALID_FROM,
          VALID_TO,
          CERTIFICATE_STATUS,
          CERTIFICATE_STATUS_REASON);

  private final String header;
  private final Kind kind;
  private final boolean required;
  private final String example;
  private final String description;

  ImportColumn(String header, Kind kind, boolean required, String example, String description) {
    this.header = header;
    this.kind = kind;
    this.required = required;
    this.example = example;
    this.description = description;
  }

  public String header() {
    return header;
  }

  Kind kind() {
    return kind;
  }

  /** Whether every row must fill it (certificate columns are required only with a certificate). */
  public boolean required() {
    return required;
  }

  /** The value of the template's example row. */
  public String example() {
    return example;
  }

  public String description() {
    return description;
  }

  /** The column of a header cell: snake_case, case-insensitive, surrounding blanks ignored. */
  static Optional<ImportColumn> ofHeader(String header) {
    if (header == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(BY_HEADER.get(header.strip().toLowerCase(Locale.ROOT)));
  }

  /** The header row in file order. */
  static List<String> headers() {
    return Arrays.stream(values()).map(ImportColumn::header).toList();
  }

  /** A Markdown table of the columns, for the OpenAPI description. */
  static String markdownTable() {
    StringBuilder table = new StringBuilder("| column | required | example | meaning |\n");
    table.append("|---|---|---|---|\n");
    for (ImportColumn column : values()) {
      table
          .append("| `")
          .append(column.header)
          .append("` | ")
          .append(column.required ? "yes" : "no")
          .append(" | ")
          .append(column.example.isEmpty() ? "" : "`" + column.example + "`")
          .append(" | ")
          .append(column.description.replace("|", "\\|"))
          .append(" |\n");
    }
    return table.toString();
  }
}
