package vn.ocop.registry.verification;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import vn.ocop.registry.certificate.CertificateStatus;

/**
 * Reads one certificate for the public verification by its code: the cache's miss path. One indexed
 * query (public_code is unique) joining the product, subject, product set and the administrative
 * units ({@value #RESOURCE}); plain JDBC, outside any transaction, so that nothing but this
 * statement costs time. The benchmark (bench/verification.sh) runs the very same file with pgbench.
 */
@ApplicationScoped
class VerificationQuery {
  /** The statement, shared with the benchmark so that pgbench runs exactly this. */
  static final String RESOURCE = "verification/certificate-by-code.sql";

  private final AgroalDataSource dataSource;
  private final String sql;

  VerificationQuery(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
    this.sql = statement();
  }

  Optional<VerifiedCertificate> byCode(String code) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, code);
      try (ResultSet rs = statement.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        int i = 0;
        return Optional.of(
            new VerifiedCertificate(
                rs.getObject(++i, UUID.class),
                rs.getObject(++i, UUID.class),
                rs.getObject(++i, UUID.class),
                rs.getString(++i),
                rs.getString(++i),
                rs.getInt(++i),
                rs.getString(++i),
                rs.getInt(++i),
                rs.getString(++i),
                rs.getString(++i),
                rs.getString(++i),
                rs.getString(++i),
                rs.getString(++i),
                rs.getString(++i),
                rs.getString(++i),
                rs.getString(++i),
                rs.getString(++i),
                rs.getString(++i),
                rs.getString(++i),
                rs.getInt(++i),
                rs.getString(++i),
                rs.getString(++i),
                rs.getString(++i),
                rs.getObject(++i, LocalDate.class),
                rs.getObject(++i, LocalDate.class),
                rs.getObject(++i, LocalDate.class),
                CertificateStatus.valueOf(rs.getString(++i)),
                rs.getString(++i)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("verification look-up failed", e);
    }
  }

  private static String statement() {
    try (InputStream in = VerificationQuery.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      StringBuilder sql = new StringBuilder();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.strip().startsWith("--")) {
          sql.append(line).append('\n');
        }
      }
      return sql.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
