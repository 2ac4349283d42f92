package vn.ocop.rating.council;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.rating.rules.EvaluationLevel;

/**
 * An evaluation council (hội đồng đánh giá, phân hạng sản phẩm OCOP) or advisory team (tổ tư vấn)
 * of a level and, below the centre, of a province. Its members are user accounts; the scoring
 * members of a council score the dossiers put before its sessions. Its regulation (quy chế hoạt
 * động) may override the quorum and score-spread rules of the rule set.
 */
@Entity
@Table(name = "council")
public class Council {
  @Id private UUID id;

  private String name;

  @Enumerated(EnumType.STRING)
  private EvaluationLevel level;

  @Enumerated(EnumType.STRING)
  private CouncilKind kind;

  @Embedded private CouncilRegulation regulation;

  /** Null for a central council. */
  @Column(name = "province_code")
  private String provinceCode;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "council_member", joinColumns = @JoinColumn(name = "council_id"))
  @OrderColumn(name = "position")
  private List<CouncilMember> members = new ArrayList<>();

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version private long version;

  protected Council() {}

  /**
   * Constitutes a council. Its members must have exactly one chair and no account twice.
   *
   * @throws ProblemException 400 naming {@code members} when they break those rules
   */
  public static Council constitute(
      String name,
      EvaluationLevel level,
      CouncilKind kind,
      String provinceCode,
      CouncilRegulation regulation,
      List<CouncilMember> members,
      String createdBy,
      Instant now) {
    requireValidMembers(members);
    Council council = new Council();
    council.id = UUID.randomUUID();
    council.name = name.strip();
    council.level = level;
    council.kind = kind;
    council.regulation = regulation;
    council.provinceCode = provinceCode;
    council.members.addAll(members);
    council.createdBy = createdBy;
    council.createdAt = now;
    return council;
  }

  static void requireValidMembers(List<CouncilMember> members) {
    List<FieldError> errors = new ArrayList<>();
    long chairs = members.stream().filter(member -> member.role() == CouncilRole.CHAIR).count();
    if (chairs != 1) {
      errors.add(
          new FieldError(
              "members",
              "ExactlyOneChair",
              "A council has exactly one chair (chủ tịch hội đồng); this one has " + chairs));
    }
    Set<String> usernames = new HashSet<>();
    List<String> twice = new ArrayList<>();
    for (CouncilMember member : members) {
      if (!usernames.add(member.username())) {
        twice.add(member.username());
      }
    }
    if (!twice.isEmpty()) {
      errors.add(
          new FieldError(
              "members", "UniqueUsernames", "A member may sit once; listed twice: " + twice));
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(
          400,
          "VALIDATION_FAILED",
          "Invalid request",
          "The request breaks " + errors.size() + (errors.size() == 1 ? " rule" : " rules"),
          errors);
    }
  }

  /**
   * Replaces the members between sessions (a member resigns, another is appointed).
   *
   * @throws ProblemException 409 {@code CONCURRENT_UPDATE} when the caller edited an older version
   */
  public void replaceMembers(List<CouncilMember> newMembers, long expectedVersion) {
    if (expectedVersion != version) {
      throw ProblemException.conflict(
          "CONCURRENT_UPDATE",
          "Council "
              + id
              + " is at version "
              + version
              + ", not "
              + expectedVersion
              + "; reload it");
    }
    requireValidMembers(newMembers);
    members.clear();
    members.addAll(newMembers);
  }

  public Optional<CouncilMember> member(String username) {
    return members.stream().filter(member -> member.username().equals(username)).findFirst();
  }

  public boolean hasMember(String username) {
    return username != null
        && members.stream().anyMatch(member -> member.username().equals(username));
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  public EvaluationLevel level() {
    return level;
  }

  public CouncilKind kind() {
    return kind;
  }

  /** What the council's own regulation sets; null values fall back to the rule set. */
  public CouncilRegulation regulation() {
    return regulation == null ? new CouncilRegulation(null, null, null) : regulation;
  }

  public long version() {
    return version;
  }

  public String provinceCode() {
    return provinceCode;
  }

  public List<CouncilMember> members() {
    return List.copyOf(members);
  }

  public Instant createdAt() {
    return createdAt;
  }
}
