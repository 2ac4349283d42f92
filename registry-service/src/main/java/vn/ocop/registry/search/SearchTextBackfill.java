package vn.ocop.registry.search;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.ocop.registry.text.SearchText;

/**
 * Fills {@code search_text} of subjects and products that lack it: rows written before the column
 * existed, or by a bulk writer that left it empty. The folding is Java's ({@link SearchText}), so
 * the migration cannot do it. Runs at start, in batches; a no-op once every row has its text.
 */
@ApplicationScoped
class SearchTextBackfill {
  private static final Logger LOG = Logger.getLogger(SearchTextBackfill.class);
  private static final int BATCH = 1_000;

  private final AgroalDataSource dataSource;

  SearchTextBackfill(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  void onStart(@Observes StartupEvent event) {
    try {
      int subjects = fill("subject");
      int products = fill("product");
      if (subjects + products > 0) {
        LOG.infof("search text folded for %d subjects and %d products", subjects, products);
      }
    } catch (SQLException e) {
      // Search misses those rows until the next start; everything else works.
      LOG.warnf("search text backfill failed: %s", e.toString());
    }
  }

  /** Folds the names of one table's rows without search text; returns how many. */
  int fill(String table) throws SQLException {
    int total = 0;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "select id, name from " + table + " where search_text is null limit " + BATCH);
        PreparedStatement update =
            connection.prepareStatement(
                "update " + table + " set search_text = ? where id = ? and search_text is null")) {
      while (true) {
        List<UUID> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            ids.add(rs.getObject(1, UUID.class));
            names.add(rs.getString(2));
          }
        }
        if (ids.isEmpty()) {
          return total;
        }
        for (int i = 0; i < ids.size(); i++) {
          update.setString(1, Objects.requireNonNullElse(SearchText.of(names.get(i)), ""));
          update.setObject(2, ids.get(i));
          update.addBatch();
        }
        update.executeBatch();
        total += ids.size();
      }
    }
  }
}
