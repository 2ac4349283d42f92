package vn.ocop.registry.transfer;

import static vn.ocop.registry.transfer.ImportColumn.ADDRESS;
import static vn.ocop.registry.transfer.ImportColumn.CERTIFICATE_COLUMNS;
import static vn.ocop.registry.transfer.ImportColumn.CERTIFICATE_DECISION_DATE;
import static vn.ocop.registry.transfer.ImportColumn.CERTIFICATE_DECISION_NUMBER;
import static vn.ocop.registry.transfer.ImportColumn.CERTIFICATE_ISSUING_BODY;
import static vn.ocop.registry.transfer.ImportColumn.CERTIFICATE_ISSUING_LEVEL;
import static vn.ocop.registry.transfer.ImportColumn.CERTIFICATE_STATUS;
import static vn.ocop.registry.transfer.ImportColumn.CERTIFICATE_STATUS_REASON;
import static vn.ocop.registry.transfer.ImportColumn.COMMUNE_CODE;
import static vn.ocop.registry.transfer.ImportColumn.DISTRICT_CODE;
import static vn.ocop.registry.transfer.ImportColumn.EMAIL;
import static vn.ocop.registry.transfer.ImportColumn.ETHNIC_MINORITY_LED;
import static vn.ocop.registry.transfer.ImportColumn.MAP_VERSION;
import static vn.ocop.registry.transfer.ImportColumn.PHONE;
import static vn.ocop.registry.transfer.ImportColumn.PRODUCT_DESCRIPTION;
import static vn.ocop.registry.transfer.ImportColumn.PRODUCT_NAME;
import static vn.ocop.registry.transfer.ImportColumn.PRODUCT_SET;
import static vn.ocop.registry.transfer.ImportColumn.PROVINCE_CODE;
import static vn.ocop.registry.transfer.ImportColumn.REPRESENTATIVE;
import static vn.ocop.registry.transfer.ImportColumn.SCORE;
import static vn.ocop.registry.transfer.ImportColumn.STAR_CLASS;
import static vn.ocop.registry.transfer.ImportColumn.SUBJECT_IDENTIFIER;
import static vn.ocop.registry.transfer.ImportColumn.SUBJECT_NAME;
import static vn.ocop.registry.transfer.ImportColumn.SUBJECT_TYPE;
import static vn.ocop.registry.transfer.ImportColumn.VALID_FROM;
import static vn.ocop.registry.transfer.ImportColumn.VALID_TO;
import static vn.ocop.registry.transfer.ImportColumn.WOMAN_LED;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.registry.certificate.CertificateStatus;
import vn.ocop.registry.reference.AdminLevel;
import vn.ocop.registry.reference.AdminMaps;
import vn.ocop.registry.reference.AdminUnit;
import vn.ocop.registry.subject.IdentifierKind;
import vn.ocop.registry.subject.SubjectType;
import vn.ocop.registry.text.Nfc;

/**
 * Checks one row of an import file against every rule that needs nothing but the row and the
 * reference data: formats, required cells, unit codes on the row's map and how they nest, the
 * product set, dates in order and not in the future, and a score inside its star band (Decision
 * 148, §2.2 of the domain notes: 3★ 50–&lt;70, 4★ 70–&lt;90, 5★ 90–100, half-open over decimals).
 * All of a row's problems are reported at once.
 */
final class RowParser {
  /**
   * Households use the representative's personal id as tax code from 1 July 2025 (Circular
   * 86/2024/TT-BTC); records from before keep the 10-digit tax code they had.
   */
  static final LocalDate PERSONAL_ID_FROM = LocalDate.of(2025, 7, 1);

