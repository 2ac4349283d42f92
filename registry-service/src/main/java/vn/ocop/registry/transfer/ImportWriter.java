package vn.ocop.registry.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.postgresql.copy.CopyManager;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.contracts.registry.CertificateIssued;
import vn.ocop.contracts.registry.ProductRegistered;
import vn.ocop.contracts.registry.SubjectRegistered;
import vn.ocop.registry.certificate.CertificateOrigin;
import vn.ocop.registry.certificate.CertificateStatus;
import vn.ocop.registry.certificate.PublicCodes;
import vn.ocop.registry.product.ProductStatus;
import vn.ocop.registry.text.SearchText;
import vn.ocop.registry.transfer.ImportPlan.PlannedCertificate;
import vn.ocop.registry.transfer.ImportPlan.PlannedProduct;
import vn.ocop.registry.transfer.ImportPlan.PlannedSubject;

/**
 * Writes the new records of an import plan with COPY, in the caller's transaction: subjects,
 * products, certificates, the first status-history row of each certificate, then one outbox event
 * per record ({@code SubjectRegistered}, {@code ProductRegistered}, {@code CertificateIssued} with
 * origin IMPORT) — the same rows the one-by-one registrations write.
 */
@ApplicationScoped
class ImportWriter {
  /** The history reason of an imported certificate's first status. */
  static final String IMPORT_REASON = "import";

  /*
   * The columns each COPY fills, computed ones (search_text, see SearchText) included: a column
   * added here is added to the matching row(...) call below.
   */
  static final List<String> SUBJECT_COLUMNS =
      List.of(
          "id",
          "type",
          "identifier_kind",
          "identifier",
          "name",
          "map_version",
          "province_code",
          "district_code",
          "commune_code",
          "current_province_code",
          "address",
          "representative",
          "phone",
          "email",
          "woman_led",
          "ethnic_minority_led",
          "created_at",
          "created_by",
          "search_text");
  static final List<String> PRODUCT_COLUMNS =
      List.of(
          "id",
          "subject_id",
          "name",
          "description",
          "product_set",
          "map_version",
          "province_code",
          "district_code",
          "commune_code",
          "current_province_code",
          "status",
          "created_at",
          "created_by",
          "search_text");
  static final List<String> CERTIFICATE_COLUMNS =
      List.of(
          "id",
          "product_id",
          "subject_id",
          "map_version",
          "province_code",
          "district_code",
          "commune_code",
          "current_province_code",
          "product_set",
          "product_group",
          "star_class",
          "score",
          "decision_number",
          "decision_date",
          "issuing_body",
          "issuing_level",
          "valid_from",
          "valid_to",
          "status",
          "public_code",
          "origin",
          "created_at");
  static final List<String> HISTORY_COLUMNS =
      List.of(
          "certificate_id",
          "old_status",
          "new_status",
          "reason",
          "event_id",
          "changed_at",
          "changed_by");

  private final OutboxCopy outbox;

  ImportWriter(OutboxCopy outbox) {
    this.outbox = outbox;
  }

  /**
   * Gives the new records their ids, public codes and statuses (status from the file, else from the
   * dates), then writes them and their events.
   */
  void write(CopyManager copy, ImportPlan plan, String username, UUID importId, LocalDate today)
      throws SQLException {
    Instant now = Instant.now();
    List<PlannedSubject> subjects =
        plan.subjects().stream().filter(s -> !s.rejected && s.existing == null).toList();
    List<PlannedProduct> products =
        plan.products().stream().filter(p -> !p.rejected() && p.existing == null).toList();
    List<PlannedCertificate> certificates =
        plan.certificates().stream().filter(c -> !c.rejected() && !c.existing).toList();
    subjects.forEach(s -> s.id = UUID.randomUUID());
    products.forEach(p -> p.id = UUID.randomUUID());
    for (PlannedCertificate c : certificates) {
      c.id = UUID.randomUUID();
      c.publicCode = PublicCodes.next();
      c.status =
          c.data.fileStatus() != null
              ? c.data.fileStatus()
              : CertificateStatus.byDate(c.data.validTo(), today);
    }

    try (CopyStream rows = new CopyStream(copy, "subject", SUBJECT_COLUMNS)) {
      for (PlannedSubject s : subjects) {
        ParsedRow.Subject d = s.data;
        ParsedRow.Place p = d.place();
        rows.row(
            s.id,
            d.type().name(),
            d.identifierKind().name(),
            d.identifier(),
            d.name(),
            p.mapVersion(),
            p.provinceCode(),
            p.districtCode(),
            p.communeCode(),
            p.currentProvinceCode(),
            d.address(),
            d.representative(),
            d.phone(),
            d.email(),
            d.womanLed(),
            d.ethnicMinorityLed(),
            now,
            username,
            SearchText.of(d.name()));
      }
      rows.finish();
    }
    try (CopyStream rows = new CopyStream(copy, "product", PRODUCT_COLUMNS)) {
      for (PlannedProduct pr : products) {
        ParsedRow.Place p = pr.subject.place();
        rows.row(
            pr.id,
            pr.subject.id,
            pr.data.name(),
            pr.data.description(),
            pr.data.set().number(),
            p.mapVersion(),
            p.provinceCode(),
            p.districtCode(),
            p.communeCode(),
            p.currentProvinceCode(),
            ProductStatus.REGISTERED.name(),
            now,
            username,
            SearchText.of(pr.data.name()));
      }
      rows.finish();
    }
    try (CopyStream rows = new CopyStream(copy, "certificate", CERTIFICATE_COLUMNS)) {
      for (PlannedCertificate c : certificates) {
        ParsedRow.Place p = placeOf(c.product);
        ParsedRow.Certificate d = c.data;
        rows.row(
            c.id,
            c.product.id,
            c.product.subject.id,
            p.mapVersion(),
            p.provinceCode(),
            p.districtCode(),
            p.communeCode(),
            p.currentProvinceCode(),
            c.product.data.set().number(),
            c.product.data.set().groupNumber(),
            d.starClass(),
            d.score(),
            d.decisionNumber(),
            d.decisionDate(),
            d.issuingBody(),
            d.issuingLevel(),
            d.validFrom(),
            d.validTo(),
            c.status.name(),
            c.publicCode,
            CertificateOrigin.IMPORT.name(),
            now);
      }
      rows.finish();
    }
    try (CopyStream rows = new CopyStream(copy, "certificate_status_history", HISTORY_COLUMNS)) {
      for (PlannedCertificate c : certificates) {
        String reason =
            c.data.fileStatus() == null
                ? IMPORT_REASON
                : IMPORT_REASON + ": " + c.data.statusReason();
        rows.row(c.id, null, c.status.name(), reason, "import:" + importId, now, username);
      }
      rows.finish();
    }
    writeEvents(copy, subjects, products, certificates);
  }

