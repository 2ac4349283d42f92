package vn.ocop.rating.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds cycles, councils and dossiers through the API, as an officer would. */
public final class Fixtures {
  private static final AtomicInteger SLOTS = new AtomicInteger();

  private Fixtures() {}

  /** A dossier handed to a council, with the council's members' usernames (chair first). */
  public record Scoring(
      String cycleId,
      String councilId,
      String dossierId,
      Registry.Product product,
      List<String> members) {}

  /** A year and round no other test used, since (province, year, round) is unique. */
  public static Map<String, Object> nextSlot() {
    int slot = SLOTS.getAndIncrement();
    return Map.of("year", 2030 + slot / 12, "round", 1 + slot % 12);
  }

  /** A round opened at the EVALUATION step, ready for dossiers. */
  public static String openCycle(String provinceCode) {
    Map<String, Object> slot = nextSlot();
    return Api.as(Api.officer(provinceCode))
        .body(
            Map.of(
                "year", slot.get("year"), "round", slot.get("round"), "startAtStep", "EVALUATION"))
        .post("/api/rating/v1/cycles")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** A provincial council; the first username is the chair. */
  public static String constituteCouncil(String provinceCode, List<String> members) {
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
    return Api.as(Api.officer(provinceCode))
        .body(
            Map.of(
                "name",
                "Hội đồng đánh giá, phân hạng sản phẩm OCOP " + provinceCode,
                "level",
                "PROVINCE",
                "members",
                seats))
        .post("/api/rating/v1/councils")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  public static String submitDossier(String provinceCode, String cycleId, UUID productId) {
    return Api.as(Api.officer(provinceCode))
        .body(
            Map.of(
                "cycleId",
                cycleId,
                "productId",
                productId.toString(),
                "kind",
                "NEW",
                "submit",
                true))
        .post("/api/rating/v1/dossiers")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** Puts the dossier before an OPEN session of the council, all members present and cleared. */
  public static void assignCouncil(String provinceCode, String dossierId, String councilId) {
    Sessions.beforeOpenSession(provinceCode, dossierId, councilId);
  }

  /** A fresh product, cycle and three-member council, with the dossier handed to the council. */
  public static Scoring dossierInEvaluation(String provinceCode) {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    List<String> members = List.of("chair." + tag, "member1." + tag, "member2." + tag);
    Registry.Product product = Registry.registerProduct(provinceCode, "Cà phê bột " + tag);
    String cycleId = openCycle(provinceCode);
    String councilId = constituteCouncil(provinceCode, members);
    String dossierId = submitDossier(provinceCode, cycleId, product.productId());
    assignCouncil(provinceCode, dossierId, councilId);
    return new Scoring(cycleId, councilId, dossierId, product, members);
  }

  /** The product set of the products {@link Registry#registerProduct} registers (cà phê). */
  public static final int PRODUCT_SET = 13;

  /**
   * Each member in turn ticks answers on the real sheet worth the given whole total; returns the
   * last response's dossier status.
   */
  public static String scoreAll(Scoring scoring, String provinceCode, String... totals) {
    String status = null;
    for (int i = 0; i < totals.length; i++) {
      status =
          Api.as(Api.member(scoring.members().get(i), provinceCode))
              .body(sheet(SheetAnswers.forTotal(PRODUCT_SET, new java.math.BigDecimal(totals[i]))))
              .put("/api/rating/v1/dossiers/{id}/score-sheets/mine", scoring.dossierId())
              .then()
              .statusCode(200)
              .extract()
              .path("dossierStatus");
    }
    return status;
  }

  /** The body of a score sheet with these answers on the sheet of the products' set. */
  public static Map<String, Object> sheet(Map<String, String> answers) {
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("productSet", PRODUCT_SET);
    body.put("answers", answers);
    return body;
  }
}