  /** Validity of a certificate when the file gives no end (Decision 148: 36 months). */
  static final int DEFAULT_VALIDITY_MONTHS = 36;

  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern VN_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Pattern EMAIL_FORMAT = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");
  private static final Pattern BLANKS = Pattern.compile("\\s+");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private static final Map<String, SubjectType> SUBJECT_TYPES =
      Map.ofEntries(
          Map.entry("cooperative", SubjectType.COOPERATIVE),
          Map.entry("htx", SubjectType.COOPERATIVE),
          Map.entry("hợp tác xã", SubjectType.COOPERATIVE),
          Map.entry("cooperative_group", SubjectType.COOPERATIVE_GROUP),
          Map.entry("tht", SubjectType.COOPERATIVE_GROUP),
          Map.entry("tổ hợp tác", SubjectType.COOPERATIVE_GROUP),
          Map.entry("enterprise", SubjectType.ENTERPRISE),
          Map.entry("dn", SubjectType.ENTERPRISE),
          Map.entry("doanh nghiệp", SubjectType.ENTERPRISE),
          Map.entry("household_business", SubjectType.HOUSEHOLD_BUSINESS),
          Map.entry("hkd", SubjectType.HOUSEHOLD_BUSINESS),
          Map.entry("hộ kinh doanh", SubjectType.HOUSEHOLD_BUSINESS),
          Map.entry("hộ sản xuất", SubjectType.HOUSEHOLD_BUSINESS),
          Map.entry("cơ sở sản xuất", SubjectType.HOUSEHOLD_BUSINESS));

  private static final Map<String, String> ISSUING_LEVELS =
      Map.ofEntries(
          Map.entry("district", "DISTRICT"),
          Map.entry("huyện", "DISTRICT"),
          Map.entry("cấp huyện", "DISTRICT"),
          Map.entry("province", "PROVINCE"),
          Map.entry("tỉnh", "PROVINCE"),
          Map.entry("cấp tỉnh", "PROVINCE"),
          Map.entry("central", "CENTRAL"),
          Map.entry("trung ương", "CENTRAL"),
          Map.entry("cấp trung ương", "CENTRAL"));

  private static final Map<String, CertificateStatus> FILE_STATUSES =
      Map.of(
          "revoked", CertificateStatus.REVOKED,
          "thu hồi", CertificateStatus.REVOKED,
          "suspended", CertificateStatus.SUSPENDED,
          "tạm đình chỉ", CertificateStatus.SUSPENDED,
          "đình chỉ", CertificateStatus.SUSPENDED);

  private static final Map<String, Boolean> BOOLEANS =
      Map.ofEntries(
          Map.entry("true", true),
          Map.entry("false", false),
          Map.entry("có", true),
          Map.entry("co", true),
          Map.entry("không", false),
          Map.entry("khong", false),
          Map.entry("1", true),
          Map.entry("0", false),
          Map.entry("yes", true),
          Map.entry("no", false),
          Map.entry("x", true));

  private final AdminMaps maps;
  private final Map<Integer, ProductSetInfo> productSets;
  private final LocalDate today;
  private final String callerProvince;

  /**
   * @param callerProvince the province (current map) of a province officer, whose rows must all be
   *     in it; null for national accounts
   */
  RowParser(
      AdminMaps maps,
      Map<Integer, ProductSetInfo> productSets,
      LocalDate today,
      String callerProvince) {
    this.maps = maps;
    this.productSets = productSets;
    this.today = today;
    this.callerProvince = callerProvince;
  }

