package vn.ocop.rating.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;
import vn.ocop.rating.LocalCalendar;
import vn.ocop.rating.criteria.EvaluationSheet;
import vn.ocop.rating.dossier.Dossier;
import vn.ocop.rating.dossier.DossierAccess;
import vn.ocop.rating.dossier.DossierConfig;
import vn.ocop.rating.dossier.DossierSheets;

/**
 * A dossier's evidence index: files stored once per SHA-256, each attached to criteria of the
 * evaluation sheet. The subject (or the office) changes it only while the dossier is editable.
 */
@ApplicationScoped
public class EvidenceIndex {
  /** A criterion of the sheet: part A, B or C, a number, an optional letter (A1a, B12, C3đ). */
  static final Pattern CRITERION = Pattern.compile("^[ABC][0-9]{1,2}([a-zđ][0-9]?)?$");

  private final DossierAccess access;
  private final DossierSheets sheets;
  private final DossierConfig config;
  private final LocalCalendar calendar;
  private final EntityManager entityManager;

  EvidenceIndex(
      DossierAccess access,
      DossierSheets sheets,
      DossierConfig config,
      LocalCalendar calendar,
      EntityManager entityManager) {
    this.access = access;
    this.sheets = sheets;
    this.config = config;
    this.calendar = calendar;
    this.entityManager = entityManager;
  }

  /** What an upload says of its file besides the bytes. */
  public record Upload(
      String title, String kind, List<String> criteria, String fileName, String mediaType) {}

  /**
   * Attaches a file to the dossier. Bad metadata is a 400 naming each field, a file over the limit
   * a 413, a dossier no longer editable a 409; in each case nothing is written.
   */
  @Transactional
  public Evidence upload(UUID dossierId, Upload upload, byte[] content, Caller caller) {
    Dossier dossier = access.forPreparer(dossierId, caller);
    List<FieldError> errors = new ArrayList<>();
    String title = upload.title() == null ? "" : upload.title().strip();
    if (title.isEmpty()) {
      errors.add(new FieldError("title", "NotBlank", "must not be blank"));
    } else if (title.length() > 500) {
      errors.add(new FieldError("title", "Size", "at most 500 characters"));
    }
    EvidenceKind kind = kindOf(upload.kind(), errors);
    Set<String> criteria = criteriaOf(upload.criteria(), sheets.find(dossier).orElse(null), errors);
    String fileName = upload.fileName() == null ? "" : upload.fileName().strip();
    if (fileName.isEmpty()) {
      errors.add(new FieldError("X-File-Name", "NotBlank", "name the file in the header"));
    } else if (fileName.length() > 255 || fileName.contains("/") || fileName.contains("\\")) {
      errors.add(
          new FieldError("X-File-Name", "FileName", "a bare file name of at most 255 characters"));
    }
    if (content == null || content.length == 0) {
      errors.add(new FieldError("body", "NotEmpty", "the file has no bytes"));
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(
          400,
          "VALIDATION_FAILED",
          "Invalid request",
          "The request breaks " + errors.size() + (errors.size() == 1 ? " rule" : " rules"),
          errors);
    }
    if (content.length > config.evidenceMaxBytes()) {
      throw new ProblemException(
          413,
          "EVIDENCE_TOO_LARGE",
          "Payload too large",
          "The file has "
              + content.length
              + " bytes; at most "
              + config.evidenceMaxBytes()
              + " are taken",
          List.of(
              new FieldError(
                  "body", "MaxBytes", "at most " + config.evidenceMaxBytes() + " bytes")));
    }
    dossier.requireEditable();
    String checksum = sha256(content);
    storeBlob(checksum, content);
    Evidence evidence =
        Evidence.upload(
            dossier.id(),
            title,
            kind,
            fileName,
            upload.mediaType() == null ? "application/octet-stream" : upload.mediaType(),
            checksum,
            content.length,
            criteria,
            caller.username(),
            calendar.now());
    entityManager.persist(evidence);
    return evidence;
  }

  public List<Evidence> list(UUID dossierId, Caller caller) {
    return of(access.visible(dossierId, caller).id());
  }

