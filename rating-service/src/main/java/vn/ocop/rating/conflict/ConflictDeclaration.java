package vn.ocop.rating.conflict;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * A member's declaration of (no) conflict of interest on one dossier. Declarations are never
 * edited: a change of mind is a new row with the next revision, and the latest revision counts. A
 * conflict the service detected when the member declared (an affiliation, the member's own subject
 * account) is recorded with it, since it excludes the member whatever they declared.
 */
@Entity
@Immutable
@Table(name = "conflict_declaration")
public class ConflictDeclaration {
  @Id private UUID id;

  @Column(name = "session_id")
  private UUID sessionId;

  @Column(name = "dossier_id")
  private UUID dossierId;

  @Column(name = "member_username")
  private String memberUsername;

  private int revision;

  @Enumerated(EnumType.STRING)
  private Declaration declaration;

  @Enumerated(EnumType.STRING)
  @Column(name = "conflict_kind")
  private ConflictKind conflictKind;

  private String note;

  /** Why the service excludes the member regardless of the declaration; null when it does not. */
  @Column(name = "detected_conflict")
  private String detectedConflict;

  @Column(name = "declared_at")
  private Instant declaredAt;

  protected ConflictDeclaration() {}

  static ConflictDeclaration record(
      UUID sessionId,
      UUID dossierId,
      String memberUsername,
      int revision,
      Declaration declaration,
      ConflictKind conflictKind,
      String note,
      String detectedConflict,
      Instant now) {
    ConflictDeclaration row = new ConflictDeclaration();
    row.id = UUID.randomUUID();
    row.sessionId = sessionId;
    row.dossierId = dossierId;
    row.memberUsername = memberUsername;
    row.revision = revision;
    row.declaration = declaration;
    row.conflictKind = conflictKind;
    row.note = note == null || note.isBlank() ? null : note.strip();
    row.detectedConflict = detectedConflict;
    row.declaredAt = now;
    return row;
  }

  /** Whether this declaration, taken alone, excludes the member from the dossier. */
  public boolean excludes() {
    return declaration == Declaration.CONFLICT || detectedConflict != null;
  }

  public UUID id() {
    return id;
  }

  public UUID sessionId() {
    return sessionId;
  }

  public UUID dossierId() {
    return dossierId;
  }

  public String memberUsername() {
    return memberUsername;
  }

  public int revision() {
    return revision;
  }

  public Declaration declaration() {
    return declaration;
  }

  public ConflictKind conflictKind() {
    return conflictKind;
  }

  public String note() {
    return note;
  }

  public String detectedConflict() {
    return detectedConflict;
  }

  public Instant declaredAt() {
    return declaredAt;
  }
}