  /** The parsed row, or null when it breaks a rule; its problems are added to {@code errors}. */
  ParsedRow parse(SourceRow source, List<ImportRowError> errors) {
    Row row = new Row(source);
    SubjectType type = subjectType(row);
    String name = row.text(SUBJECT_NAME, 300, true);
    ParsedRow.Place place = place(row);
    String address = row.text(ADDRESS, 300, false);
    String representative = row.text(REPRESENTATIVE, 200, false);
    String phone = row.text(PHONE, 30, false);
    String email = row.text(EMAIL, 200, false);
    if (email != null && !EMAIL_FORMAT.matcher(email).matches()) {
      row.error(EMAIL, "Email", "'" + email + "' is not an e-mail address");
    }
    boolean womanLed = row.bool(WOMAN_LED);
    boolean ethnicMinorityLed = row.bool(ETHNIC_MINORITY_LED);
    String productName = row.text(PRODUCT_NAME, 300, true);
    ProductSetInfo set = productSet(row);
    String description = row.text(PRODUCT_DESCRIPTION, 4000, false);
    ParsedRow.Certificate certificate = certificate(row);
    Identifier identifier = type == null ? null : identifier(row, type, place, certificate);
    if (!row.errors.isEmpty()) {
      errors.addAll(row.errors);
      return null;
    }
    return new ParsedRow(
        source.number(),
        new ParsedRow.Subject(
            type,
            identifier.kind(),
            identifier.value(),
            name,
            place,
            address,
            representative,
            phone,
            email,
            womanLed,
            ethnicMinorityLed),
        new ParsedRow.Product(productName, set, description),
        certificate,
        identifier.legacy(),
        identifier.legacyProven());
  }

  private SubjectType subjectType(Row row) {
    String value = row.raw(SUBJECT_TYPE);
    if (value == null) {
      row.error(SUBJECT_TYPE, "NotBlank", "The type of subject is required");
      return null;
    }
    SubjectType type = SUBJECT_TYPES.get(fold(value));
    if (type == null) {
      row.error(
          SUBJECT_TYPE,
          "SubjectType",
          "'"
              + value
              + "' is not a type of subject: COOPERATIVE (HTX), COOPERATIVE_GROUP (Tổ hợp tác),"
              + " ENTERPRISE (Doanh nghiệp) or HOUSEHOLD_BUSINESS (Hộ kinh doanh)");
    }
    return type;
  }

  private record Identifier(
      IdentifierKind kind, String value, boolean legacy, boolean legacyProven) {}

  private Identifier identifier(
      Row row, SubjectType type, ParsedRow.Place place, ParsedRow.Certificate certificate) {
    String value = row.raw(SUBJECT_IDENTIFIER);
    if (type != SubjectType.HOUSEHOLD_BUSINESS) {
      Optional<FieldError> broken = broken(type.identifierKind(), value, type);
      if (broken.isPresent()) {
        row.error(SUBJECT_IDENTIFIER, broken.get().rule(), broken.get().message());
        return null;
      }
      return new Identifier(type.identifierKind(), normalised(value), false, false);
    }
    Optional<FieldError> notPersonalId = broken(IdentifierKind.PERSONAL_ID, value, type);
    if (notPersonalId.isEmpty()) {
      return new Identifier(IdentifierKind.PERSONAL_ID, normalised(value), false, false);
    }
    if (value != null && broken(IdentifierKind.TAX_CODE, value, type).isEmpty()) {
      boolean proven =
          place != null && AdminUnit.PRE_MERGER_MAP.equals(place.mapVersion())
              || certificate != null && certificate.decisionDate().isBefore(PERSONAL_ID_FROM);
      return new Identifier(IdentifierKind.TAX_CODE, normalised(value), true, proven);
    }
    row.error(
        SUBJECT_IDENTIFIER,
        notPersonalId.get().rule(),
        notPersonalId.get().message()
            + " (or, for a record from before July 2025, its 10-digit tax code)");
    return null;
  }

  /** The rule an identifier breaks for a kind, reusing the registry's own check. */
  private static Optional<FieldError> broken(
      IdentifierKind kind, String identifier, SubjectType type) {
    try {
      kind.check(identifier, type);
      return Optional.empty();
    } catch (ProblemException e) {
      return e.errors().stream().findFirst();
    }
  }

  private static String normalised(String identifier) {
    return identifier == null || identifier.isBlank() ? null : identifier.strip();
  }

