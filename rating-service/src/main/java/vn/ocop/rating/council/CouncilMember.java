package vn.ocop.rating.council;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A seat on a council (thành viên hội đồng): the member's account and function, who they are, and
 * the registry subjects they are tied to, from which conflicts of interest are detected.
 */
@Embeddable
public class CouncilMember {
  @Column(name = "username")
  private String username;

  @Enumerated(EnumType.STRING)
  @Column(name = "role")
  private CouncilRole role;

  @Column(name = "full_name")
  private String fullName;

  /** Chức vụ, đơn vị công tác. */
  @Column(name = "title")
  private String title;

  /** Subjects the member works for or represents. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "employer_subject_ids", columnDefinition = "uuid[]")
  private UUID[] employerSubjectIds = new UUID[0];

  /** Subjects of the member's relatives. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "related_subject_ids", columnDefinition = "uuid[]")
  private UUID[] relatedSubjectIds = new UUID[0];

  protected CouncilMember() {}

  public CouncilMember(String username, CouncilRole role) {
    this(username, role, null, null, List.of(), List.of());
  }

  public CouncilMember(
      String username,
      CouncilRole role,
      String fullName,
      String title,
      List<UUID> employerSubjectIds,
      List<UUID> relatedSubjectIds) {
    this.username = username;
    this.role = role;
    this.fullName = fullName;
    this.title = title;
    this.employerSubjectIds =
        employerSubjectIds == null ? new UUID[0] : employerSubjectIds.toArray(UUID[]::new);
    this.relatedSubjectIds =
        relatedSubjectIds == null ? new UUID[0] : relatedSubjectIds.toArray(UUID[]::new);
  }

  public String username() {
    return username;
  }

  public CouncilRole role() {
    return role;
  }

  public String fullName() {
    return fullName;
  }

  public String title() {
    return title;
  }

  public List<UUID> employerSubjectIds() {
    return employerSubjectIds == null ? List.of() : Arrays.asList(employerSubjectIds.clone());
  }

  public List<UUID> relatedSubjectIds() {
    return relatedSubjectIds == null ? List.of() : Arrays.asList(relatedSubjectIds.clone());
  }
}
