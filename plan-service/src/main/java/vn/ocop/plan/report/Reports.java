package vn.ocop.plan.report;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;
import vn.ocop.plan.indicator.Indicator;
import vn.ocop.plan.period.PeriodLocks;
import vn.ocop.plan.period.PlanYear;
import vn.ocop.plan.province.Province;
import vn.ocop.plan.province.Provinces;
import vn.ocop.plan.report.UpdateReportRequest.FigureComment;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;

/**
 * Drafts, edits, submits, approves and returns provinces' progress reports. Every write checks
 * first that the report's year is open ({@link PeriodLocks}) where the write changes what the
 * report says, so a locked year answers 409 and nothing is written; every move is recorded in the
 * report's history and announced through the outbox in the same transaction.
 */
@ApplicationScoped
public class Reports {
  static final String REPORT_EXISTS = "REPORT_EXISTS";
  static final String VERSION_CONFLICT = "REPORT_VERSION_CONFLICT";
  static final String OWN_REPORT = "OWN_REPORT";

  private final ReportFigures figures;
  private final ReportEvents events;
  private final PeriodLocks locks;
  private final Provinces provinces;
  private final EntityManager entityManager;

  Reports(
      ReportFigures figures,
      ReportEvents events,
      PeriodLocks locks,
      Provinces provinces,
      EntityManager entityManager) {
    this.figures = figures;
    this.events = events;
    this.locks = locks;
    this.provinces = provinces;
    this.entityManager = entityManager;
  }

  /** A report with what its answers show: figures in display order, history, names. */
  record View(
      ProgressReport report,
      String provinceName,
      List<ReportFigure> figures,
      List<ReportTransition> history,
      Map<String, Indicator> catalogue) {}

  /** The id of a path: one that is not a UUID names no report, so it answers 404 too. */
  public static UUID id(String raw) {
    try {
      return UUID.fromString(raw);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw ProblemException.notFound("Report", raw);
    }
  }

  @Transactional
  public View create(Province province, CreateReportRequest request, String by) {
    int year = request.year();
    if (year > LocalDate.now(PlanYear.ZONE).getYear()) {
      throw ProblemException.unprocessable(
          "year", "NotFuture", "A report is drafted for the current year or an earlier one");
    }
    locks.requireOpen(province.code, year, "year");
    if (ProgressReport.count(
            "provinceCode = ?1 and year = ?2 and period = ?3",
            province.code,
            (short) year,
            request.period())
        > 0) {
      throw exists(province, year, request.period());
    }
    OffsetDateTime now = now();
    ProgressReport report =
        ProgressReport.draft(
            province.code, year, request.period(), blankToNull(request.narrative()), by, now);
    report.persist();
    try {
      // The unique key decides between two drafts made at the same moment.
      entityManager.flush();
    } catch (PersistenceException e) {
      if (violatesConstraint(e)) {
        throw exists(province, year, request.period());
      }
      throw e;
    }
    List<ReportFigure> filled = figures.fill(report, List.of());
    filled.forEach(figure -> figure.persist());
    ReportTransition.of(report, null, null, by, now).persist();
    return view(report);
  }

  /** Replaces the narrative and the figures' comments of a DRAFT or RETURNED report. */
  @Transactional
  public View update(UUID id, UpdateReportRequest request, Caller caller) {
    ProgressReport report = visible(id, caller);
    report.requireEditable();
    locks.requireOpen(report.provinceCode, report.year, "year");
    requireVersion(report, request.version());
    List<ReportFigure> current = figuresOf(report);
    Map<String, String> comments = comments(request.comments(), current);
    for (ReportFigure figure : current) {
      figure.comment = comments.get(figure.indicatorCode);
    }
    report.edit(blankToNull(request.narrative()), now());
    flush(report);
    return view(report);
  }