  private ParsedRow.Place place(Row row) {
    String map = row.raw(MAP_VERSION);
    if (map == null) {
      map = AdminUnit.CURRENT_MAP;
    } else if (!maps.isKnownMap(map)) {
      row.error(
          MAP_VERSION,
          "KnownMap",
          "Map version '" + map + "' is not one of " + String.join(", ", maps.mapVersions()));
      return null;
    }
    String provinceCode = row.raw(PROVINCE_CODE);
    String districtCode = row.raw(DISTRICT_CODE);
    String communeCode = row.raw(COMMUNE_CODE);
    boolean ok = true;
    if (provinceCode == null) {
      row.error(PROVINCE_CODE, "NotBlank", "The province code is required");
      ok = false;
    } else if (maps.unit(map, AdminLevel.PROVINCE, provinceCode).isEmpty()) {
      row.error(
          PROVINCE_CODE,
          "KnownProvince",
          "Province " + provinceCode + " is not on the " + map + " map");
      ok = false;
    }
    AdminUnit commune = null;
    if (communeCode == null) {
      row.error(COMMUNE_CODE, "NotBlank", "The commune code is required");
      ok = false;
    } else {
      commune = maps.unit(map, AdminLevel.COMMUNE, communeCode).orElse(null);
      if (commune == null) {
        row.error(
            COMMUNE_CODE,
            "KnownCommune",
            "Commune " + communeCode + " is not on the " + map + " map");
        ok = false;
      } else if (provinceCode != null && !commune.provinceCode().equals(provinceCode)) {
        row.error(
            COMMUNE_CODE,
            "CommuneInProvince",
            "Commune "
                + communeCode
                + " ("
                + commune.fullName()
                + ") belongs to province "
                + commune.provinceCode()
                + ", not "
                + provinceCode);
        ok = false;
      }
    }
    if (districtCode != null) {
      if (AdminUnit.CURRENT_MAP.equals(map)) {
        row.error(
            DISTRICT_CODE,
            "Null",
            "The " + map + " map has no districts: leave district_code empty");
        ok = false;
      } else if (maps.unit(map, AdminLevel.DISTRICT, districtCode).isEmpty()) {
        row.error(
            DISTRICT_CODE,
            "KnownDistrict",
            "District " + districtCode + " is not on the " + map + " map");
        ok = false;
      } else if (commune != null && !districtCode.equals(commune.districtCode())) {
        row.error(
            DISTRICT_CODE,
            "CommuneInDistrict",
            "Commune "
                + communeCode
                + " ("
                + commune.fullName()
                + ") belongs to district "
                + commune.districtCode()
                + ", not "
                + districtCode);
        ok = false;
      }
    }
    if (!ok) {
      return null;
    }
    String current = maps.currentProvince(map, provinceCode).orElseThrow();
    if (callerProvince != null && !callerProvince.equals(current)) {
      row.error(
          PROVINCE_CODE,
          "ProvinceScope",
          "This row is in province "
              + current
              + " of the current map; your account imports into province "
              + callerProvince
              + " only");
      return null;
    }
    return new ParsedRow.Place(map, provinceCode, commune.districtCode(), communeCode, current);
  }

  private ProductSetInfo productSet(Row row) {
    Integer number = row.integer(PRODUCT_SET, true);
    if (number == null) {
      return null;
    }
    ProductSetInfo set = productSets.get(number);
    if (set == null) {
      row.error(
          PRODUCT_SET,
          "KnownProductSet",
          "Product set " + number + " does not exist; Decision 148 has sets 1 to 26");
    }
    return set;
  }

