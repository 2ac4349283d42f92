package vn.ocop.rating.idea;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.ocop.rating.cycle.Cycle;
import vn.ocop.rating.cycle.history.FieldChange;
import vn.ocop.rating.product.SubjectRef;

/**
 * A product idea (phiếu đăng ký ý tưởng sản phẩm) a subject registered in step 2 of a cycle round.
 * The commune or province office accepts it, returns it for revision or rejects it; an accepted
 * idea is what a business plan (step 3) is written for.
 */
@Entity
@Table(name = "product_idea")
public class ProductIdea {
  @Id private UUID id;

  @Column(name = "cycle_id")
  private UUID cycleId;

  @Column(name = "province_code")
  private String provinceCode;

  @Column(name = "commune_code")
  private String communeCode;

  @Column(name = "subject_id")
  private UUID subjectId;

  @Column(name = "subject_type")
  private String subjectType;

  @Column(name = "product_name")
  private String productName;

  @Column(name = "product_set")
  private int productSet;

  private String description;

  @Column(name = "raw_materials")
  private String rawMaterials;

  @Column(name = "expected_market")
  private String expectedMarket;

  @Enumerated(EnumType.STRING)
  private IdeaStatus status;

  @Column(name = "review_reason")
  private String reviewReason;

  private int revision;

  @Column(name = "submitted_by")
  private String submittedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "reviewed_by")
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Version private long version;

  protected ProductIdea() {}

  public static ProductIdea register(
      Cycle cycle, SubjectRef subject, IdeaFields fields, String username, Instant now) {
    ProductIdea idea = new ProductIdea();
    idea.id = UUID.randomUUID();
    idea.cycleId = cycle.id();
    idea.provinceCode = cycle.provinceCode();
    idea.subjectId = subject.subjectId();
    idea.subjectType = subject.subjectType();
    idea.apply(fields);
    idea.status = IdeaStatus.SUBMITTED;
    idea.revision = 1;
    idea.submittedBy = username;
    idea.submittedAt = now;
    return idea;
  }

  /**
   * Resubmits a returned idea with the revised form.
   *
   * @return the fields that changed
   */
  public List<FieldChange> resubmit(IdeaFields fields, String username, Instant now) {
    status = status.moveTo(IdeaStatus.SUBMITTED);
    List<FieldChange> changes =
        java.util.stream.Stream.of(
                FieldChange.of("productName", productName, fields.productName()),
                FieldChange.of("productSet", productSet, fields.productSet()),
                FieldChange.of("description", description, fields.description()),
                FieldChange.of("rawMaterials", rawMaterials, fields.rawMaterials()),
                FieldChange.of("expectedMarket", expectedMarket, fields.expectedMarket()),
                FieldChange.of("communeCode", communeCode, fields.communeCode()))
            .filter(java.util.Objects::nonNull)
            .toList();
    apply(fields);
    revision++;
    reviewReason = null;
    submittedBy = username;
    submittedAt = now;
    return changes;
  }

  /** Records a reviewer's decision; the reason is kept for RETURNED and REJECTED. */
  public void review(IdeaStatus decision, String reason, String username, Instant now) {
    status = status.moveTo(decision);
    reviewReason = reason;
    reviewedBy = username;
    reviewedAt = now;
  }

  private void apply(IdeaFields fields) {
    productName = fields.productName();
    productSet = fields.productSet();
    description = fields.description();
    rawMaterials = fields.rawMaterials();
    expectedMarket = fields.expectedMarket();
    communeCode = fields.communeCode();
  }

  public UUID id() {
    return id;
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

  public String subjectType() {
    return subjectType;
  }

  public String productName() {
    return productName;
  }

  public int productSet() {
    return productSet;
  }

  public String description() {
    return description;
  }

  public String rawMaterials() {
    return rawMaterials;
  }

  public String expectedMarket() {
    return expectedMarket;
  }

  public IdeaStatus status() {
    return status;
  }

  public String reviewReason() {
    return reviewReason;
  }

  public int revision() {
    return revision;
  }

  public String submittedBy() {
    return submittedBy;
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

  public long version() {
    return version;
  }
}