  /** The entries of a dossier, by title; no scope check (callers have checked it). */
  public List<Evidence> of(UUID dossierId) {
    return entityManager
        .createQuery(
            "from Evidence e where e.dossierId = :dossier order by e.title, e.uploadedAt, e.id",
            Evidence.class)
        .setParameter("dossier", dossierId)
        .getResultList();
  }

  /** An entry and its bytes. */
  public record File(Evidence evidence, byte[] content) {}

  public File download(UUID dossierId, UUID evidenceId, Caller caller) {
    Evidence evidence = entry(access.visible(dossierId, caller), evidenceId);
    byte[] content =
        (byte[])
            entityManager
                .createNativeQuery("select content from evidence_blob where checksum = ?1")
                .setParameter(1, evidence.checksum())
                .getSingleResult();
    return new File(evidence, content);
  }

  /**
   * Removes an entry while the dossier is editable. The blob stays: other dossiers (copies) may
   * share it.
   */
  @Transactional
  public void remove(UUID dossierId, UUID evidenceId, Caller caller) {
    Dossier dossier = access.forPreparer(dossierId, caller);
    Evidence evidence = entry(dossier, evidenceId);
    dossier.requireEditable();
    entityManager.remove(evidence);
  }

  /** Copies a dossier's index into another, sharing the stored bytes. */
  @Transactional(Transactional.TxType.MANDATORY)
  public int copy(UUID fromDossierId, UUID toDossierId) {
    List<Evidence> source = of(fromDossierId);
    for (Evidence evidence : source) {
      entityManager.persist(evidence.copyTo(toDossierId));
    }
    return source.size();
  }

  private Evidence entry(Dossier dossier, UUID evidenceId) {
    Evidence evidence = entityManager.find(Evidence.class, evidenceId);
    if (evidence == null || !evidence.dossierId().equals(dossier.id())) {
      throw ProblemException.notFound("Evidence", evidenceId);
    }
    return evidence;
  }

  private void storeBlob(String checksum, byte[] content) {
    // Identical bytes are stored once: a second upload of the same file adds only an index entry.
    entityManager
        .createNativeQuery(
            "insert into evidence_blob (checksum, size_bytes, content, created_at)"
                + " values (?1, ?2, ?3, ?4) on conflict (checksum) do nothing")
        .setParameter(1, checksum)
        .setParameter(2, (long) content.length)
        .setParameter(3, content)
        .setParameter(4, calendar.now())
        .executeUpdate();
  }

  private static EvidenceKind kindOf(String kind, List<FieldError> errors) {
    if (kind == null || kind.isBlank()) {
      errors.add(
          new FieldError("kind", "NotNull", "must be one of " + List.of(EvidenceKind.values())));
      return null;
    }
    try {
      return EvidenceKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(
          new FieldError(
              "kind", "EvidenceKind", "must be one of " + List.of(EvidenceKind.values())));
      return null;
    }
  }

  private static Set<String> criteriaOf(
      List<String> codes, EvaluationSheet sheet, List<FieldError> errors) {
    Set<String> criteria = new LinkedHashSet<>();
    if (codes == null || codes.isEmpty()) {
      errors.add(new FieldError("criterion", "NotEmpty", "name at least one criterion, e.g. A1a"));
      return criteria;
    }
    for (String code : codes) {
      String trimmed = code == null ? "" : code.strip();
      if (!CRITERION.matcher(trimmed).matches()) {
        errors.add(
            new FieldError(
                "criterion",
                "CriterionCode",
                "'" + code + "' is not a criterion code of the sheet (e.g. A1a, B2, C12)"));
      } else if (sheet != null && sheet.criterion(trimmed).isEmpty()) {
        errors.add(
            new FieldError(
                "criterion",
                "OnTheSheet",
                "'" + code + "' is not a criterion of the sheet of " + sheet.name()));
      } else {
        criteria.add(trimmed);
      }
    }
    return criteria;
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** Header values are Latin-1; Vietnamese file names arrive percent-encoded as UTF-8. */
  public static String decodeFileName(String header) {
    if (header == null) {
      return null;
    }
    try {
      return java.net.URLDecoder.decode(header.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return header;
    }
  }
}