  /** Fills the figures of a DRAFT or RETURNED report again from the actuals, keeping comments. */
  @Transactional
  public View refresh(UUID id, Caller caller) {
    ProgressReport report = visible(id, caller);
    report.requireEditable();
    locks.requireOpen(report.provinceCode, report.year, "year");
    List<ReportFigure> current = figuresOf(report);
    Map<String, ReportFigure> managed = new HashMap<>();
    current.forEach(figure -> managed.put(figure.indicatorCode, figure));
    for (ReportFigure fresh : figures.fill(report, current)) {
      ReportFigure figure = managed.remove(fresh.indicatorCode);
      if (figure == null) {
        fresh.persist();
      } else {
        figure.refreshFrom(fresh);
      }
    }
    managed.values().forEach(figure -> figure.delete());
    report.figuresRefreshed(now());
    flush(report);
    return view(report);
  }

  @Transactional
  public View submit(UUID id, Caller caller) {
    ProgressReport report = visible(id, caller);
    ReportStatus from = report.status;
    from.moveTo(ReportStatus.SUBMITTED);
    locks.requireOpen(report.provinceCode, report.year, "year");
    OffsetDateTime now = now();
    report.submit(caller.username(), now);
    return moved(report, from, null, caller.username(), now);
  }

  /** The national office approves a submitted report; an annual one locks the province's year. */
  @Transactional
  public View approve(UUID id, Caller caller) {
    ProgressReport report = visible(id, caller);
    requireNotOwn(report, caller);
    ReportStatus from = report.status;
    OffsetDateTime now = now();
    report.approve(caller.username(), now);
    if (report.period.locksYear()) {
      locks.lock(report.provinceCode, report.year, report.id, caller.username());
    }
    return moved(report, from, null, caller.username(), now);
  }

  /** The national office returns a submitted report to the province with the reason. */
  @Transactional
  public View sendBack(UUID id, String reason, Caller caller) {
    ProgressReport report = visible(id, caller);
    requireNotOwn(report, caller);
    ReportStatus from = report.status;
    OffsetDateTime now = now();
    String why = reason.strip();
    report.sendBack(why, caller.username(), now);
    return moved(report, from, why, caller.username(), now);
  }

  public View get(UUID id, Caller caller) {
    return view(visible(id, caller));
  }

  /** The report if the caller may see it: 404 for an unknown one and for another province's. */
  public ProgressReport visible(UUID id, Caller caller) {
    ProgressReport report = id == null ? null : ProgressReport.findById(id);
    if (report == null || !caller.canSeeProvince(report.provinceCode)) {
      throw ProblemException.notFound("Report", id);
    }
    return report;
  }

  /**
   * Reports of one province or, for national roles, of all; newest year first, the annual report
   * before the six-month one.
   */
  public Page<ReportSummary> list(
      String provinceCode, Integer year, ReportStatus status, PageQuery page) {
    List<String> where = new ArrayList<>();
    Parameters parameters = new Parameters();
    if (provinceCode != null) {
      where.add("provinceCode = :province");
      parameters.and("province", provinceCode);
    }
    if (year != null) {
      where.add("year = :year");
      parameters.and("year", year.shortValue());
    }
    if (status != null) {
      where.add("status = :status");
      parameters.and("status", status);
    }
    Sort order = Sort.descending("year").and("period").and("provinceCode");
    PanacheQuery<ProgressReport> query =
        where.isEmpty()
            ? ProgressReport.findAll(order)
            : ProgressReport.find(String.join(" and ", where), order, parameters);
    List<ProgressReport> items = query.page(page.index(), page.pageSize()).list();
    Map<String, String> names = new HashMap<>();
    provinces.all().forEach(province -> names.put(province.code, province.nameVi));
    return Page.of(
        items.stream()
            .map(report -> ReportSummary.from(report, names.get(report.provinceCode)))
            .toList(),
        query.count(),
        page);
  }

  View view(ProgressReport report) {
    return new View(
        report,
        provinces.require(report.provinceCode).nameVi,
        figuresOf(report),
        history(report),
        figures.catalogue());
  }

