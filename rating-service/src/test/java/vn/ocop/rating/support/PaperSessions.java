package vn.ocop.rating.support;

import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Councils and sessions for the paperwork and analytics tests, through the API: a council with a
 * secretary and full names and a regulation that re-scores wide spreads, several dossiers before
 * one OPEN session, conflict declarations, and members scoring a round with whole totals.
 */
public final class PaperSessions {
  private PaperSessions() {}

  /**
   * A council: {@code usernames[0]} the chair, the rest members, then {@code secretary} if not
   * null; the chair's full name is {@code chairName}. Quorum 50% (so an absent member and a
   * conflicted one still leave a result) and the given largest spread before re-scoring.
   */
  public static String constitute(
      String provinceCode,
      String chairName,
      List<String> usernames,
      String secretary,
      BigDecimal maxScoreSpread) {
    List<Map<String, Object>> seats = new ArrayList<>();
    for (String username : usernames) {
      Map<String, Object> seat = new HashMap<>();
      seat.put("username", username);
      seat.put("role", username.equals(usernames.get(0)) ? "CHAIR" : "MEMBER");
      if (username.equals(usernames.get(0))) {
        seat.put("fullName", chairName);
      }
      seats.add(seat);
    }
    if (secretary != null) {
      seats.add(Map.of("username", secretary, "role", "SECRETARY"));
    }
    Map<String, Object> regulation = new HashMap<>();
    regulation.put("quorumPercent", 50);
    regulation.put("maxScoreSpread", maxScoreSpread);
    return Api.as(Api.officer(provinceCode))
        .body(
            Map.of(
                "name",
                "Hội đồng đánh giá, phân hạng sản phẩm OCOP " + provinceCode,
                "level",
                "PROVINCE",
                "regulation",
                regulation,
                "members",
                seats))
        .post("/api/rating/v1/councils")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** A planned session of the council, opened with these members present. */
  public static String openSession(String provinceCode, String councilId, List<String> present) {
    String sessionId = Sessions.plan(provinceCode, councilId);
    Sessions.open(provinceCode, sessionId, present);
    return sessionId;
  }

  /** A submitted dossier of a freshly registered product (set 13), before the session. */
  public static String dossierBefore(
      String provinceCode, String cycleId, String sessionId, String productName) {
    Registry.Product product = Registry.registerProduct(provinceCode, productName);
    String dossierId = Fixtures.submitDossier(provinceCode, cycleId, product.productId());
    Sessions.assign(provinceCode, sessionId, dossierId);
    return dossierId;
  }

  public static void declareConflict(
      String member,
      String provinceCode,
      String sessionId,
      String dossierId,
      String kind,
      String note) {
    Api.as(Api.member(member, provinceCode))
        .body(Map.of("declaration", "CONFLICT", "kind", kind, "note", note))
        .post(Sessions.SESSIONS + "/{s}/dossiers/{d}/declarations", sessionId, dossierId)
        .then()
        .statusCode(201)
        .body("declaration", equalTo("CONFLICT"));
  }

  /** Each member in turn submits a sheet worth the total at the same index. */
  public static String score(
      String provinceCode, String dossierId, List<String> members, String... totals) {
    return Fixtures.scoreAll(
        new Fixtures.Scoring(null, null, dossierId, null, members), provinceCode, totals);
  }

  /** Each member in turn submits the same answers. */
  public static String scoreAnswers(
      String provinceCode, String dossierId, List<String> members, Map<String, String> answers) {
    String status = null;
    for (String member : members) {
      status =
          Api.as(Api.member(member, provinceCode))
              .body(Fixtures.sheet(answers))
              .put("/api/rating/v1/dossiers/{id}/score-sheets/mine", dossierId)
              .then()
              .statusCode(200)
              .extract()
              .path("dossierStatus");
    }
    return status;
  }

  /** A short random tag for usernames and product names. */
  public static String tag() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