  private ParsedRow.Certificate certificate(Row row) {
    if (CERTIFICATE_COLUMNS.stream().allMatch(c -> row.raw(c) == null)) {
      return null;
    }
    int before = row.errors.size();
    String number = row.text(CERTIFICATE_DECISION_NUMBER, 100, true);
    LocalDate decided = row.date(CERTIFICATE_DECISION_DATE, true);
    String body = row.text(CERTIFICATE_ISSUING_BODY, 300, true);
    String level = issuingLevel(row);
    Integer stars = row.integer(STAR_CLASS, true);
    if (stars != null && (stars < 3 || stars > 5)) {
      row.error(STAR_CLASS, "StarClass", "Certificates exist for 3 to 5 stars only, not " + stars);
      stars = null;
    }
    BigDecimal score = score(row, stars);
    LocalDate validFrom = row.date(VALID_FROM, true);
    LocalDate validTo = row.date(VALID_TO, false);
    if (decided != null && decided.isAfter(today)) {
      row.error(
          CERTIFICATE_DECISION_DATE,
          "PastOrPresent",
          "The decision date " + decided + " is in the future");
    }
    if (validFrom != null) {
      if (decided != null && validFrom.isBefore(decided)) {
        row.error(
            VALID_FROM,
            "DatesInOrder",
            "valid_from " + validFrom + " is before the decision date " + decided);
      }
      if (validFrom.isAfter(today)) {
        row.error(VALID_FROM, "PastOrPresent", "valid_from " + validFrom + " is in the future");
      }
      if (validTo == null) {
        validTo = validFrom.plusMonths(DEFAULT_VALIDITY_MONTHS);
      } else if (!validTo.isAfter(validFrom)) {
        row.error(
            VALID_TO,
            "DatesInOrder",
            "valid_to " + validTo + " must be after valid_from " + validFrom);
      }
    }
    CertificateStatus status = null;
    String statusValue = row.raw(CERTIFICATE_STATUS);
    String reason = row.text(CERTIFICATE_STATUS_REASON, 500, false);
    if (statusValue != null) {
      status = FILE_STATUSES.get(fold(statusValue));
      if (status == null) {
        row.error(
            CERTIFICATE_STATUS,
            "ImportStatus",
            "certificate_status is REVOKED or SUSPENDED, or empty for the status the dates give,"
                + " not '"
                + statusValue
                + "'");
      } else if (reason == null) {
        row.error(
            CERTIFICATE_STATUS_REASON,
            "NotBlank",
            "A " + status + " certificate needs the reason in certificate_status_reason");
      }
    } else if (reason != null) {
      row.error(
          CERTIFICATE_STATUS_REASON,
          "Null",
          "A reason is given only with certificate_status REVOKED or SUSPENDED");
    }
    if (row.errors.size() > before) {
      return null;
    }
    return new ParsedRow.Certificate(
        number, decided, body, level, stars, score, validFrom, validTo, status, reason);
  }

  private String issuingLevel(Row row) {
    String value = row.raw(CERTIFICATE_ISSUING_LEVEL);
    if (value == null) {
      row.error(CERTIFICATE_ISSUING_LEVEL, "NotBlank", "The issuing level is required");
      return null;
    }
    String level = ISSUING_LEVELS.get(fold(value));
    if (level == null) {
      row.error(
          CERTIFICATE_ISSUING_LEVEL,
          "IssuingLevel",
          "The issuing level is DISTRICT, PROVINCE or CENTRAL, not '" + value + "'");
    }
    return level;
  }

  private BigDecimal score(Row row, Integer stars) {
    String value = row.raw(SCORE);
    if (value == null) {
      row.error(SCORE, "NotBlank", "The score is required with a certificate");
      return null;
    }
    BigDecimal score;
    try {
      // A decimal comma is what a Vietnamese-locale spreadsheet writes.
      score = new BigDecimal(value.indexOf('.') < 0 ? value.replace(',', '.') : value);
    } catch (NumberFormatException e) {
      row.error(SCORE, "Decimal", "'" + value + "' is not a number");
      return null;
    }
    if (score.compareTo(BigDecimal.ZERO) < 0 || score.compareTo(HUNDRED) > 0) {
      row.error(SCORE, "Range", "The score is between 0 and 100, not " + value);
      return null;
    }
    if (score.stripTrailingZeros().scale() > 2) {
      row.error(SCORE, "Digits", "The score has at most 2 decimals, not " + value);
      return null;
    }
    if (stars != null && stars != starsOf(score)) {
      row.error(
          SCORE,
          "StarBand",
          "A score of "
              + score.stripTrailingZeros().toPlainString()
              + " is "
              + (starsOf(score) < 3 ? "below 3 stars" : starsOf(score) + " stars")
              + ", not "
              + stars
              + " (Decision 148: 3★ 50 to under 70, 4★ 70 to under 90, 5★ 90 to 100)");
    }
    return score;
  }