  private View moved(
      ProgressReport report, ReportStatus from, String reason, String by, OffsetDateTime now) {
    ReportTransition move = ReportTransition.of(report, from, reason, by, now);
    move.persist();
    flush(report);
    View view = view(report);
    events.moved(report, move, view.figures());
    return view;
  }

  /**
   * Separation of duties: nobody approves or returns a report they drafted or submitted (an admin
   * may do both for a province, but not for the same report).
   */
  private void requireNotOwn(ProgressReport report, Caller caller) {
    String me = caller.username();
    boolean own =
        me != null
            && (me.equals(report.createdBy)
                || history(report).stream().anyMatch(move -> move.authoredBy(me)));
    if (own) {
      throw new ProblemException(
          403,
          OWN_REPORT,
          "Forbidden",
          "You drafted or submitted this report: another officer of the national office approves"
              + " or returns it");
    }
  }

  private List<ReportFigure> figuresOf(ProgressReport report) {
    List<ReportFigure> found =
        new ArrayList<>(ReportFigure.<ReportFigure>list("reportId", report.id));
    Map<String, Integer> order = new HashMap<>();
    int position = 0;
    for (String code : figures.catalogue().keySet()) {
      order.put(code, position++);
    }
    found.sort(
        Comparator.comparing(
                (ReportFigure figure) ->
                    order.getOrDefault(figure.indicatorCode, Integer.MAX_VALUE))
            .thenComparing(figure -> figure.indicatorCode));
    return found;
  }

  private static List<ReportTransition> history(ProgressReport report) {
    return ReportTransition.list("reportId", Sort.by("seq"), report.id);
  }

  /** Indicator code → comment, every code a figure of the report and named once. */
  private static Map<String, String> comments(
      List<FigureComment> requested, List<ReportFigure> current) {
    Map<String, String> comments = new HashMap<>();
    if (requested == null) {
      return comments;
    }
    Set<String> codes = new HashSet<>();
    current.forEach(figure -> codes.add(figure.indicatorCode));
    List<FieldError> unknown = new ArrayList<>();
    for (int i = 0; i < requested.size(); i++) {
      FigureComment comment = requested.get(i);
      String field = "comments[" + i + "].indicatorCode";
      if (comments.containsKey(comment.indicatorCode())) {
        throw ProblemException.invalidField(
            field, "Unique", "Indicator " + comment.indicatorCode() + " is commented twice");
      }
      if (!codes.contains(comment.indicatorCode())) {
        unknown.add(
            new FieldError(
                field,
                "exists",
                "The report has no figure of indicator " + comment.indicatorCode()));
      }
      comments.put(comment.indicatorCode(), blankToNull(comment.comment()));
    }
    if (!unknown.isEmpty()) {
      throw new ProblemException(
          422,
          "UNPROCESSABLE",
          "Request cannot be processed",
          "The comments name indicators the report has no figure of",
          unknown);
    }
    return comments;
  }

  private static void requireVersion(ProgressReport report, long version) {
    if (report.rowVersion != version) {
      throw staleVersion(report);
    }
  }

  private void flush(ProgressReport report) {
    try {
      entityManager.flush();
    } catch (OptimisticLockException e) {
      throw staleVersion(report);
    }
  }

  private static ProblemException staleVersion(ProgressReport report) {
    return new ProblemException(
        409,
        VERSION_CONFLICT,
        "Conflict",
        "Report " + report.id + " changed since the version sent was read; read it again",
        List.of(new FieldError("version", "Current", "The report changed since it was read")));
  }

  private static ProblemException exists(Province province, int year, ReportPeriod period) {
    return ProblemException.conflict(
        REPORT_EXISTS,
        "Province "
            + province.code
            + " already has its "
            + period
            + " report of "
            + year
            + ": edit that one");
  }

  private static boolean violatesConstraint(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConstraintViolationException) {
        return true;
      }
    }
    return false;
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
