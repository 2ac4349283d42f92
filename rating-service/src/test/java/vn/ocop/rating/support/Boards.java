package vn.ocop.rating.support;

import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A council with a chair, plain members and a secretary, and a dossier of a fresh product (set 13)
 * handed to a session of it that the test opens with whom it wants present: for the quorum,
 * conflict and session rules of scoring.
 */
public final class Boards {
  public static final String MINE = "/api/rating/v1/dossiers/{id}/score-sheets/mine";
  public static final String CLOSE = "/api/rating/v1/dossiers/{id}/scoring/close-round";

  private Boards() {}

  /**
   * @param scoring the chair first, then the plain members
   * @param sessionId a PLANNED session the dossier is assigned to
   */
  public record Board(
      String provinceCode,
      String councilId,
      List<String> scoring,
      String secretary,
      String dossierId,
      String sessionId) {
    public String chair() {
      return scoring.get(0);
    }

    /** Everyone on the council, the secretary last. */
    public List<String> everyone() {
      List<String> all = new ArrayList<>(scoring);
      all.add(secretary);
      return all;
    }

    public void open(List<String> present) {
      Sessions.open(provinceCode, sessionId, present);
    }

    public void declareNone(List<String> members) {
      members.forEach(member -> Sessions.declareNone(member, provinceCode, sessionId, dossierId));
    }

    public void declareConflict(String member) {
      Map<String, Object> body = new HashMap<>();
      body.put("declaration", "CONFLICT");
      body.put("kind", "RELATIVE");
      body.put("note", "Em ruột tôi là chủ cơ sở sản xuất");
      Api.as(Api.member(member, provinceCode))
          .body(body)
          .post(Sessions.SESSIONS + "/{s}/dossiers/{d}/declarations", sessionId, dossierId)
          .then()
          .statusCode(201);
    }

    /** The member's sheet of answers worth a whole total on the set-13 sheet. */
    public Response score(String member, int total) {
      return submit(member, SheetAnswers.forTotal(Fixtures.PRODUCT_SET, new BigDecimal(total)));
    }

    public Response submit(String member, Map<String, String> answers) {
      return Api.as(Api.member(member, provinceCode))
          .body(Fixtures.sheet(answers))
          .put(MINE, dossierId);
    }

    public Response close(String token) {
      return Api.as(token).post(CLOSE, dossierId);
    }
  }

  /**
   * A council of {@code scoringMembers} (chair included) plus a secretary, a submitted dossier
   * assigned to a PLANNED session of it. Nobody has declared yet; the session is not open.
   */
  public static Board planned(String provinceCode, int scoringMembers) {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    List<String> scoring = new ArrayList<>();
    scoring.add("chair." + tag);
    for (int i = 1; i < scoringMembers; i++) {
      scoring.add("member" + i + "." + tag);
    }
    String secretary = "secretary." + tag;
    List<Map<String, String>> seats = new ArrayList<>();
    for (String member : scoring) {
      seats.add(
          Map.of("username", member, "role", member.equals(scoring.get(0)) ? "CHAIR" : "MEMBER"));
    }
    seats.add(Map.of("username", secretary, "role", "SECRETARY"));
    String councilId =
        Api.as(Api.officer(provinceCode))
            .body(
                Map.of(
                    "name",
                    "Hội đồng đánh giá, phân hạng sản phẩm OCOP " + tag,
                    "level",
                    "PROVINCE",
                    "members",
                    seats))
            .post("/api/rating/v1/councils")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Registry.Product product = Registry.registerProduct(provinceCode, "Cà phê hạt rang " + tag);
    String dossierId =
        Fixtures.submitDossier(provinceCode, Fixtures.openCycle(provinceCode), product.productId());
    String sessionId = Sessions.plan(provinceCode, councilId);
    Sessions.assign(provinceCode, sessionId, dossierId);
    return new Board(provinceCode, councilId, scoring, secretary, dossierId, sessionId);
  }

  /** {@link #planned} with everyone declaring no conflict and the session open with everyone. */
  public static Board open(String provinceCode, int scoringMembers) {
    Board board = planned(provinceCode, scoringMembers);
    board.declareNone(board.everyone());
    board.open(board.everyone());
    return board;
  }
}
