package vn.ocop.registry.transfer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A stored import: the file's digest, who imported it into which province, and its row report as
 * answered (JSON), so that it can be fetched again.
 */
@Entity
@Table(name = "registry_import")
public class ImportRecord {
  @Id private UUID id;

  private String sha256;

  @Enumerated(EnumType.STRING)
  private TransferFormat format;

  @Enumerated(EnumType.STRING)
  private ImportMode mode;

  @Column(name = "province_code")
  private String provinceCode;

  @Column(name = "rows_total")
  private int rowsTotal;

  @Column(name = "rows_rejected")
  private int rowsRejected;

  @Column(name = "subjects_created")
  private int subjectsCreated;

  @Column(name = "subjects_existing")
  private int subjectsExisting;

  @Column(name = "products_created")
  private int productsCreated;

  @Column(name = "products_existing")
  private int productsExisting;

  @Column(name = "certificates_created")
  private int certificatesCreated;

  @Column(name = "certificates_existing")
  private int certificatesExisting;

  private String report;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  protected ImportRecord() {}

  static ImportRecord of(
      UUID id,
      Upload upload,
      ImportMode mode,
      String provinceCode,
      ImportTotals totals,
      String reportJson,
      String createdBy,
      Instant createdAt) {
    ImportRecord record = new ImportRecord();
    record.id = id;
    record.sha256 = upload.sha256();
    record.format = upload.format();
    record.mode = mode;
    record.provinceCode = provinceCode;
    record.rowsTotal = totals.rows();
    record.rowsRejected = totals.rejectedRows();
    record.subjectsCreated = totals.subjectsCreated();
    record.subjectsExisting = totals.subjectsExisting();
    record.productsCreated = totals.productsCreated();
    record.productsExisting = totals.productsExisting();
    record.certificatesCreated = totals.certificatesCreated();
    record.certificatesExisting = totals.certificatesExisting();
    record.report = reportJson;
    record.createdBy = createdBy;
    record.createdAt = createdAt;
    return record;
  }

  public UUID id() {
    return id;
  }

  /** The importing province officer's province; null for a national import. */
  public String provinceCode() {
    return provinceCode;
  }

  /** The row report as answered, JSON. */
  public String report() {
    return report;
  }
}
