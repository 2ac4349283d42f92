package vn.ocop.registry.support;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import vn.ocop.registry.text.SearchText;

/**
 * Subjects, products and certificates written straight into the registry's tables, in any state and
 * on either map: what the public verification and search read, without going through the issuing
 * and lifecycle code (as an import by COPY would).
 */
public final class RegistryRows {
  private static final char[] CODE_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
  private static final AtomicInteger DECISION =
      new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000));

  private RegistryRows() {}

  /** A fresh verification code of the shape the registry makes. */
  public static String publicCode() {
    StringBuilder code = new StringBuilder(26);
    for (int i = 0; i < 26; i++) {
      code.append(CODE_ALPHABET[ThreadLocalRandom.current().nextInt(CODE_ALPHABET.length)]);
    }
    return code.toString();
  }

  /**
   * Where a record was created: its map, units and the province it belongs to today.
   *
   * @param districtCode on the pre-merger map only
   */
  public record Place(
      String mapVersion,
      String provinceCode,
      String districtCode,
      String communeCode,
      String currentProvinceCode) {

    /** Buôn Ma Thuột, Đắk Lắk, on the current map. */
    public static final Place BUON_MA_THUOT = new Place("2025-07", "66", null, "24133", "66");

    /** Mũi Né, Lâm Đồng, on the current map. */
    public static final Place MUI_NE = new Place("2025-07", "68", null, "22918", "68");

    /** Nghĩa Đức, Gia Nghĩa, Đắk Nông (67) on the pre-merger map: Lâm Đồng (68) today. */
    public static final Place NGHIA_DUC = new Place("2025-03", "67", "660", "24611", "68");

    /** Phường 5, Tân An, Long An (80) on the pre-merger map: Tây Ninh (80) today. */
    public static final Place TAN_AN = new Place("2025-03", "80", "794", "27685", "80");

    /** Phường 1, Tây Ninh city, Tây Ninh (72) on the pre-merger map: Tây Ninh (80) today. */
    public static final Place TAY_NINH_CITY = new Place("2025-03", "72", "703", "25456", "80");
  }

  /**
   * Inserts a cooperative with personal data (identifier, representative, phone); returns its id.
   */
  public static UUID subject(String name, Place place, String identifier, String phone) {
    UUID id = UUID.randomUUID();
    update(
        "insert into subject (id, type, identifier_kind, identifier, name, map_version,"
            + " province_code, district_code, commune_code, current_province_code, representative,"
            + " phone, woman_led, ethnic_minority_led, created_at, search_text)"
            + " values (?, 'COOPERATIVE', 'TAX_CODE', ?, ?, ?, ?, ?, ?, ?, 'Y Bhim Niê', ?, false,"
            + " true, now(), ?)",
        id,
        identifier,
        name,
        place.mapVersion(),
        place.provinceCode(),
        place.districtCode(),
        place.communeCode(),
        place.currentProvinceCode(),
        phone,
        SearchText.of(name));
    return id;
  }

  /** Inserts a cooperative with a fresh tax code; returns its id. */
  public static UUID subject(String name, Place place) {
    return subject(name, place, Fixtures.taxCode(), "0912345678");
  }

  /** Inserts a product of a subject, at the subject's place; returns its id. */
  public static UUID product(UUID subjectId, String name, int productSet, Place place) {
    UUID id = UUID.randomUUID();
    update(
        "insert into product (id, subject_id, name, product_set, map_version, province_code,"
            + " district_code, commune_code, current_province_code, status, created_at,"
            + " search_text) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'REGISTERED', now(), ?)",
        id,
        subjectId,
        name,
        productSet,
        place.mapVersion(),
        place.provinceCode(),
        place.districtCode(),
        place.communeCode(),
        place.currentProvinceCode(),
        SearchText.of(name));
    return id;
  }

  /** A certificate inserted by {@link #certificate}. */
  public record Certificate(UUID id, String code) {}

  /**
   * Inserts an imported certificate of a product in the given status, valid from the decision date
   * to {@code validTo}; the product set, subject and place are the product's.
   */
  private static final java.util.Map<UUID, UUID> AWAITING_SUCCESSOR =
      new java.util.concurrent.ConcurrentHashMap<>();

  public static Certificate certificate(
      UUID productId, int starClass, LocalDate decisionDate, LocalDate validTo, String status) {
    UUID id = UUID.randomUUID();
    // A SUPERSEDED certificate must name its successor: it is written as ISSUED and becomes
    // SUPERSEDED when the product's next certificate is written.
    UUID predecessor = AWAITING_SUCCESSOR.remove(productId);
    if ("SUPERSEDED".equals(status)) {
      AWAITING_SUCCESSOR.put(productId, id);
      status = "ISSUED";
    }
    String code = publicCode();
    update(
        "insert into certificate (id, decision_id, product_id, subject_id, province_code,"
            + " district_code, commune_code, map_version, current_province_code, product_set,"
            + " product_group, star_class, score, decision_number, decision_date, issuing_body,"
            + " issuing_level, valid_from, valid_to, status, public_code, created_at, origin)"
            + " select ?, null, p.id, p.subject_id, p.province_code, p.district_code,"
            + " p.commune_code, p.map_version, p.current_province_code, p.product_set,"
            + " ps.group_number, ?, ?, ?, ?, 'Ủy ban nhân dân tỉnh Đắk Lắk', 'PROVINCE', ?, ?, ?,"
            + " ?, ?, 'IMPORT'"
            + " from product p join product_set ps on ps.number = p.product_set where p.id = ?",
        id,
        starClass,
        new BigDecimal(starClass == 3 ? "62.50" : starClass == 4 ? "78.50" : "92.00"),
        DECISION.incrementAndGet() + "/QĐ-UBND",
        decisionDate,
        decisionDate,
        validTo,
        status,
        code,
        Timestamp.from(Instant.now()),
        productId);
    if (predecessor != null) {
      update(
          "update certificate set status = 'SUPERSEDED', superseded_by = ? where id = ?",
          id,
          predecessor);
    }
    return new Certificate(id, code);
  }

  /** A certificate in force for three years from a year ago. */
  public static Certificate certificateInForce(UUID productId, int starClass) {
    LocalDate decided = today().minusYears(1);
    return certificate(productId, starClass, decided, decided.plusMonths(36), "ISSUED");
  }

  /** Today where the registry counts days. */
  public static LocalDate today() {
    return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
  }

  /** Runs an insert, update or delete; returns the rows it touched. */
  public static int update(String sql, Object... parameters) {
    AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** The single text a query answers. */
  public static String text(String sql, Object... parameters) {
    AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (var rs = statement.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
