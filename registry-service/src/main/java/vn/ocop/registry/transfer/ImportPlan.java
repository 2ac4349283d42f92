package vn.ocop.registry.transfer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import vn.ocop.registry.certificate.CertificateStatus;
import vn.ocop.registry.subject.IdentifierKind;
import vn.ocop.registry.subject.SubjectType;

/**
 * What a file amounts to once its rows are grouped: the subjects, products and certificates it
 * names, each once, and for each whether the registry holds it already. Rows that contradict
 * another row or the registry are rejected here with their reason.
 *
 * <p>De-duplication keys (the registry's unique keys): a subject by identifier kind and identifier
 * (a cooperative group, which has none, by name in its commune); a product by subject, name (any
 * case) and product set; a certificate by product and decision number.
 */
final class ImportPlan {
  private final Map<String, PlannedSubject> subjects = new LinkedHashMap<>();
  private final Map<String, PlannedProduct> products = new LinkedHashMap<>();
  private final Map<String, PlannedCertificate> certificates = new LinkedHashMap<>();
  private final List<ImportRowError> errors;
  private final Set<Integer> rejectedRows = new TreeSet<>();

  ImportPlan(List<ImportRowError> rowErrors) {
    this.errors = rowErrors;
    rowErrors.forEach(e -> rejectedRows.add(e.row()));
  }

  /** A subject the file names; {@code existing} once found in the registry. */
  static final class PlannedSubject {
    final String key;
    final ParsedRow.Subject data;
    final int firstRow;
    final List<Integer> rows = new ArrayList<>();
    boolean legacyProven;
    ExistingRecords.Subject existing;
    UUID id;
    boolean rejected;

    PlannedSubject(String key, ParsedRow.Subject data, int firstRow) {
      this.key = key;
      this.data = data;
      this.firstRow = firstRow;
    }

    /** Where its products go: its place in the registry if it exists there, else the file's. */
    ParsedRow.Place place() {
      return existing != null ? existing.place() : data.place();
    }
  }

  static final class PlannedProduct {
    final String key;
    final PlannedSubject subject;
    final ParsedRow.Product data;
    final int firstRow;
    ExistingRecords.Product existing;
    UUID id;
    boolean seenWithoutCertificate;

    PlannedProduct(String key, PlannedSubject subject, ParsedRow.Product data, int firstRow) {
      this.key = key;
      this.subject = subject;
      this.data = data;
      this.firstRow = firstRow;
    }

    boolean rejected() {
      return subject.rejected;
    }
  }

  static final class PlannedCertificate {
    final PlannedProduct product;
    final ParsedRow.Certificate data;
    final int row;
    boolean existing;
    UUID id;
    CertificateStatus status;
    String publicCode;

    PlannedCertificate(PlannedProduct product, ParsedRow.Certificate data, int row) {
      this.product = product;
      this.data = data;
      this.row = row;
    }

    boolean rejected() {
      return product.rejected();
    }
  }

  /**
   * Adds a parsed row: it either joins what earlier rows named or is rejected for contradicting
   * them (another name or type for the same identifier, another place for the same subject, the
   * same product or certificate twice).
   */
  void add(ParsedRow row) {
    ParsedRow.Subject data = row.subject();
    String subjectKey = data.key();
    PlannedSubject subject = subjects.get(subjectKey);
    if (subject == null) {
      subject = new PlannedSubject(subjectKey, data, row.number());
      subjects.put(subjectKey, subject);
    } else if (!sameSubject(subject, row)) {
      return;
    }
    String productKey = row.productKey();
    PlannedProduct product = products.get(productKey);
    String certificateKey =
        row.certificate() == null ? null : productKey + "|" + row.certificate().decisionNumber();
    if (certificateKey != null && certificates.containsKey(certificateKey)) {
      reject(
          row.number(),
          ImportColumn.CERTIFICATE_DECISION_NUMBER,
          "DuplicateRow",
          "The same certificate (product and decision number) is in row "
              + certificates.get(certificateKey).row,
          row.certificate().decisionNumber());
      return;
    }
    if (certificateKey == null && product != null && product.seenWithoutCertificate) {
      reject(
          row.number(),
          ImportColumn.PRODUCT_NAME,
          "DuplicateRow",
          "The same product (subject, name and product set) is in row " + product.firstRow,
          row.product().name());
      return;
    }
    subject.rows.add(row.number());
    subject.legacyProven |= row.legacyProven();
    if (product == null) {
      product = new PlannedProduct(productKey, subject, row.product(), row.number());
      products.put(productKey, product);
    }
    if (certificateKey == null) {
      product.seenWithoutCertificate = true;
    } else {
      certificates.put(
          certificateKey, new PlannedCertificate(product, row.certificate(), row.number()));
    }
  }

