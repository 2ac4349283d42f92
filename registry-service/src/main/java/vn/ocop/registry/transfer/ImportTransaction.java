package vn.ocop.registry.transfer;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.postgresql.PGConnection;
import vn.ocop.registry.transfer.ImportReport.Outcome;

/**
 * The database half of an import, in one transaction: look up what the registry holds of the file's
 * records (one query per table), decide, then write the new records, their first status history and
 * their events with COPY, and store the import with its report. Imports run one at a time (a
 * transaction-scoped advisory lock), so two uploads of overlapping files cannot both create the
 * same subject.
 */
@ApplicationScoped
class ImportTransaction {
  private static final long IMPORT_LOCK = 0x0C0B_0057_0000_1001L;
  private static final String UNIQUE_VIOLATION = "23505";

  /** Everything the transaction needs, the file already read and checked row by row. */
  record Request(
      Upload upload,
      ImportPlan plan,
      int rows,
      ImportMode mode,
      boolean dryRun,
      String callerProvince,
      String username,
      LocalDate today) {}

  private final AgroalDataSource dataSource;
  private final ImportWriter writer;
  private final ImportRecordRepository records;
  private final ImportReports reports;

  ImportTransaction(
      AgroalDataSource dataSource,
      ImportWriter writer,
      ImportRecordRepository records,
      ImportReports reports) {
    this.dataSource = dataSource;
    this.writer = writer;
    this.records = records;
    this.reports = reports;
  }

  /**
   * @throws ImportRejectedException in ALL_OR_NOTHING mode when any row is invalid
   */
  @Transactional
  @TransactionConfiguration(
      timeout = 600,
      timeoutFromConfigProperty = "ocop.registry.import.transaction-timeout")
  public ImportReport apply(Request request) {
    ImportPlan plan = request.plan();
    // The connection of this transaction (Agroal hands the enlisted one out again).
    try (Connection connection = dataSource.getConnection()) {
      if (!request.dryRun()) {
        lock(connection);
      }
      ExistingRecords existing = ExistingRecords.load(connection, plan);
      plan.resolve(existing, request.callerProvince());
      ImportTotals totals = plan.totals(request.rows());
      UUID previous =
          records
              .latestOfFile(request.upload().sha256(), request.callerProvince())
              .map(ImportRecord::id)
              .orElse(null);
      if (request.dryRun()) {
        return report(null, Outcome.DRY_RUN, request, totals, previous);
      }
      if (request.mode() == ImportMode.ALL_OR_NOTHING && totals.errors() > 0) {
        throw new ImportRejectedException(
            report(null, Outcome.REJECTED, request, totals, previous));
      }
      UUID id = UUID.randomUUID();
      if (totals.createdAnything()) {
        writer.write(
            connection.unwrap(PGConnection.class).getCopyAPI(),
            plan,
            request.username(),
            id,
            request.today());
      }
      ImportReport report =
          report(
              id,
              totals.createdAnything() ? Outcome.CREATED : Outcome.UNCHANGED,
              request,
              totals,
              previous);
      records.persist(
          ImportRecord.of(
              id,
              request.upload(),
              request.mode(),
              request.callerProvince(),
              totals,
              reports.write(report),
              request.username(),
              Instant.now()));
      return report;
    } catch (SQLException e) {
      if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
        // A registration through the API slipped in between the look-up and the COPY.
        throw TransferProblems.conflict();
      }
      throw new IllegalStateException(
          "import failed in the database, SQLState " + e.getSQLState(), e);
    }
  }

  private ImportReport report(
      UUID id, Outcome outcome, Request request, ImportTotals totals, UUID previous) {
    return reports.build(
        id,
        outcome,
        request.upload(),
        request.mode(),
        totals,
        request.plan().errors(),
        previous,
        request.username());
  }

  private static void lock(Connection connection) throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
      lock.setLong(1, IMPORT_LOCK);
      lock.execute();
    }
  }
}
