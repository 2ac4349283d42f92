package vn.ocop.rating.businessplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.ocop.rating.cycle.history.FieldChange;
import vn.ocop.rating.idea.ProductIdea;

/**
 * A subject's business plan (phương án/dự án sản xuất kinh doanh) for an accepted product idea,
 * step 3 of the cycle; once approved it is carried out with the state's support (step 4) until the
 * subject declares the product ready for evaluation.
 */
@Entity
@Table(name = "business_plan")
public class BusinessPlan {
  @Id private UUID id;

  @Column(name = "idea_id")
  private UUID ideaId;

  @Column(name = "cycle_id")
  private UUID cycleId;

  @Column(name = "province_code")
  private String provinceCode;

  @Column(name = "commune_code")
  private String communeCode;

  @Column(name = "subject_id")
  private UUID subjectId;

  private String summary;

  @Column(name = "investment_vnd")
  private long investmentVnd;

  @Column(name = "capital_sources")
  private String capitalSources;

  @Column(name = "production_capacity")
  private String productionCapacity;

  @Column(name = "target_market")
  private String targetMarket;

  private String timeline;

  /** Support kinds, comma-separated in enum order: a short closed list, never queried. */
  @Column(name = "requested_support")
  private String requestedSupport;

  @Enumerated(EnumType.STRING)
  private PlanStatus status;

  @Column(name = "review_reason")
  private String reviewReason;

  private int revision;

  @Column(name = "product_id")
  private UUID productId;

  @Column(name = "submitted_by")
  private String submittedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "reviewed_by")
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "ready_on")
  private LocalDate readyOn;

  @Version private long version;

  protected BusinessPlan() {}

  public static BusinessPlan submit(
      ProductIdea idea, PlanFields fields, String username, Instant now) {
    BusinessPlan plan = new BusinessPlan();
    plan.id = UUID.randomUUID();
    plan.ideaId = idea.id();
    plan.cycleId = idea.cycleId();
    plan.provinceCode = idea.provinceCode();
    plan.communeCode = idea.communeCode();
    plan.subjectId = idea.subjectId();
    plan.apply(fields);
    plan.status = PlanStatus.SUBMITTED;
    plan.revision = 1;
    plan.submittedBy = username;
    plan.submittedAt = now;
    return plan;
  }

  /**
   * Resubmits a returned plan with the revised content.
   *
   * @return the fields that changed
   */
  public List<FieldChange> resubmit(PlanFields fields, String username, Instant now) {
    status = status.moveTo(PlanStatus.SUBMITTED);
    List<FieldChange> changes =
        Stream.of(
                FieldChange.of("summary", summary, fields.summary()),
                FieldChange.of("investmentVnd", investmentVnd, fields.investmentVnd()),
                FieldChange.of("capitalSources", capitalSources, fields.capitalSources()),
                FieldChange.of(
                    "productionCapacity", productionCapacity, fields.productionCapacity()),
                FieldChange.of("targetMarket", targetMarket, fields.targetMarket()),
                FieldChange.of("timeline", timeline, fields.timeline()),
                FieldChange.of(
                    "requestedSupport", requestedSupport, join(fields.requestedSupport())))
            .filter(Objects::nonNull)
            .toList();
    apply(fields);
    revision++;
    reviewReason = null;
    submittedBy = username;
    submittedAt = now;
    return changes;
  }

  public void review(PlanStatus decision, String reason, String username, Instant now) {
    status = status.moveTo(decision);
    reviewReason = reason;
    reviewedBy = username;
    reviewedAt = now;
  }

  /** The subject declares the product ready for evaluation (end of step 4). */
  public void declareReady(UUID product, LocalDate today) {
    status = status.moveTo(PlanStatus.READY_FOR_EVALUATION);
    readyOn = today;
    if (product != null) {
      productId = product;
    }
  }

  public void linkProduct(UUID product) {
    productId = product;
  }

  private void apply(PlanFields fields) {
    summary = fields.summary();
    investmentVnd = fields.investmentVnd();
    capitalSources = fields.capitalSources();
    productionCapacity = fields.productionCapacity();
    targetMarket = fields.targetMarket();
    timeline = fields.timeline();
    requestedSupport = join(fields.requestedSupport());
  }

  private static String join(List<SupportKind> kinds) {
    return kinds.stream().map(Enum::name).collect(Collectors.joining(","));
  }

  public UUID id() {
    return id;
  }

  public UUID ideaId() {
    return ideaId;
  }

  public UUID cycleId() {
    return cycleId;
  }

  public String provinceCode() {
    return provinceCode;
  }

  public String communeCode() {
    return communeCode;
  }

  public UUID subjectId() {
    return subjectId;
  }

  public String summary() {
    return summary;
  }

  public long investmentVnd() {
    return investmentVnd;
  }

  public String capitalSources() {
    return capitalSources;
  }

  public String productionCapacity() {
    return productionCapacity;
  }

  public String targetMarket() {
    return targetMarket;
  }

  public String timeline() {
    return timeline;
  }

  public List<SupportKind> requestedSupport() {
    return requestedSupport.isEmpty()
        ? List.of()
        : Arrays.stream(requestedSupport.split(",")).map(SupportKind::valueOf).toList();
  }

  public PlanStatus status() {
    return status;
  }

  public String reviewReason() {
    return reviewReason;
  }

  public int revision() {
    return revision;
  }

  public UUID productId() {
    return productId;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public String reviewedBy() {
    return reviewedBy;
  }

  public Instant reviewedAt() {
    return reviewedAt;
  }

  public LocalDate readyOn() {
    return readyOn;
  }

  public long version() {
    return version;
  }
}
