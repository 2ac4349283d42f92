package vn.ocop.plan.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.contracts.rating.DossierNominated;
import vn.ocop.contracts.rating.DossierSubmitted;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.plan.support.DeadLetters;
import vn.ocop.plan.support.Events;
import vn.ocop.plan.support.FactEvents;
import vn.ocop.plan.support.Tables;
import vn.ocop.plan.support.Values;

/**
 * Products nominated for 5 stars, from the rating service's dossier topic. Lào Cai (15), years
 * 2065–2066, belongs to this class.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "plan"))
class DossierEventsTest {
  static final String NOMINATED = "PRODUCTS_NOMINATED_5STAR";

  @Test
  void aProductNominatedToTheCentreCountsOnceInTheLocalYearOfTheEventInItsProductsCommune() {
    String commune =
        Tables.strings("select code from commune where province_code = '15' order by code limit 1")
            .get(0);
    int before2065 = Values.count("15", Values.years(2065, 2065), NOMINATED);
    int before2066 = Values.count("15", Values.years(2066, 2066), NOMINATED);
    UUID product = UUID.randomUUID();
    String registered =
        FactEvents.publishProduct(
            FactEvents.product(product, UUID.randomUUID(), 11, 1, "15", commune));
    // 20:00 UTC on 31 December 2065 is 1 January 2066 in Vietnam.
    OffsetDateTime newYear = OffsetDateTime.of(2065, 12, 31, 20, 0, 0, 0, ZoneOffset.UTC);
    List<String> events =
        List.of(
            FactEvents.publishNomination(FactEvents.nomination(product, "15", "CENTRAL"), newYear),
            // The same product forwarded again (another dossier): still one product.
            FactEvents.publishNomination(
                FactEvents.nomination(product, "15", "CENTRAL"), newYear.plusDays(30)),
            // Forwarded to the province, not to the centre: not a 5-star nomination.
            FactEvents.publishNomination(
                FactEvents.nomination(UUID.randomUUID(), "15", "PROVINCE"), newYear));
    FactEvents.awaitApplied(FactEvents.PRODUCTS, List.of(registered));
    FactEvents.awaitApplied(FactEvents.DOSSIERS, events);

    assertThat(Values.count("15", Values.years(2065, 2065), NOMINATED)).isEqualTo(before2065);
    assertThat(Values.count("15", Values.years(2066, 2066), NOMINATED)).isEqualTo(before2066 + 1);
    assertThat(Values.ofCommune("15", commune, Values.years(2066, 2066), NOMINATED).get(NOMINATED))
        .isEqualByComparingTo("1");
    assertThat(Values.items(NOMINATED, "15", commune, Values.years(2066, 2066)).items())
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.productId()).isEqualTo(product);
              // The latest nomination of the product in the window.
              assertThat(item.date()).isEqualTo(LocalDate.of(2066, 1, 31));
              assertThat(item.communeCode()).isEqualTo(commune);
            });
  }

  @Test
  void aRedeliveredNominationIsAppliedOnceAndSubmissionsAreSkipped() {
    DossierNominated nomination = FactEvents.nomination(UUID.randomUUID(), "15", "CENTRAL");
    String eventId = UUID.randomUUID().toString();
    String value =
        Events.envelope(
            eventId,
            EventTypes.DOSSIER_NOMINATED,
            FactEvents.at(LocalDate.of(2065, 4, 4)),
            nomination);
    RecordMetadata first =
        Events.send(Topics.RATING_DOSSIER, nomination.dossierId().toString(), value);
    Events.sendTo(
        Topics.RATING_DOSSIER, first.partition(), nomination.dossierId().toString(), value);
    String submitted =
        Events.publish(
            Topics.RATING_DOSSIER,
            nomination.nominatedDossierId(),
            EventTypes.DOSSIER_SUBMITTED,
            FactEvents.at(LocalDate.of(2065, 4, 4)),
            new DossierSubmitted(
                nomination.nominatedDossierId(),
                UUID.randomUUID(),
                nomination.productId(),
                UUID.randomUUID(),
                "15",
                "NEW",
                "CENTRAL",
                11,
                LocalDate.of(2065, 4, 4)));
    Events.drain(Topics.RATING_DOSSIER, FactEvents.DOSSIERS);

    assertThat(Tables.consumed(FactEvents.DOSSIERS, submitted)).isTrue();
    assertThat(
            Tables.count(
                "select count(*) from consumed_event where consumer = ? and event_id = ?",
                FactEvents.DOSSIERS,
                eventId))
        .isEqualTo(1);
    assertThat(
            Tables.count(
                "select count(*) from nomination_fact where dossier_id = ?"
                    + " and nominated_on = date '2065-04-04' and year = 2065",
                nomination.dossierId()))
        .isEqualTo(1);
  }

  @Test
  void aNominationWithoutItsProductIsDeadLetteredAndWritesNothing() {
    DossierNominated incomplete =
        new DossierNominated(
            UUID.randomUUID(), UUID.randomUUID(), null, "15", "PROVINCE", "CENTRAL", null, 4);
    String eventId = UUID.randomUUID().toString();
    String value =
        Events.envelope(
            eventId,
            EventTypes.DOSSIER_NOMINATED,
            FactEvents.at(LocalDate.of(2065, 5, 5)),
            incomplete);
    Events.send(Topics.RATING_DOSSIER, incomplete.dossierId().toString(), value);

    ConsumerRecord<String, String> letter = DeadLetters.awaitValue(value);

    assertThat(DeadLetters.header(letter, "dead-letter-reason")).contains("productId");
    assertThat(Tables.consumed(FactEvents.DOSSIERS, eventId)).isFalse();
    assertThat(
            Tables.count(
                "select count(*) from nomination_fact where dossier_id = ?",
                incomplete.dossierId()))
        .isZero();
  }
}
