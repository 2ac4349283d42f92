package vn.ocop.rating.promotion;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.ocop.rating.cycle.Cycle;

/**
 * A trade-promotion activity of a cycle round (step 6): a fair, a sales point or an e-commerce
 * listing, with the products it covers.
 */
@Entity
@Table(name = "promotion_activity")
public class PromotionActivity {
  @Id private UUID id;

  @Column(name = "cycle_id")
  private UUID cycleId;

  @Column(name = "province_code")
  private String provinceCode;

  @Enumerated(EnumType.STRING)
  private PromotionKind kind;

  private String title;

  private String place;

  private String url;

  @Column(name = "starts_on")
  private LocalDate startsOn;

  @Column(name = "ends_on")
  private LocalDate endsOn;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "promotion_product", joinColumns = @JoinColumn(name = "activity_id"))
  @OrderColumn(name = "position")
  @Column(name = "product_id")
  private List<UUID> productIds = new ArrayList<>();

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  protected PromotionActivity() {}

  static PromotionActivity record(
      Cycle cycle, RecordPromotionRequest request, String username, Instant now) {
    PromotionActivity activity = new PromotionActivity();
    activity.id = UUID.randomUUID();
    activity.cycleId = cycle.id();
    activity.provinceCode = cycle.provinceCode();
    activity.kind = request.kind();
    activity.title = request.title().strip();
    activity.place = blank(request.place());
    activity.url = blank(request.url());
    activity.startsOn = request.startsOn();
    activity.endsOn = request.endsOn();
    activity.productIds.addAll(request.productIds().stream().distinct().toList());
    activity.recordedBy = username;
    activity.recordedAt = now;
    return activity;
  }

  private static String blank(String text) {
    return text == null || text.isBlank() ? null : text.strip();
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

  public PromotionKind kind() {
    return kind;
  }

  public String title() {
    return title;
  }

  public String place() {
    return place;
  }

  public String url() {
    return url;
  }

  public LocalDate startsOn() {
    return startsOn;
  }

  public LocalDate endsOn() {
    return endsOn;
  }

  public List<UUID> productIds() {
    return List.copyOf(productIds);
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
