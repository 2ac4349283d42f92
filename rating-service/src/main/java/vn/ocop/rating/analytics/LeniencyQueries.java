package vn.ocop.rating.analytics;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The leniency figures, computed by PostgreSQL in a few set-based queries over the score sheets of
 * one scope (a council, or a province's own councils), grouped by a key: the whole scope, each
 * council or each member.
 *
 * <p>Only the sheets of each dossier's final scoring round count: a round re-scored because its
 * totals spread too far was discussed and replaced, so counting it would weigh that dossier twice
 * and keep the very outliers the council corrected.
 */
@ApplicationScoped
public class LeniencyQueries {
  /** The bands of Decision 148 (unchanged by 1489): 1★ below 30, … 5★ from 90. */
  static final int[] BAND_STARTS = {0, 30, 50, 70, 90};

  static final int BUCKET_WIDTH = 5;
  static final int BUCKETS = 20;

  /** What the figures are grouped by. */
  enum Key {
    ALL("'all'"),
    COUNCIL("c.id::text"),
    MEMBER("ss.member_username");

    private final String sql;

    Key(String sql) {
      this.sql = sql;
    }
  }

  /** Which councils' sheets count. */
  enum Scope {
    COUNCIL("c.id = ?::uuid"),
    PROVINCE("c.province_code = ?");

    private final String sql;

    Scope(String sql) {
      this.sql = sql;
    }
  }

  private static final String SHEETS =
      """
      with sheets as (
        select %s as key, ss.dossier_id, ss.total,
               count(*) over (partition by ss.dossier_id) as scorers,
               sum(ss.total) over (partition by ss.dossier_id) as dossier_sum
        from score_sheet ss
        join dossier d on d.id = ss.dossier_id and ss.scoring_round = d.scoring_round
        join council c on c.id = d.council_id
        where %s
      )
      """;

  // A member's deviation on a dossier: their total minus the mean of the others' totals there.
  private static final String TOTALS =
      SHEETS
          + """
          select key, count(*) as sheets, count(distinct dossier_id) as dossiers,
                 round(avg(total), 2) as mean_total,
                 round(avg(total - (dossier_sum - total) / (scorers - 1))
                       filter (where scorers > 1), 2) as mean_deviation,
                 count(*) filter (where scorers > 1) as compared
          from sheets group by key
          """;

  private static final String DISTRIBUTION =
      SHEETS
          + """
          select key, width_bucket(total, array[30, 50, 70, 90]::numeric[]) as band,
                 least(floor(total / 5)::int, 19) as bucket, count(*) as sheets
          from sheets group by key, band, bucket
          """;

  private static final String RESULTS =
      """
      select %s as key, count(*) as evaluated, count(*) filter (where d.star_class >= 4) as high
      from dossier d join council c on c.id = d.council_id
      where d.star_class is not null and %s
      group by key
      """;

  private final AgroalDataSource dataSource;

  LeniencyQueries(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** A key's figures and, for members, their deviation. */
  record Row(Figures figures, BigDecimal meanDeviation, long compared) {}

  /** Figures per key, in key order. */
  Map<String, Row> figures(Scope scope, String value, Key key) {
    Map<String, Row> rows = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection()) {
      Map<String, long[][]> distributions = distributions(connection, scope, value, key);
      String sql = TOTALS.formatted(key.sql, scope.sql) + " order by key";
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        statement.setString(1, value);
        try (ResultSet rs = statement.executeQuery()) {
          while (rs.next()) {
            String k = rs.getString("key");
            long[][] counts = distributions.getOrDefault(k, new long[2][]);
            rows.put(
                k,
                new Row(
                    new Figures(
                        rs.getLong("sheets"),
                        rs.getLong("dossiers"),
                        rs.getBigDecimal("mean_total"),
                        distribution(counts)),
                    rs.getBigDecimal("mean_deviation"),
                    rs.getLong("compared")));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not compute leniency figures", e);
    }
    return rows;
  }

  /** Share of 4★+ results per key (members have none: results belong to councils). */
  Map<String, Results> results(Scope scope, String value, Key key) {
    Map<String, Results> results = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(RESULTS.formatted(key.sql, scope.sql))) {
      statement.setString(1, value);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          long evaluated = rs.getLong("evaluated");
          long high = rs.getLong("high");
          results.put(rs.getString("key"), results(evaluated, high));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not compute leniency results", e);
    }
    return results;
  }

  /** A council as the analytics name it. */
  record CouncilRow(java.util.UUID id, String name, String level, String provinceCode) {}

  /** One council, or every council of a province, by name. */
  List<CouncilRow> councils(Scope scope, String value) {
    List<CouncilRow> councils = new ArrayList<>();
    String sql =
        "select c.id, c.name, c.level, c.province_code from council c where "
            + scope.sql
            + " order by c.name, c.id";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, value);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          councils.add(
              new CouncilRow(
                  rs.getObject("id", java.util.UUID.class),
                  rs.getString("name"),
                  rs.getString("level"),
                  rs.getString("province_code")));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read councils", e);
    }
    return councils;
  }

  static Results results(long evaluated, long high) {
    return new Results(
        evaluated,
        high,
        evaluated == 0
            ? null
            : BigDecimal.valueOf(high)
                .divide(BigDecimal.valueOf(evaluated), 4, java.math.RoundingMode.HALF_UP));
  }

  static Figures empty() {
    return new Figures(0, 0, null, distribution(new long[2][]));
  }

  /** Per key: [0] counts per band, [1] counts per bucket. */
  private static Map<String, long[][]> distributions(
      Connection connection, Scope scope, String value, Key key) throws SQLException {
    Map<String, long[][]> counts = new LinkedHashMap<>();
    try (PreparedStatement statement =
        connection.prepareStatement(DISTRIBUTION.formatted(key.sql, scope.sql))) {
      statement.setString(1, value);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          long[][] of =
              counts.computeIfAbsent(
                  rs.getString("key"),
                  k -> new long[][] {new long[BAND_STARTS.length], new long[BUCKETS]});
          long sheets = rs.getLong("sheets");
          // width_bucket counts the thresholds at or below the total: 0 for the lowest band.
          of[0][rs.getInt("band")] += sheets;
          of[1][rs.getInt("bucket")] += sheets;
        }
      }
    }
    return counts;
  }

  private static Distribution distribution(long[][] counts) {
    long[] bands = counts[0] == null ? new long[BAND_STARTS.length] : counts[0];
    long[] buckets = counts[1] == null ? new long[BUCKETS] : counts[1];
    List<Distribution.Range> bandRanges = new ArrayList<>();
    for (int i = 0; i < BAND_STARTS.length; i++) {
      int below = i + 1 < BAND_STARTS.length ? BAND_STARTS[i + 1] : 100;
      bandRanges.add(
          new Distribution.Range(
              BigDecimal.valueOf(BAND_STARTS[i]), BigDecimal.valueOf(below), bands[i]));
    }
    List<Distribution.Range> bucketRanges = new ArrayList<>();
    for (int i = 0; i < BUCKETS; i++) {
      bucketRanges.add(
          new Distribution.Range(
              BigDecimal.valueOf((long) i * BUCKET_WIDTH),
              BigDecimal.valueOf((long) (i + 1) * BUCKET_WIDTH),
              buckets[i]));
    }
    return new Distribution(bandRanges, bucketRanges);
  }
}
