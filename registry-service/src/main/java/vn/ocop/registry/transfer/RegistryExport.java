package vn.ocop.registry.transfer;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.ocop.registry.certificate.CertificateStatus;

/**
 * Export of the registry in exactly the import format (xuất dữ liệu): one row per product and
 * certificate (a product without certificate has one row with the certificate columns empty), the
 * subject repeated on each. Importing an export creates nothing. Rows are streamed from a database
 * cursor to the response, never held all at once. Subjects without products have no row: the format
 * has none for them.
 */
@ApplicationScoped
public class RegistryExport {
  static final String SHEET = "Dữ liệu";
  private static final int FETCH_SIZE = 1000;
  private static final String STATUS_REASON_PREFIX = ImportWriter.IMPORT_REASON + ": ";

  private static final String QUERY =
      "select s.map_version, s.type, s.identifier, s.name as subject_name, s.province_code,"
          + " s.district_code, s.commune_code, s.address, s.representative, s.phone, s.email,"
          + " s.woman_led, s.ethnic_minority_led, p.name as product_name, p.product_set,"
          + " p.description, c.decision_number, c.decision_date, c.issuing_body, c.issuing_level,"
          + " c.star_class, c.score, c.valid_from, c.valid_to, c.status,"
          + " (select h.reason from certificate_status_history h where h.certificate_id = c.id"
          + "   and h.new_status = c.status order by h.id desc limit 1) as status_reason"
          + " from product p join subject s on s.id = p.subject_id"
          + " left join certificate c on c.product_id = p.id"
          + " where (cast(? as varchar) is null or p.current_province_code = ?)"
          + " order by s.created_at, s.id, p.created_at, p.id, c.valid_from, c.id";

  private final AgroalDataSource dataSource;

  RegistryExport(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Writes the products (and certificates) of one province of the current map, or of all when
   * {@code provinceCode} is null; returns the number of rows written.
   */
  public long write(OutputStream out, TransferFormat format, String provinceCode) {
    try (Connection connection = dataSource.getConnection()) {
      // A cursor needs a transaction: rows arrive FETCH_SIZE at a time instead of all at once.
      connection.setAutoCommit(false);
      connection.setReadOnly(true);
      try (PreparedStatement select = connection.prepareStatement(QUERY)) {
        select.setFetchSize(FETCH_SIZE);
        select.setString(1, provinceCode);
        select.setString(2, provinceCode);
        long rows = 0;
        try (ResultSet rs = select.executeQuery();
            TableSink sink = TableSink.of(format, out, SHEET)) {
          sink.row(ImportColumn.headers());
          while (rs.next()) {
            sink.row(row(rs));
            rows++;
          }
          sink.finish();
        }
        connection.commit();
        return rows;
      } finally {
        connection.setReadOnly(false);
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the export query failed", e);
    } catch (IOException e) {
      throw new UncheckedIOException("writing the export failed", e);
    }
  }

  /** One row, in {@link ImportColumn} order. */
  private static List<Object> row(ResultSet rs) throws SQLException {
    List<Object> row = new ArrayList<>(ImportColumn.values().length);
    row.add(rs.getString("map_version"));
    row.add(rs.getString("type"));
    row.add(rs.getString("identifier"));
    row.add(rs.getString("subject_name"));
    row.add(rs.getString("province_code"));
    row.add(rs.getString("district_code"));
    row.add(rs.getString("commune_code"));
    row.add(rs.getString("address"));
    row.add(rs.getString("representative"));
    row.add(rs.getString("phone"));
    row.add(rs.getString("email"));
    row.add(rs.getBoolean("woman_led"));
    row.add(rs.getBoolean("ethnic_minority_led"));
    row.add(rs.getString("product_name"));
    row.add(rs.getInt("product_set"));
    row.add(rs.getString("description"));
    String decisionNumber = rs.getString("decision_number");
    if (decisionNumber == null) {
      for (int i = 0; i < ImportColumn.CERTIFICATE_COLUMNS.size(); i++) {
        row.add(null);
      }
      return row;
    }
    row.add(decisionNumber);
    row.add(rs.getObject("decision_date", LocalDate.class));
    row.add(rs.getString("issuing_body"));
    row.add(rs.getString("issuing_level"));
    row.add(rs.getInt("star_class"));
    row.add(rs.getObject("score", BigDecimal.class));
    row.add(rs.getObject("valid_from", LocalDate.class));
    row.add(rs.getObject("valid_to", LocalDate.class));
    // Only a decided status travels in the file; the others follow from the dates again.
    CertificateStatus status = CertificateStatus.valueOf(rs.getString("status"));
    boolean decided = status == CertificateStatus.REVOKED || status == CertificateStatus.SUSPENDED;
    row.add(decided ? status.name() : null);
    row.add(decided ? reason(rs.getString("status_reason"), status) : null);
    return row;
  }

  private static String reason(String recorded, CertificateStatus status) {
    if (recorded == null || recorded.isBlank() || recorded.equals(ImportWriter.IMPORT_REASON)) {
      return status == CertificateStatus.REVOKED ? "Thu hồi" : "Tạm đình chỉ";
    }
    return recorded.startsWith(STATUS_REASON_PREFIX)
        ? recorded.substring(STATUS_REASON_PREFIX.length())
        : recorded;
  }
}
