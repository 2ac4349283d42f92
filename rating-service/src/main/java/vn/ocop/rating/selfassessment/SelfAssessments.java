package vn.ocop.rating.selfassessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import vn.ocop.platform.audit.Audit;
import vn.ocop.platform.audit.AuditAction;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;
import vn.ocop.rating.LocalCalendar;
import vn.ocop.rating.criteria.EvaluationSheet;
import vn.ocop.rating.criteria.GateResult;
import vn.ocop.rating.criteria.SheetScore;
import vn.ocop.rating.dossier.Dossier;
import vn.ocop.rating.dossier.DossierAccess;
import vn.ocop.rating.dossier.DossierSheets;
import vn.ocop.rating.rules.RuleSet;
import vn.ocop.rating.rules.RuleSets;

/**
 * The subject's self-assessment (tự đánh giá) on the sheet the council will use. It is scored like
 * a council sheet, and the gate is applied to its own points, so the subject sees before submitting
 * which minimums it claims to miss. Replaced whole while the dossier is editable.
 */
@ApplicationScoped
public class SelfAssessments {
  private final DossierAccess access;
  private final RuleSets ruleSets;
  private final DossierSheets sheets;
  private final LocalCalendar calendar;
  private final EntityManager entityManager;
  private final Audit audit;

  SelfAssessments(
      DossierAccess access,
      RuleSets ruleSets,
      DossierSheets sheets,
      LocalCalendar calendar,
      EntityManager entityManager,
      Audit audit) {
    this.access = access;
    this.ruleSets = ruleSets;
    this.sheets = sheets;
    this.calendar = calendar;
    this.entityManager = entityManager;
    this.audit = audit;
  }

  /**
   * Records (or replaces) the self-assessment of a dossier the caller prepares.
   *
   * @throws ProblemException 404 outside the caller's dossiers; 409 {@code DOSSIER_NOT_EDITABLE}
   *     once submitted; 422 {@code INVALID_SHEET_ANSWER} for answers that do not fit the sheet
   */
  @Transactional
  public SelfAssessmentResponse record(UUID dossierId, Map<String, String> answers, Caller caller) {
    Dossier dossier = access.forPreparer(dossierId, caller);
    dossier.requireEditable();
    RuleSet ruleSet = ruleSets.byVersion(dossier.ruleSetVersion());
    EvaluationSheet sheet = sheets.of(dossier);
    SheetScore score = sheet.score(answers);
    int band = ruleSet.starClassFor(score.total());
    GateResult gate = sheet.gate(band, score.criterionPoints());
    Instant now = calendar.now();
    entityManager
        .createNativeQuery("delete from self_assessment_answer where dossier_id = ?1")
        .setParameter(1, dossierId)
        .executeUpdate();
    int replaced =
        entityManager
            .createNativeQuery("delete from self_assessment where dossier_id = ?1")
            .setParameter(1, dossierId)
            .executeUpdate();
    entityManager
        .createNativeQuery(
            "insert into self_assessment (dossier_id, criteria_version, product_set, total,"
                + " part_a, part_b, part_c, band_star_class, star_class, assessed_by, assessed_at)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
        .setParameter(1, dossierId)
        .setParameter(2, ruleSet.criteriaVersion())
        .setParameter(3, sheet.productSet())
        .setParameter(4, score.total())
        .setParameter(5, score.partTotals().get("A"))
        .setParameter(6, score.partTotals().get("B"))
        .setParameter(7, score.partTotals().get("C"))
        .setParameter(8, band)
        .setParameter(9, gate.starClass())
        .setParameter(10, caller.username())
        .setParameter(11, Timestamp.from(now))
        .executeUpdate();
    score
        .criterionPoints()
        .forEach(
            (code, points) ->
                entityManager
                    .createNativeQuery(
                        "insert into self_assessment_answer (dossier_id, criterion_code,"
                            + " option_code, points) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, dossierId)
                    .setParameter(2, code)
                    .setParameter(3, score.chosenOptions().get(code))
                    .setParameter(4, points)
                    .executeUpdate());
    // Native SQL, unseen by the ORM's interceptor: the entry is written here, in the same
    // transaction, with what the subject claimed.
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("criteriaVersion", ruleSet.criteriaVersion());
    after.put("productSet", sheet.productSet());
    after.put("total", score.total());
    after.put("partTotals", new TreeMap<>(score.partTotals()));
    after.put("bandStarClass", band);
    after.put("starClass", gate.starClass());
    after.put("answers", new TreeMap<>(score.chosenOptions()));
    audit.record(
        new Audit.Change(
            "SelfAssessment",
            dossierId,
            replaced > 0 ? AuditAction.UPDATE : AuditAction.CREATE,
            null,
            after,
            dossier.provinceCode()));
    return read(dossier, sheet).orElseThrow();
  }

  /** The self-assessment of a dossier the caller may see; 404 if there is none. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public SelfAssessmentResponse get(UUID dossierId, Caller caller) {
    Dossier dossier = access.visible(dossierId, caller);
    return read(dossier, sheets.of(dossier))
        .orElseThrow(() -> ProblemException.notFound("Self-assessment of dossier", dossierId));
  }

  private java.util.Optional<SelfAssessmentResponse> read(Dossier dossier, EvaluationSheet sheet) {
    @SuppressWarnings("unchecked")
    List<Object[]> heads =
        entityManager
            .createNativeQuery(
                "select criteria_version, product_set, total, part_a, part_b, part_c,"
                    + " band_star_class, star_class, assessed_by, assessed_at"
                    + " from self_assessment where dossier_id = ?1")
            .setParameter(1, dossier.id())
            .getResultList();
    if (heads.isEmpty()) {
      return java.util.Optional.empty();
    }
    Object[] head = heads.get(0);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select criterion_code, option_code, points from self_assessment_answer"
                    + " where dossier_id = ?1 order by criterion_code")
            .setParameter(1, dossier.id())
            .getResultList();
    List<SelfAssessmentResponse.Answer> answers = new ArrayList<>();
    Map<String, BigDecimal> points = new java.util.HashMap<>();
    for (Object[] row : rows) {
      answers.add(
          new SelfAssessmentResponse.Answer((String) row[0], (String) row[1], (BigDecimal) row[2]));
      points.put((String) row[0], (BigDecimal) row[2]);
    }
    int band = ((Number) head[6]).intValue();
    List<SelfAssessmentResponse.Missed> missed =
        sheet.gate(band, points).missed().stream()
            .map(
                m ->
                    new SelfAssessmentResponse.Missed(
                        m.criterionCode(), m.star(), m.required(), m.actualMean()))
            .toList();
    return java.util.Optional.of(
        new SelfAssessmentResponse(
            dossier.id(),
            (String) head[0],
            ((Number) head[1]).intValue(),
            (BigDecimal) head[2],
            (BigDecimal) head[3],
            (BigDecimal) head[4],
            (BigDecimal) head[5],
            band,
            ((Number) head[7]).intValue(),
            missed,
            answers,
            (String) head[8],
            instant(head[9])));
  }

  private static Instant instant(Object value) {
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof java.time.OffsetDateTime time) {
      return time.toInstant();
    }
    return ((Timestamp) value).toInstant();
  }
}
