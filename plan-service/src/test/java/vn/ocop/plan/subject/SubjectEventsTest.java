package vn.ocop.plan.subject;

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
import vn.ocop.contracts.registry.SubjectRegistered;
import vn.ocop.contracts.registry.SubjectState;
import vn.ocop.contracts.registry.SubjectUpdated;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.plan.support.DeadLetters;
import vn.ocop.plan.support.Events;
import vn.ocop.plan.support.FactEvents;
import vn.ocop.plan.support.Tables;
import vn.ocop.plan.support.Values;

/**
 * Subjects from the registry's subject topic on the real broker: new subjects count in the local
 * year of their registration event, in their current province and commune, once. Province Lai Châu
 * (12), Cao Bằng (04) and Đắk Lắk (66), years 2061–2063 belong to this class.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "plan"))
class SubjectEventsTest {
  static final String NEW = "SUBJECTS_NEW";

  @Test
  void aRegistrationCountsAsNewSubjectInTheLocalYearOfItsEventAndInItsCommune() {
    String commune = communeOf("12");
    int before2061 = Values.count("12", Values.years(2061, 2061), NEW);
    int before2062 = Values.count("12", Values.years(2062, 2062), NEW);
    SubjectRegistered subject = FactEvents.subject(UUID.randomUUID(), "COOPERATIVE", "12", commune);
    // 18:00 UTC on 31 December is 01:00 on 1 January in Vietnam: the subject is new in 2062.
    String eventId =
        FactEvents.publishSubject(
            subject, OffsetDateTime.of(2061, 12, 31, 18, 0, 0, 0, ZoneOffset.UTC));
    FactEvents.awaitApplied(FactEvents.SUBJECTS, List.of(eventId));

    assertThat(Values.count("12", Values.years(2061, 2061), NEW)).isEqualTo(before2061);
    assertThat(Values.count("12", Values.years(2062, 2062), NEW)).isEqualTo(before2062 + 1);
    assertThat(Values.ofCommune("12", commune, Values.years(2062, 2062), NEW).get(NEW))
        .isPositive();
    assertThat(
            Tables.count(
                "select count(*) from subject_fact where subject_id = ? and subject_type ="
                    + " 'COOPERATIVE' and province_code = '12' and commune_code = ?"
                    + " and registered_on = date '2062-01-01' and registered_event_id = ?",
                subject.subjectId(),
                commune,
                eventId))
        .isEqualTo(1);
  }

  @Test
  void aRedeliveredRegistrationIsCountedOnce() {
    int before = Values.count("04", Values.years(2061, 2061), NEW);
    SubjectRegistered subject = FactEvents.subject(UUID.randomUUID(), "ENTERPRISE", "04", null);
    String eventId = UUID.randomUUID().toString();
    String value =
        Events.envelope(
            eventId,
            EventTypes.SUBJECT_REGISTERED,
            FactEvents.at(LocalDate.of(2061, 3, 3)),
            subject);
    RecordMetadata first =
        Events.send(Topics.REGISTRY_SUBJECT, subject.subjectId().toString(), value);
    FactEvents.awaitApplied(FactEvents.SUBJECTS, List.of(eventId));

    Events.sendTo(
        Topics.REGISTRY_SUBJECT, first.partition(), subject.subjectId().toString(), value);
    SubjectRegistered marker = FactEvents.subject(UUID.randomUUID(), "ENTERPRISE", "04", null);
    String markerId = UUID.randomUUID().toString();
    Events.sendTo(
        Topics.REGISTRY_SUBJECT,
        first.partition(),
        marker.subjectId().toString(),
        Events.envelope(
            markerId,
            EventTypes.SUBJECT_REGISTERED,
            FactEvents.at(LocalDate.of(2061, 3, 4)),
            marker));
    FactEvents.awaitApplied(FactEvents.SUBJECTS, List.of(markerId));

    assertThat(Values.count("04", Values.years(2061, 2061), NEW)).isEqualTo(before + 2);
    assertThat(
            Tables.count(
                "select count(*) from consumed_event where consumer = ? and event_id = ?",
                FactEvents.SUBJECTS,
                eventId))
        .isEqualTo(1);
  }

  @Test
  void anUpdateArrivingFirstKeepsItsLaterStateAndARepublishedRegistrationKeepsTheFirstDate() {
    UUID id = UUID.randomUUID();
    OffsetDateTime registered = FactEvents.at(LocalDate.of(2061, 5, 1));
    OffsetDateTime updated = FactEvents.at(LocalDate.of(2061, 6, 1));
    SubjectState before = state("HOUSEHOLD_BUSINESS", "04");
    SubjectState after = state("COOPERATIVE", "04");
    String update =
        Events.publish(
            Topics.REGISTRY_SUBJECT,
            id,
            EventTypes.SUBJECT_UPDATED,
            updated,
            new SubjectUpdated(id, before, after, List.of("subjectType")));
    FactEvents.awaitApplied(FactEvents.SUBJECTS, List.of(update));
    // Only an update seen: the subject is known, but not yet new in any year.
    assertThat(
            Tables.count(
                "select count(*) from subject_fact where subject_id = ? and registered_on is null",
                id))
        .isEqualTo(1);

    String registration =
        FactEvents.publishSubject(
            FactEvents.subject(id, "HOUSEHOLD_BUSINESS", "04", null), registered);
    String again =
        FactEvents.publishSubject(
            FactEvents.subject(id, "HOUSEHOLD_BUSINESS", "04", null),
            FactEvents.at(LocalDate.of(2061, 5, 15)));
    FactEvents.awaitApplied(FactEvents.SUBJECTS, List.of(registration, again));

    assertThat(
            Tables.count(
                "select count(*) from subject_fact where subject_id = ?"
                    + " and subject_type = 'COOPERATIVE' and state_event_id = ?"
                    + " and registered_on = date '2061-05-01' and registered_event_id = ?",
                id,
                update,
                registration))
        .isEqualTo(1);
  }

  @Test
  void aSubjectOnThePreMergerMapCountsInTheProvinceThatSucceededItWithoutACommune() {
    int before = Values.count("66", Values.years(2063, 2063), NEW);
    UUID id = UUID.randomUUID();
    // Phú Yên (54) became part of Đắk Lắk (66); its old commune code is not on the current map.
    SubjectRegistered old =
        new SubjectRegistered(
            id,
            "ENTERPRISE",
            "TAX_CODE",
            "4400000001",
            "Công ty Phú Yên",
            "54",
            "22015",
            "2025-03",
            "555",
            null,
            "Trần B",
            false,
            false);
    String eventId = FactEvents.publishSubject(old, FactEvents.at(LocalDate.of(2063, 2, 2)));
    // The current-map code wins when the payload carries one.
    UUID other = UUID.randomUUID();
    SubjectRegistered both =
        new SubjectRegistered(
            other,
            "ENTERPRISE",
            "TAX_CODE",
            "4400000002",
            "Công ty B",
            "54",
            null,
            "2025-03",
            null,
            "66",
            "Lê C",
            false,
            false);
    String otherId = FactEvents.publishSubject(both, FactEvents.at(LocalDate.of(2063, 2, 3)));
    FactEvents.awaitApplied(FactEvents.SUBJECTS, List.of(eventId, otherId));

    assertThat(Values.count("66", Values.years(2063, 2063), NEW)).isEqualTo(before + 2);
    assertThat(
            Tables.count(
                "select count(*) from subject_fact where subject_id = ? and province_code = '66'"
                    + " and reported_province_code = '54' and commune_code is null"
                    + " and reported_commune_code = '22015'",
                id))
        .isEqualTo(1);
  }

  @Test
  void aSubjectOfAnUnknownTypeOrProvinceIsDeadLetteredAndWritesNothing() {
    SubjectRegistered strange = FactEvents.subject(UUID.randomUUID(), "CLUB", "12", null);
    String strangeId = UUID.randomUUID().toString();
    String strangeValue =
        Events.envelope(
            strangeId,
            EventTypes.SUBJECT_REGISTERED,
            FactEvents.at(LocalDate.of(2061, 1, 1)),
            strange);
    Events.send(Topics.REGISTRY_SUBJECT, strange.subjectId().toString(), strangeValue);
    SubjectRegistered lost = FactEvents.subject(UUID.randomUUID(), "COOPERATIVE", "99", null);
    String lostId = UUID.randomUUID().toString();
    String lostValue =
        Events.envelope(
            lostId, EventTypes.SUBJECT_REGISTERED, FactEvents.at(LocalDate.of(2061, 1, 1)), lost);
    Events.send(Topics.REGISTRY_SUBJECT, lost.subjectId().toString(), lostValue);

    ConsumerRecord<String, String> typeLetter = DeadLetters.awaitValue(strangeValue);
    ConsumerRecord<String, String> provinceLetter = DeadLetters.awaitValue(lostValue);

    assertThat(DeadLetters.header(typeLetter, "dead-letter-reason"))
        .contains("unknown subject type 'CLUB'");
    assertThat(DeadLetters.header(provinceLetter, "dead-letter-reason"))
        .contains("unknown province code '99'");
    assertThat(Tables.consumed(FactEvents.SUBJECTS, strangeId)).isFalse();
    assertThat(Tables.consumed(FactEvents.SUBJECTS, lostId)).isFalse();
    assertThat(
            Tables.count(
                "select count(*) from subject_fact where subject_id in (?, ?)",
                strange.subjectId(),
                lost.subjectId()))
        .isZero();
  }

  private static SubjectState state(String type, String province) {
    return new SubjectState(
        type,
        "TAX_CODE",
        "0400000009",
        "HTX Cao Bằng",
        "2025-07",
        province,
        null,
        null,
        province,
        "Đỗ D",
        false,
        false);
  }

  static String communeOf(String province) {
    return Tables.strings(
            "select code from commune where province_code = ? order by code limit 1", province)
        .get(0);
  }
}
