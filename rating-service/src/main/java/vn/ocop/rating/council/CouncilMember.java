package vn.ocop.rating.council;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A seat on a council (thành viên hội đồng): the member's account and function. */
@Embeddable
public class CouncilMember {
  @Column(name = "username")
  private String username;

  @Enumerated(EnumType.STRING)
  @Column(name = "role")
  private CouncilRole role;

  protected CouncilMember() {}

  public CouncilMember(String username, CouncilRole role) {
    this.username = username;
    this.role = role;
  }

  public String username() {
    return username;
  }

  public CouncilRole role() {
    return role;
  }
}
