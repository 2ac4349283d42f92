package vn.ocop.registry.transfer;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.ocop.registry.subject.IdentifierKind;
import vn.ocop.registry.subject.SubjectType;

/**
 * What the registry holds already of the records a file names, found with one query per table
 * (arrays bound to {@code = any(?)}), never one per row.
 */
final class ExistingRecords {
  record Subject(UUID id, SubjectType type, String name, ParsedRow.Place place) {}

  record Product(UUID id, UUID subjectId, ParsedRow.Place place) {}

  private final Map<String, Subject> subjects = new HashMap<>();
  private final Map<String, Product> products = new HashMap<>();
  private final Set<String> certificates = new HashSet<>();

  private ExistingRecords() {}

  static ExistingRecords load(Connection connection, ImportPlan plan) throws SQLException {
    ExistingRecords existing = new ExistingRecords();
    existing.loadSubjects(
        connection,
        "select id, type, identifier_kind, identifier, name, map_version, province_code,"
            + " district_code, commune_code, current_province_code from subject"
            + " where identifier = any(?)",
        connection.createArrayOf("varchar", plan.identifiers().toArray()));
    existing.loadSubjects(
        connection,
        "select id, type, identifier_kind, identifier, name, map_version, province_code,"
            + " district_code, commune_code, current_province_code from subject"
            + " where identifier_kind = 'NONE' and commune_code = any(?)",
        connection.createArrayOf("varchar", plan.groupCommunes().toArray()));
    List<UUID> subjectIds = existing.subjects.values().stream().map(Subject::id).toList();
    if (!subjectIds.isEmpty()) {
      existing.loadProducts(connection, connection.createArrayOf("uuid", subjectIds.toArray()));
    }
    List<UUID> productIds = existing.products.values().stream().map(Product::id).toList();
    if (!productIds.isEmpty()) {
      existing.loadCertificates(connection, connection.createArrayOf("uuid", productIds.toArray()));
    }
    return existing;
  }

  Subject subject(String key) {
    return subjects.get(key);
  }

  Product product(UUID subjectId, String foldedName, int productSet) {
    return products.get(subjectId + "|" + foldedName + "|" + productSet);
  }

  boolean hasCertificate(UUID productId, String decisionNumber) {
    return certificates.contains(productId + "|" + decisionNumber);
  }

  private void loadSubjects(Connection connection, String sql, Array values) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setArray(1, values);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          IdentifierKind kind = IdentifierKind.valueOf(rs.getString("identifier_kind"));
          String name = rs.getString("name");
          ParsedRow.Place place = place(rs);
          String key =
              kind == IdentifierKind.NONE
                  ? "G|"
                      + place.mapVersion()
                      + "|"
                      + place.communeCode()
                      + "|"
                      + ParsedRow.fold(name)
                  : "K|" + kind + "|" + rs.getString("identifier");
          subjects.putIfAbsent(
              key,
              new Subject(
                  rs.getObject("id", UUID.class),
                  SubjectType.valueOf(rs.getString("type")),
                  name,
                  place));
        }
      }
    }
  }

  private void loadProducts(Connection connection, Array subjectIds) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "select id, subject_id, name, product_set, map_version, province_code, district_code,"
                + " commune_code, current_province_code from product where subject_id = any(?)")) {
      select.setArray(1, subjectIds);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          UUID subjectId = rs.getObject("subject_id", UUID.class);
          products.putIfAbsent(
              subjectId
                  + "|"
                  + ParsedRow.fold(rs.getString("name"))
                  + "|"
                  + rs.getInt("product_set"),
              new Product(rs.getObject("id", UUID.class), subjectId, place(rs)));
        }
      }
    }
  }

  private void loadCertificates(Connection connection, Array productIds) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "select product_id, decision_number from certificate where product_id = any(?)")) {
      select.setArray(1, productIds);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          certificates.add(rs.getObject(1, UUID.class) + "|" + rs.getString(2));
        }
      }
    }
  }

  private static ParsedRow.Place place(ResultSet rs) throws SQLException {
    return new ParsedRow.Place(
        rs.getString("map_version"),
        rs.getString("province_code"),
        rs.getString("district_code"),
        rs.getString("commune_code"),
        rs.getString("current_province_code"));
  }
}