  /** A product's place: its own in the registry when it exists there, else its subject's. */
  private static ParsedRow.Place placeOf(PlannedProduct product) {
    return product.existing != null ? product.existing.place() : product.subject.place();
  }

  private void writeEvents(
      CopyManager copy,
      List<PlannedSubject> subjects,
      List<PlannedProduct> products,
      List<PlannedCertificate> certificates)
      throws SQLException {
    try (OutboxCopy.Events events = outbox.open(copy)) {
      for (PlannedSubject s : subjects) {
        ParsedRow.Subject d = s.data;
        ParsedRow.Place p = d.place();
        events.add(
            Topics.REGISTRY_SUBJECT,
            s.id,
            EventTypes.SUBJECT_REGISTERED,
            new SubjectRegistered(
                s.id,
                d.type().name(),
                d.identifierKind().name(),
                d.identifier(),
                d.name(),
                p.provinceCode(),
                p.communeCode(),
                p.mapVersion(),
                p.districtCode(),
                p.currentProvinceCode(),
                d.representative(),
                d.womanLed(),
                d.ethnicMinorityLed()));
      }
      for (PlannedProduct pr : products) {
        ParsedRow.Place p = pr.subject.place();
        ProductSetInfo set = pr.data.set();
        events.add(
            Topics.REGISTRY_PRODUCT,
            pr.id,
            EventTypes.PRODUCT_REGISTERED,
            new ProductRegistered(
                pr.id,
                pr.subject.id,
                pr.data.name(),
                set.number(),
                set.name(),
                set.groupNumber(),
                p.provinceCode(),
                p.communeCode(),
                ProductStatus.REGISTERED.name(),
                p.mapVersion(),
                p.districtCode(),
                p.currentProvinceCode(),
                pr.data.description()));
      }
      for (PlannedCertificate c : certificates) {
        ParsedRow.Place p = placeOf(c.product);
        ParsedRow.Certificate d = c.data;
        events.add(
            Topics.REGISTRY_CERTIFICATE,
            c.id,
            EventTypes.CERTIFICATE_ISSUED,
            new CertificateIssued(
                c.id,
                null,
                c.product.id,
                c.product.subject.id,
                p.provinceCode(),
                p.communeCode(),
                c.product.data.set().number(),
                c.product.data.set().groupNumber(),
                d.starClass(),
                d.score(),
                d.decisionNumber(),
                d.decisionDate(),
                d.issuingBody(),
                d.issuingLevel(),
                d.validFrom(),
                d.validTo(),
                null,
                null,
                c.status.name(),
                CertificateOrigin.IMPORT.name(),
                p.mapVersion(),
                p.currentProvinceCode(),
                validityMonths(d.validFrom(), d.validTo())));
      }
      events.finish();
    }
  }

  /** Whole months from valid_from to valid_to, or null when the span is not whole months. */
  static Integer validityMonths(LocalDate from, LocalDate to) {
    long months = ChronoUnit.MONTHS.between(from, to);
    // plusMonths clamps to the month's end (29 Feb + 36 months = 28 Feb), which between() counts
    // one short.
    for (long m = months; m <= months + 1; m++) {
      if (from.plusMonths(m).equals(to)) {
        return (int) m;
      }
    }
    return null;
  }
}