  /** The star class a score falls in under Decision 148 (below 3: no certificate). */
  static int starsOf(BigDecimal score) {
    if (score.compareTo(BigDecimal.valueOf(90)) >= 0) {
      return 5;
    }
    if (score.compareTo(BigDecimal.valueOf(70)) >= 0) {
      return 4;
    }
    if (score.compareTo(BigDecimal.valueOf(50)) >= 0) {
      return 3;
    }
    return score.compareTo(BigDecimal.valueOf(30)) >= 0 ? 2 : 1;
  }

  /** Lower case, NFC, single spaces: how labels in cells are compared. */
  private static String fold(String value) {
    return BLANKS.matcher(Nfc.normalise(value).toLowerCase(Locale.ROOT)).replaceAll(" ");
  }

  /** One source row being read, collecting its problems. */
  private static final class Row {
    private final SourceRow source;
    private final List<ImportRowError> errors = new ArrayList<>();

    Row(SourceRow source) {
      this.source = source;
    }

    String raw(ImportColumn column) {
      String value = source.get(column);
      return value == null || value.isBlank() ? null : value.strip();
    }

    void error(ImportColumn column, String rule, String message) {
      errors.add(ImportRowError.of(source.number(), column, rule, message, source.get(column)));
    }

    String text(ImportColumn column, int max, boolean required) {
      String value = Nfc.normalise(source.get(column));
      if (value == null) {
        if (required) {
          error(column, "NotBlank", column.header() + " is required");
        }
        return null;
      }
      if (value.length() > max) {
        error(column, "Size", column.header() + " has at most " + max + " characters");
        return null;
      }
      return value;
    }

    boolean bool(ImportColumn column) {
      String value = raw(column);
      if (value == null) {
        return false;
      }
      Boolean parsed = BOOLEANS.get(fold(value));
      if (parsed == null) {
        error(column, "Boolean", "Expected true/false, có/không or 1/0, not '" + value + "'");
        return false;
      }
      return parsed;
    }

    Integer integer(ImportColumn column, boolean required) {
      String value = raw(column);
      if (value == null) {
        if (required) {
          error(column, "NotBlank", column.header() + " is required");
        }
        return null;
      }
      if (!INTEGER.matcher(value).matches()) {
        error(column, "Integer", "Expected a whole number, not '" + value + "'");
        return null;
      }
      return Integer.valueOf(value);
    }

    LocalDate date(ImportColumn column, boolean required) {
      String value = raw(column);
      if (value == null) {
        if (required) {
          error(column, "NotBlank", column.header() + " is required with a certificate");
        }
        return null;
      }
      try {
        Matcher iso = ISO_DATE.matcher(value);
        if (iso.matches()) {
          return LocalDate.of(
              Integer.parseInt(iso.group(1)),
              Integer.parseInt(iso.group(2)),
              Integer.parseInt(iso.group(3)));
        }
        Matcher vn = VN_DATE.matcher(value);
        if (vn.matches()) {
          return LocalDate.of(
              Integer.parseInt(vn.group(3)),
              Integer.parseInt(vn.group(2)),
              Integer.parseInt(vn.group(1)));
        }
      } catch (DateTimeException e) {
        // falls through to the error: a day or month that does not exist
      }
      error(column, "Date", "Expected a date as yyyy-MM-dd or dd/MM/yyyy, not '" + value + "'");
      return null;
    }
  }
}