  private boolean sameSubject(PlannedSubject subject, ParsedRow row) {
    ParsedRow.Subject first = subject.data;
    ParsedRow.Subject other = row.subject();
    String described =
        "Subject "
            + describe(first)
            + " is '"
            + first.name()
            + "' ("
            + first.type()
            + ") in "
            + first.place().mapVersion()
            + " commune "
            + first.place().communeCode()
            + " in row "
            + subject.firstRow;
    if (first.type() != other.type()) {
      reject(
          row.number(), ImportColumn.SUBJECT_TYPE, "SameSubject", described, other.type().name());
      return false;
    }
    if (!ParsedRow.fold(first.name()).equals(ParsedRow.fold(other.name()))) {
      reject(row.number(), ImportColumn.SUBJECT_NAME, "SameSubject", described, other.name());
      return false;
    }
    if (!first.place().mapVersion().equals(other.place().mapVersion())
        || !first.place().communeCode().equals(other.place().communeCode())) {
      reject(
          row.number(),
          ImportColumn.COMMUNE_CODE,
          "SameSubject",
          described,
          other.place().communeCode());
      return false;
    }
    return true;
  }

  private static String describe(ParsedRow.Subject subject) {
    return subject.identifierKind() == IdentifierKind.NONE
        ? "'" + subject.name() + "'"
        : subject.identifierKind() + " " + subject.identifier();
  }

  /**
   * Sets what the registry holds already, and rejects the rows of a subject that contradicts it
   * (another name or type for the identifier), is outside a province officer's province, or is a
   * household business with a legacy tax code that nothing shows to be from before July 2025.
   *
   * @param callerProvince a province officer's province, else null
   */
  void resolve(ExistingRecords existing, String callerProvince) {
    for (PlannedSubject subject : subjects.values()) {
      ExistingRecords.Subject found = existing.subject(subject.key);
      if (found != null) {
        if (found.type() != subject.data.type()
            || !ParsedRow.fold(found.name()).equals(ParsedRow.fold(subject.data.name()))) {
          rejectSubject(
              subject,
              found.type() != subject.data.type()
                  ? ImportColumn.SUBJECT_TYPE
                  : ImportColumn.SUBJECT_NAME,
              "IdentifierTaken",
              "The registry holds "
                  + describe(subject.data)
                  + " as '"
                  + found.name()
                  + "' ("
                  + found.type()
                  + ")");
          continue;
        }
        if (callerProvince != null && !callerProvince.equals(found.place().currentProvinceCode())) {
          rejectSubject(
              subject,
              ImportColumn.SUBJECT_IDENTIFIER,
              "ProvinceScope",
              "The registry holds "
                  + describe(subject.data)
                  + " in province "
                  + found.place().currentProvinceCode()
                  + "; your account imports into province "
                  + callerProvince
                  + " only");
          continue;
        }
        subject.existing = found;
        subject.id = found.id();
      } else if (subject.data.type() == SubjectType.HOUSEHOLD_BUSINESS
          && subject.data.identifierKind() == IdentifierKind.TAX_CODE
          && !subject.legacyProven) {
        rejectSubject(
            subject,
            ImportColumn.SUBJECT_IDENTIFIER,
            "PersonalId",
            "Since 1 July 2025 a household business is identified by the representative's 12-digit"
                + " personal id; a 10-digit tax code is accepted only for a record from before"
                + " (on the 2025-03 map, or certified before 1 July 2025)");
      }
    }
    for (PlannedProduct product : products.values()) {
      if (!product.rejected() && product.subject.existing != null) {
        product.existing =
            existing.product(
                product.subject.existing.id(),
                ParsedRow.fold(product.data.name()),
                product.data.set().number());
        if (product.existing != null) {
          product.id = product.existing.id();
        }
      }
    }
    for (PlannedCertificate certificate : certificates.values()) {
      PlannedProduct product = certificate.product;
      certificate.existing =
          !certificate.rejected()
              && product.existing != null
              && existing.hasCertificate(product.existing.id(), certificate.data.decisionNumber());
    }
  }

