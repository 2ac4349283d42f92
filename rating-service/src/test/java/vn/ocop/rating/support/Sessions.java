package vn.ocop.rating.support;

import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Council sessions and conflict declarations through the API, as officers and members would. */
public final class Sessions {
  public static final String SESSIONS = "/api/rating/v1/sessions";

  private Sessions() {}

  /** A PLANNED session of the council, managed by the province's officer. */
  public static String plan(String provinceCode, String councilId) {
    return Api.as(Api.officer(provinceCode))
        .body(
            Map.of(
                "councilId",
                councilId,
                "heldOn",
                LocalDate.now().toString(),
                "place",
                "Hội trường Sở Nông nghiệp và Môi trường"))
        .post(SESSIONS)
        .then()
        .statusCode(201)
        .body("status", equalTo("PLANNED"))
        .extract()
        .path("id");
  }

  public static void open(String provinceCode, String sessionId, List<String> present) {
    Api.as(Api.officer(provinceCode))
        .body(Map.of("presentMembers", present))
        .post(SESSIONS + "/{id}/open", sessionId)
        .then()
        .statusCode(200)
        .body("status", equalTo("OPEN"));
  }

  public static void assign(String provinceCode, String sessionId, String dossierId) {
    Api.as(Api.officer(provinceCode))
        .body(Map.of("dossierId", dossierId))
        .post(SESSIONS + "/{id}/dossiers", sessionId)
        .then()
        .statusCode(200)
        .body("status", equalTo("IN_EVALUATION"));
  }

  public static void declareNone(
      String member, String provinceCode, String sessionId, String dossierId) {
    Api.as(Api.member(member, provinceCode))
        .body(Map.of("declaration", "NONE"))
        .post(SESSIONS + "/{s}/dossiers/{d}/declarations", sessionId, dossierId)
        .then()
        .statusCode(201)
        .body("declaration", equalTo("NONE"));
  }

  /** The usernames of a council's members, in order. */
  public static List<String> members(String provinceCode, String councilId) {
    return Api.as(Api.officer(provinceCode))
        .get("/api/rating/v1/councils/{id}", councilId)
        .then()
        .statusCode(200)
        .extract()
        .path("members.username");
  }

  /**
   * Puts a dossier before a fresh OPEN session of the council with every member present and every
   * member's declaration of no conflict: what assigning a council meant before sessions existed.
   *
   * @return the session's id
   */
  public static String beforeOpenSession(String provinceCode, String dossierId, String councilId) {
    List<String> members = members(provinceCode, councilId);
    String sessionId = plan(provinceCode, councilId);
    open(provinceCode, sessionId, members);
    assign(provinceCode, sessionId, dossierId);
    for (String member : members) {
      declareNone(member, provinceCode, sessionId, dossierId);
    }
    return sessionId;
  }

  /** Writes directly, for data the API no longer accepts (a council of an abolished level). */
  public static void execute(String sql, Object... parameters) {
    AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
