package vn.ocop.rating.session;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.ocop.rating.council.CouncilRole;

/**
 * One member's line in the attendance of a session (danh sách thành viên tham dự), with the role
 * they held then: the council's membership may change after the session.
 */
@Embeddable
public class Attendance {
  @Column(name = "username")
  private String username;

  @Enumerated(EnumType.STRING)
  @Column(name = "role")
  private CouncilRole role;

  @Column(name = "present")
  private boolean present;

  protected Attendance() {}

  Attendance(String username, CouncilRole role, boolean present) {
    this.username = username;
    this.role = role;
    this.present = present;
  }

  public String username() {
    return username;
  }

  public CouncilRole role() {
    return role;
  }

  public boolean present() {
    return present;
  }
}