  private void rejectSubject(
      PlannedSubject subject, ImportColumn column, String rule, String message) {
    subject.rejected = true;
    for (int row : subject.rows) {
      reject(row, column, rule, message, valueOf(subject.data, column));
    }
  }

  private static String valueOf(ParsedRow.Subject subject, ImportColumn column) {
    return switch (column) {
      case SUBJECT_TYPE -> subject.type().name();
      case SUBJECT_NAME -> subject.name();
      default -> subject.identifier();
    };
  }

  private void reject(int row, ImportColumn column, String rule, String message, String value) {
    errors.add(ImportRowError.of(row, column, rule, message, value));
    rejectedRows.add(row);
  }

  Collection<PlannedSubject> subjects() {
    return subjects.values();
  }

  Collection<PlannedProduct> products() {
    return products.values();
  }

  Collection<PlannedCertificate> certificates() {
    return certificates.values();
  }

  /** Identifiers of the subjects named (to look them up in one query). */
  List<String> identifiers() {
    return subjects.values().stream()
        .filter(s -> s.data.identifier() != null)
        .map(s -> s.data.identifier())
        .distinct()
        .toList();
  }

  /** Communes of the cooperative groups named (looked up by commune, then by name). */
  List<String> groupCommunes() {
    return subjects.values().stream()
        .filter(s -> s.data.identifierKind() == IdentifierKind.NONE)
        .map(s -> s.data.place().communeCode())
        .distinct()
        .toList();
  }

  List<ImportRowError> errors() {
    return errors;
  }

  Set<Integer> rejectedRows() {
    return rejectedRows;
  }

  /** The totals, once resolved: what would be (or was) created and what was there already. */
  ImportTotals totals(int rows) {
    int subjectsCreated = 0;
    int subjectsExisting = 0;
    for (PlannedSubject s : subjects.values()) {
      if (!s.rejected) {
        if (s.existing != null) {
          subjectsExisting++;
        } else {
          subjectsCreated++;
        }
      }
    }
    int productsCreated = 0;
    int productsExisting = 0;
    for (PlannedProduct p : products.values()) {
      if (!p.rejected()) {
        if (p.existing != null) {
          productsExisting++;
        } else {
          productsCreated++;
        }
      }
    }
    int certificatesCreated = 0;
    int certificatesExisting = 0;
    for (PlannedCertificate c : certificates.values()) {
      if (!c.rejected()) {
        if (c.existing) {
          certificatesExisting++;
        } else {
          certificatesCreated++;
        }
      }
    }
    return new ImportTotals(
        rows,
        rows - rejectedRows.size(),
        rejectedRows.size(),
        errors.size(),
        subjectsCreated,
        subjectsExisting,
        productsCreated,
        productsExisting,
        certificatesCreated,
        certificatesExisting);
  }
}
