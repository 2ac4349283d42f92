package vn.ocop.registry.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import vn.ocop.registry.certificate.CertificateStatus;
import vn.ocop.registry.subject.IdentifierKind;
import vn.ocop.registry.subject.SubjectType;

/**
 * A row that passed every rule checkable on the row alone: typed, NFC-normalised, its unit codes
 * checked on its map.
 *
 * @param legacyHousehold a household business identified by a 10-digit tax code: accepted only for
 *     a record from before July 2025 (see {@link RowParser})
 * @param legacyProven this row shows that it is such a record
 */
record ParsedRow(
    int number,
    Subject subject,
    Product product,
    Certificate certificate,
    boolean legacyHousehold,
    boolean legacyProven) {

  /** Where a record sits: its codes on its map, and its province on the current map. */
  record Place(
      String mapVersion,
      String provinceCode,
      String districtCode,
      String communeCode,
      String currentProvinceCode) {}

  record Subject(
      SubjectType type,
      IdentifierKind identifierKind,
      String identifier,
      String name,
      Place place,
      String address,
      String representative,
      String phone,
      String email,
      boolean womanLed,
      boolean ethnicMinorityLed) {

    /**
     * What the registry de-duplicates a subject on: its identifier, or for a cooperative group (no
     * identifier) its name in its commune.
     */
    String key() {
      if (identifierKind == IdentifierKind.NONE) {
        return "G|" + place.mapVersion() + "|" + place.communeCode() + "|" + fold(name);
      }
      return "K|" + identifierKind + "|" + identifier;
    }
  }

  record Product(String name, ProductSetInfo set, String description) {}

  /**
   * @param fileStatus REVOKED or SUSPENDED when the file says so, else null (status by date)
   */
  record Certificate(
      String decisionNumber,
      LocalDate decisionDate,
      String issuingBody,
      String issuingLevel,
      int starClass,
      BigDecimal score,
      LocalDate validFrom,
      LocalDate validTo,
      CertificateStatus fileStatus,
      String statusReason) {}

  /** The key a product is de-duplicated on within its subject: name (any case) and set. */
  String productKey() {
    return subject.key() + "|" + fold(product.name()) + "|" + product.set().number();
  }

  /** Case-insensitive comparison form of a name (already NFC). */
  static String fold(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
