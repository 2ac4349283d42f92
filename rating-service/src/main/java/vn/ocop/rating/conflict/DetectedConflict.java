package vn.ocop.rating.conflict;

import java.util.Optional;
import java.util.UUID;
import vn.ocop.rating.council.CouncilMember;

/**
 * A conflict of interest the service finds without the member's word: the dossier's subject is
 * among the member's employer or relatives' subjects, or the member's own account belongs to it.
 *
 * @param kind what ties the member to the subject
 * @param reason recorded with the declaration, so the exclusion can be explained later
 */
public record DetectedConflict(ConflictKind kind, String reason) {

  /**
   * @param tokenSubject the {@code subject_id} claim of the member's token; null when unknown
   */
  public static Optional<DetectedConflict> of(
      CouncilMember member, UUID dossierSubject, UUID tokenSubject) {
    if (dossierSubject == null) {
      return Optional.empty();
    }
    if (dossierSubject.equals(tokenSubject)) {
      return Optional.of(
          new DetectedConflict(
              ConflictKind.SAME_SUBJECT,
              "The member's account belongs to subject " + dossierSubject));
    }
    if (member.employerSubjectIds().contains(dossierSubject)) {
      return Optional.of(
          new DetectedConflict(
              ConflictKind.EMPLOYER,
              "Subject " + dossierSubject + " is among the member's employers"));
    }
    if (member.relatedSubjectIds().contains(dossierSubject)) {
      return Optional.of(
          new DetectedConflict(
              ConflictKind.RELATIVE,
              "Subject " + dossierSubject + " is among the member's relatives' subjects"));
    }
    return Optional.empty();
  }
}
