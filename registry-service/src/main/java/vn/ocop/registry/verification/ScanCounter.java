package vn.ocop.registry.verification;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.jboss.logging.Logger;
import vn.ocop.registry.time.RegistryClock;

/**
 * Counts verification scans per certificate (lượt quét mã) without a database write per scan: a
 * {@link LongAdder} per certificate in memory, added to {@code certificate_scan_daily} by one
 * batched upsert every few seconds ({@code ocop.registry.scans.flush-interval}) and at shutdown.
 * Replicas each add their own counts; the upsert sums them. A scan is booked on the day of the
 * flush that writes it, so one that happens seconds before midnight may count for the next day.
 */
@ApplicationScoped
public class ScanCounter {
  private static final Logger LOG = Logger.getLogger(ScanCounter.class);

  static final String UPSERT =
      "insert into certificate_scan_daily (certificate_id, day, count)"
          + " select unnest(?::uuid[]), ?, unnest(?::bigint[])"
          + " on conflict (certificate_id, day)"
          + " do update set count = certificate_scan_daily.count + excluded.count";

  private final Map<UUID, LongAdder> pending = new ConcurrentHashMap<>();
  private final AgroalDataSource dataSource;
  private final RegistryClock clock;

  ScanCounter(AgroalDataSource dataSource, RegistryClock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /** Books one scan of an existing certificate. Never blocks. */
  void count(UUID certificateId) {
    pending.computeIfAbsent(certificateId, id -> new LongAdder()).increment();
  }

  @Scheduled(
      identity = "verification-scan-flush",
      every = "${ocop.registry.scans.flush-interval:5s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduledFlush() {
    flush();
  }

  void onStop(@Observes ShutdownEvent event) {
    flush();
  }

  /**
   * Writes the scans counted since the last flush; returns how many. On failure they stay pending
   * for the next flush. Reading a counter and subtracting what was read (rather than resetting it)
   * loses no scan that lands in between.
   */
  synchronized long flush() {
    List<UUID> ids = new ArrayList<>();
    List<Long> counts = new ArrayList<>();
    pending.forEach(
        (id, adder) -> {
          long n = adder.sum();
          if (n > 0) {
            adder.add(-n);
            ids.add(id);
            counts.add(n);
          }
        });
    if (ids.isEmpty()) {
      return 0;
    }
    LocalDate day = clock.today();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
      upsert.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
      upsert.setObject(2, day);
      upsert.setArray(3, connection.createArrayOf("bigint", counts.toArray()));
      upsert.executeUpdate();
    } catch (SQLException | RuntimeException e) {
      for (int i = 0; i < ids.size(); i++) {
        pending.computeIfAbsent(ids.get(i), id -> new LongAdder()).add(counts.get(i));
      }
      LOG.warnf("scan counts could not be written (%s); kept for the next flush", e.toString());
      return 0;
    }
    return counts.stream().mapToLong(Long::longValue).sum();
  }

  /** The scans written so far of a certificate: in all, and per day over the last {@code days}. */
  ScanStatistics statistics(UUID certificateId, int days) {
    LocalDate to = clock.today();
    LocalDate from = to.minusDays(days - 1L);
    long total = 0;
    List<ScanStatistics.Day> recent = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "select day, count from certificate_scan_daily where certificate_id = ?"
                    + " order by day")) {
      select.setObject(1, certificateId);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          LocalDate day = rs.getObject(1, LocalDate.class);
          long count = rs.getLong(2);
          total += count;
          if (!day.isBefore(from) && !day.isAfter(to)) {
            recent.add(new ScanStatistics.Day(day, count));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("scan statistics of " + certificateId + " unreadable", e);
    }
    return new ScanStatistics(certificateId, total, from, to, List.copyOf(recent));
  }
}
