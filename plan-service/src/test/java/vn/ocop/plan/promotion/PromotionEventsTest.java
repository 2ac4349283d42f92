package vn.ocop.plan.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.contracts.rating.PromotionRecorded;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.plan.support.DeadLetters;
import vn.ocop.plan.support.Events;
import vn.ocop.plan.support.FactEvents;
import vn.ocop.plan.support.Tables;
import vn.ocop.plan.support.Values;

/**
 * Trade-promotion activities from the rating service's promotion topic. Thái Nguyên (19), year
 * 2066, belongs to this class.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "plan"))
class PromotionEventsTest {
  static final String SALES = "SALES_POINTS";
  static final String FAIRS = "TRADE_FAIRS";
  static final String LISTINGS = "ECOMMERCE_LISTINGS";

  @Test
  void activitiesCountByKindInTheYearTheyStartAndInTheCommunesOfTheirProducts() {
    String commune =
        Tables.strings("select code from commune where province_code = '19' order by code limit 1")
            .get(0);
    Map<String, BigDecimal> before =
        Values.ofProvince("19", Values.years(2066, 2066), SALES, FAIRS, LISTINGS);
    UUID product = UUID.randomUUID();
    String registered =
        FactEvents.publishProduct(
            FactEvents.product(product, UUID.randomUUID(), 11, 1, "19", commune));
    PromotionRecorded point =
        FactEvents.promotion("19", "SALES_POINT", LocalDate.of(2066, 1, 10), List.of(product));
    List<String> events =
        List.of(
            FactEvents.publishPromotion(point),
            FactEvents.publishPromotion(
                FactEvents.promotion("19", "SALES_POINT", LocalDate.of(2066, 5, 1), List.of())),
            FactEvents.publishPromotion(
                FactEvents.promotion("19", "FAIR", LocalDate.of(2066, 12, 30), List.of(product))),
            FactEvents.publishPromotion(
                FactEvents.promotion(
                    "19", "ECOMMERCE_LISTING", LocalDate.of(2066, 7, 7), List.of(product))),
            // Starts in the next year: not in 2066.
            FactEvents.publishPromotion(
                FactEvents.promotion("19", "FAIR", LocalDate.of(2067, 1, 2), List.of())),
            // The first activity published again with one more product: still one activity.
            FactEvents.publishPromotion(
                new PromotionRecorded(
                    point.activityId(),
                    point.cycleId(),
                    "19",
                    "SALES_POINT",
                    point.title(),
                    point.startsOn(),
                    point.endsOn(),
                    List.of(product, UUID.randomUUID()))));
    FactEvents.awaitApplied(FactEvents.PRODUCTS, List.of(registered));
    FactEvents.awaitApplied(FactEvents.PROMOTIONS, events);

    Map<String, BigDecimal> after =
        Values.ofProvince("19", Values.years(2066, 2066), SALES, FAIRS, LISTINGS);
    assertThat(after.get(SALES).subtract(before.get(SALES))).isEqualByComparingTo("2");
    assertThat(after.get(FAIRS).subtract(before.get(FAIRS))).isEqualByComparingTo("1");
    assertThat(after.get(LISTINGS).subtract(before.get(LISTINGS))).isEqualByComparingTo("1");
    assertThat(Values.ofCommune("19", commune, Values.years(2066, 2066), SALES, FAIRS))
        .containsEntry(SALES, BigDecimal.ONE)
        .containsEntry(FAIRS, BigDecimal.ONE);
    assertThat(
            Tables.count(
                "select count(*) from promotion_product where activity_id = ?", point.activityId()))
        .isEqualTo(2);
  }

  @Test
  void anActivityOfAnUnknownKindIsDeadLetteredAndWritesNothing() {
    PromotionRecorded strange =
        FactEvents.promotion("19", "BILLBOARD", LocalDate.of(2066, 2, 2), List.of());
    String eventId = UUID.randomUUID().toString();
    String value =
        Events.envelope(
            eventId, EventTypes.PROMOTION_RECORDED, FactEvents.at(strange.startsOn()), strange);
    Events.send(Topics.RATING_PROMOTION, strange.activityId().toString(), value);

    ConsumerRecord<String, String> letter = DeadLetters.awaitValue(value);

    assertThat(DeadLetters.header(letter, "dead-letter-reason"))
        .contains("unknown kind 'BILLBOARD'");
    assertThat(Tables.consumed(FactEvents.PROMOTIONS, eventId)).isFalse();
    assertThat(
            Tables.count(
                "select count(*) from promotion_fact where activity_id = ?", strange.activityId()))
        .isZero();
  }

  @Test
  void aRedeliveredActivityIsAppliedOnce() {
    PromotionRecorded fair =
        FactEvents.promotion("19", "FAIR", LocalDate.of(2066, 3, 3), List.of());
    String eventId = UUID.randomUUID().toString();
    String value =
        Events.envelope(
            eventId, EventTypes.PROMOTION_RECORDED, FactEvents.at(fair.startsOn()), fair);
    var first = Events.send(Topics.RATING_PROMOTION, fair.activityId().toString(), value);
    Events.sendTo(Topics.RATING_PROMOTION, first.partition(), fair.activityId().toString(), value);
    Events.drain(Topics.RATING_PROMOTION, FactEvents.PROMOTIONS);

    assertThat(
            Tables.count(
                "select count(*) from consumed_event where consumer = ? and event_id = ?",
                FactEvents.PROMOTIONS,
                eventId))
        .isEqualTo(1);
    assertThat(
            Tables.count(
                "select count(*) from promotion_fact where activity_id = ?", fair.activityId()))
        .isEqualTo(1);
  }
}
