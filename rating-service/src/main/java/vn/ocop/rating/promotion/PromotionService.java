package vn.ocop.rating.promotion;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.contracts.rating.PromotionRecorded;
import vn.ocop.platform.outbox.Outbox;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;
import vn.ocop.rating.LocalCalendar;
import vn.ocop.rating.cycle.Cycle;
import vn.ocop.rating.cycle.CycleService;
import vn.ocop.rating.cycle.CycleStep;
import vn.ocop.rating.product.ProductCatalogue;
import vn.ocop.rating.product.ProductRef;

/** Records and lists the trade-promotion activities of cycle rounds (step 6). */
@ApplicationScoped
public class PromotionService implements PanacheRepositoryBase<PromotionActivity, UUID> {
  private final CycleService cycles;
  private final ProductCatalogue catalogue;
  private final LocalCalendar calendar;
  private final Outbox outbox;

  PromotionService(
      CycleService cycles, ProductCatalogue catalogue, LocalCalendar calendar, Outbox outbox) {
    this.cycles = cycles;
    this.catalogue = catalogue;
    this.calendar = calendar;
    this.outbox = outbox;
  }

  /**
   * Records an activity of a round of the officer's province, at step TRADE_PROMOTION, and
   * announces it ({@code PromotionRecorded}). Every product must be known from the registry and of
   * the round's province.
   */
  @Transactional
  public PromotionActivity record(RecordPromotionRequest request, Caller caller) {
    Cycle cycle = cycles.get(request.cycleId(), caller);
    if (request.endsOn().isBefore(request.startsOn())) {
      throw ProblemException.invalidField(
          "endsOn", "notBeforeStartsOn", "the activity ends before it starts");
    }
    if (request.kind().isOnline() && isBlank(request.url())) {
      throw ProblemException.invalidField("url", "NotBlank", "an e-commerce listing needs its URL");
    }
    if (!request.kind().isOnline() && isBlank(request.place())) {
      throw ProblemException.invalidField("place", "NotBlank", request.kind() + " needs its place");
    }
    for (int i = 0; i < request.productIds().size(); i++) {
      UUID productId = request.productIds().get(i);
      String field = "productIds[" + i + "]";
      ProductRef product =
          catalogue
              .product(productId)
              .orElseThrow(
                  () ->
                      ProblemException.unprocessable(
                          field,
                          "known",
                          "Product " + productId + " is not known from the registry"));
      if (!product.provinceCode().equals(cycle.provinceCode())) {
        throw ProblemException.unprocessable(
            field,
            "sameProvince",
            "Product " + productId + " is not a product of province " + cycle.provinceCode());
      }
    }
    cycle.requireAtStep(CycleStep.TRADE_PROMOTION, "trade-promotion activities");
    PromotionActivity activity =
        PromotionActivity.record(cycle, request, caller.username(), calendar.now());
    persist(activity);
    outbox.publish(
        Topics.RATING_PROMOTION,
        activity.id(),
        EventTypes.PROMOTION_RECORDED,
        new PromotionRecorded(
            activity.id(),
            activity.cycleId(),
            activity.provinceCode(),
            activity.kind().name(),
            activity.title(),
            activity.startsOn(),
            activity.endsOn(),
            activity.productIds()));
    return activity;
  }

  public PromotionActivity get(UUID id, Caller caller) {
    PromotionActivity activity =
        findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Promotion activity", id));
    caller.requireProvince(activity.provinceCode(), "Promotion activity", id);
    return activity;
  }

  /** Activities of the caller's province (any for national roles), by cycle and/or product. */
  public Page<PromotionActivity> list(Caller caller, UUID cycleId, UUID productId, PageQuery page) {
    Parameters parameters = new Parameters();
    StringBuilder where = new StringBuilder("1 = 1");
    if (!caller.isNational()) {
      if (caller.provinceCode() == null) {
        return Page.of(List.of(), 0, page);
      }
      where.append(" and provinceCode = :province");
      parameters = parameters.and("province", caller.provinceCode());
    }
    if (cycleId != null) {
      where.append(" and cycleId = :cycle");
      parameters = parameters.and("cycle", cycleId);
    }
    if (productId != null) {
      where.append(" and :product member of productIds");
      parameters = parameters.and("product", productId);
    }
    var query = find(where.toString(), Sort.descending("startsOn").and("id"), parameters);
    long total = query.count();
    return Page.of(query.page(page.index(), page.pageSize()).list(), total, page);
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
