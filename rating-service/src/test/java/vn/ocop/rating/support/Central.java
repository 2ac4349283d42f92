package vn.ocop.rating.support;

import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The central level (trung ương): councils and sessions run by the national officer. */
public final class Central {
  private Central() {}

  /** A central council; the first username is the chair. */
  public static String constituteCouncil(List<String> members) {
    List<Map<String, String>> seats =
        members.stream()
            .map(
                username ->
                    Map.of(
                        "username",
                        username,
                        "role",
                        username.equals(members.get(0)) ? "CHAIR" : "MEMBER"))
            .toList();
    return Api.as(Api.nationalOfficer())
        .body(
            Map.of(
                "name",
                "Hội đồng đánh giá, phân hạng sản phẩm OCOP quốc gia",
                "level",
                "CENTRAL",
                "members",
                seats))
        .post("/api/rating/v1/councils")
        .then()
        .statusCode(201)
        .body("level", equalTo("CENTRAL"))
        .extract()
        .path("id");
  }

  /**
   * Puts a CENTRAL dossier before a fresh OPEN session of the central council, every member present
   * and declared free of conflicts; returns the session's id.
   */
  public static String beforeOpenSession(String dossierId, String councilId, List<String> members) {
    String sessionId =
        Api.as(Api.nationalOfficer())
            .body(
                Map.of(
                    "councilId",
                    councilId,
                    "heldOn",
                    LocalDate.now().toString(),
                    "place",
                    "Bộ Nông nghiệp và Môi trường, Hà Nội"))
            .post(Sessions.SESSIONS)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Api.as(Api.nationalOfficer())
        .body(Map.of("presentMembers", members))
        .post(Sessions.SESSIONS + "/{id}/open", sessionId)
        .then()
        .statusCode(200)
        .body("status", equalTo("OPEN"));
    Api.as(Api.nationalOfficer())
        .body(Map.of("dossierId", dossierId))
        .post(Sessions.SESSIONS + "/{id}/dossiers", sessionId)
        .then()
        .statusCode(200)
        .body("status", equalTo("IN_EVALUATION"));
    for (String member : members) {
      Sessions.declareNone(member, Api.DAK_LAK, sessionId, dossierId);
    }
    return sessionId;
  }
}
