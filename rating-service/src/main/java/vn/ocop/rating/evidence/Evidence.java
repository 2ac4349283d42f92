package vn.ocop.rating.evidence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * One entry of a dossier's evidence index (danh mục hồ sơ minh chứng): a file, by its SHA-256, that
 * supports one or more criteria of the evaluation sheet. The bytes live once per checksum in {@code
 * evidence_blob}, so a copied dossier's entries share them.
 */
@Entity
@Table(name = "evidence")
public class Evidence {
  @Id private UUID id;

  @Column(name = "dossier_id")
  private UUID dossierId;

  private String title;

  @Enumerated(EnumType.STRING)
  private EvidenceKind kind;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "media_type")
  private String mediaType;

  private String checksum;

  @Column(name = "size_bytes")
  private long sizeBytes;

  @Column(name = "uploaded_by")
  private String uploadedBy;

  @Column(name = "uploaded_at")
  private Instant uploadedAt;

  /** The entry of the earlier dossier this one was copied from. */
  @Column(name = "copied_from_id")
  private UUID copiedFromId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "evidence_criterion", joinColumns = @JoinColumn(name = "evidence_id"))
  @Column(name = "criterion_code")
  private Set<String> criteria = new TreeSet<>();

  protected Evidence() {}

  public static Evidence upload(
      UUID dossierId,
      String title,
      EvidenceKind kind,
      String fileName,
      String mediaType,
      String checksum,
      long sizeBytes,
      Set<String> criteria,
      String uploadedBy,
      Instant now) {
    Evidence evidence = new Evidence();
    evidence.id = UUID.randomUUID();
    evidence.dossierId = dossierId;
    evidence.title = title;
    evidence.kind = kind;
    evidence.fileName = fileName;
    evidence.mediaType = mediaType;
    evidence.checksum = checksum;
    evidence.sizeBytes = sizeBytes;
    evidence.criteria = new TreeSet<>(criteria);
    evidence.uploadedBy = uploadedBy;
    evidence.uploadedAt = now;
    return evidence;
  }

  /** The same file and index entry in another dossier; who uploaded it and when are kept. */
  public Evidence copyTo(UUID otherDossierId) {
    Evidence copy =
        upload(
            otherDossierId,
            title,
            kind,
            fileName,
            mediaType,
            checksum,
            sizeBytes,
            criteria,
            uploadedBy,
            uploadedAt);
    copy.copiedFromId = id;
    return copy;
  }

  public UUID id() {
    return id;
  }

  public UUID dossierId() {
    return dossierId;
  }

  public String title() {
    return title;
  }

  public EvidenceKind kind() {
    return kind;
  }

  public String fileName() {
    return fileName;
  }

  public String mediaType() {
    return mediaType;
  }

  public String checksum() {
    return checksum;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public String uploadedBy() {
    return uploadedBy;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }

  public UUID copiedFromId() {
    return copiedFromId;
  }

  public Set<String> criteria() {
    return new TreeSet<>(criteria);
  }
}
