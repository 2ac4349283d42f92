package vn.ocop.registry.transfer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.registry.reference.AdminMaps;
import vn.ocop.registry.reference.ProductSet;
import vn.ocop.registry.reference.ReferenceData;
import vn.ocop.registry.time.RegistryClock;

/**
 * Bulk import of subjects, products and historical certificates (nhập dữ liệu hàng loạt). The file
 * is read and every row checked before any database work; then one transaction looks up what the
 * registry holds already and writes the rest (see {@link ImportTransaction}).
 */
@ApplicationScoped
public class ImportService {
  private static final Logger LOG = Logger.getLogger(ImportService.class);

  private final AdminMaps maps;
  private final ReferenceData reference;
  private final RegistryClock clock;
  private final ImportTransaction transaction;
  private final ImportRecordRepository records;
  private final ImportReports reports;
  private final ImportConfig config;
  private volatile Map<Integer, ProductSetInfo> productSets;

  ImportService(
      AdminMaps maps,
      ReferenceData reference,
      RegistryClock clock,
      ImportTransaction transaction,
      ImportRecordRepository records,
      ImportReports reports,
      ImportConfig config) {
    this.maps = maps;
    this.reference = reference;
    this.clock = clock;
    this.transaction = transaction;
    this.records = records;
    this.reports = reports;
    this.config = config;
  }

  /**
   * Imports a file.
   *
   * @param callerProvince a province officer's province (every row must be in it), null for
   *     national accounts
   * @throws ImportRejectedException 422 in ALL_OR_NOTHING mode when a row breaks a rule
   * @throws ProblemException 413, 415 or 422 when the file as a whole cannot be read
   */
  public ImportReport importFile(
      Upload upload, ImportMode mode, boolean dryRun, String callerProvince, String username) {
    long started = System.nanoTime();
    if (upload.bytes().length == 0) {
      throw TransferProblems.empty("The file is empty: it needs a header row and data rows");
    }
    List<SourceRow> rows = SourceTable.read(upload, config.maxRows());
    RowParser parser = new RowParser(maps, productSets(), clock.today(), callerProvince);
    List<ImportRowError> errors = new ArrayList<>();
    List<ParsedRow> parsed = new ArrayList<>(rows.size());
    for (SourceRow row : rows) {
      ParsedRow result = parser.parse(row, errors);
      if (result != null) {
        parsed.add(result);
      }
    }
    ImportPlan plan = new ImportPlan(errors);
    parsed.forEach(plan::add);
    long checked = System.nanoTime();
    ImportReport report =
        transaction.apply(
            new ImportTransaction.Request(
                upload, plan, rows.size(), mode, dryRun, callerProvince, username, clock.today()));
    LOG.infof(
        "import %s by %s (%s, %s%s): %d rows read and checked in %d ms, written in %d ms: %s",
        report.id() == null ? "(not stored)" : report.id(),
        username,
        upload.format(),
        mode,
        dryRun ? ", dry run" : "",
        rows.size(),
        (checked - started) / 1_000_000,
        (System.nanoTime() - checked) / 1_000_000,
        report.totals());
    return report;
  }

  /** A stored import's report, if the caller's scope covers it (404 otherwise). */
  public ImportReport get(UUID id, String callerProvince) {
    ImportRecord record =
        QuarkusTransaction.joiningExisting()
            .call(() -> records.findByIdOptional(id))
            .filter(r -> callerProvince == null || callerProvince.equals(r.provinceCode()))
            .orElseThrow(() -> ProblemException.notFound("Import", id));
    return reports.read(record.report());
  }

  /** The 26 product sets, read once: reference data that only a migration changes. */
  Map<Integer, ProductSetInfo> productSets() {
    Map<Integer, ProductSetInfo> sets = productSets;
    if (sets == null) {
      sets =
          QuarkusTransaction.requiringNew()
              .call(
                  () ->
                      reference.productSets().stream()
                          .collect(
                              Collectors.toUnmodifiableMap(
                                  ProductSet::number,
                                  s -> new ProductSetInfo(s.number(), s.name(), s.groupNumber()))));
      productSets = sets;
    }
    return sets;
  }
}
