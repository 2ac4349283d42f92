package vn.ocop.plan.actual;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.registry.CertificateExpiryReminder;
import vn.ocop.contracts.registry.CertificateIssued;
import vn.ocop.contracts.registry.CertificateStatusChanged;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.plan.support.Api;
import vn.ocop.plan.support.Await;
import vn.ocop.plan.support.CertificateEvents;
import vn.ocop.plan.support.DeadLetters;
import vn.ocop.plan.support.Tables;

/**
 * The certificate topic carries more than issued certificates: status changes update the fact's
 * status (without changing what counts as recognised in a year), imported certificates without a
 * rating decision still count, and other event types are consumed and skipped. Each test owns a
 * province and year.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "plan"))
class CertificateStatusFactsTest {
  private static final String STAR3_PLUS = "PRODUCTS_3STAR_PLUS";

  @Test
  void anImportedCertificateWithoutARatingDecisionCounts() {
    CertificateIssued imported = imported("44", 4, LocalDate.of(2041, 4, 1), "EXPIRED");

    awaitApplied(List.of(CertificateEvents.publish(imported)));

    assertThat(Api.value("44", 2041, STAR3_PLUS)).isEqualTo(1);
    assertThat(Api.value("44", 2041, "PRODUCTS_4STAR")).isEqualTo(1);
    assertThat(
            Tables.count(
                "select count(*) from certificate_fact where certificate_id = ?"
                    + " and decision_id is null and origin = 'IMPORT' and status = 'EXPIRED'",
                imported.certificateId()))
        .isEqualTo(1);
  }

  @Test
  void aStatusChangeUpdatesTheFactButNotTheYearsCount() {
    CertificateIssued issued = CertificateEvents.certificate("46", 3, LocalDate.of(2042, 2, 2));
    awaitApplied(List.of(CertificateEvents.publish(issued)));
    UUID successor = UUID.randomUUID();
    Instant changedAt = Instant.parse("2043-01-05T03:00:00Z");
    String superseded = UUID.randomUUID().toString();
    String value =
        envelope(superseded, changed(issued, "ISSUED", "SUPERSEDED", successor, changedAt));
    RecordMetadata first = CertificateEvents.send(issued.certificateId().toString(), value);
    awaitApplied(List.of(superseded));

    assertThat(statusOf(issued)).isEqualTo("SUPERSEDED");
    assertThat(
            Tables.count(
                "select count(*) from certificate_fact where certificate_id = ?"
                    + " and superseded_by = ? and status_event_id = ?",
                issued.certificateId(),
                successor,
                superseded))
        .isEqualTo(1);
    // Recognised in 2042 it was, whatever became of the certificate later.
    assertThat(Api.value("46", 2042, STAR3_PLUS)).isEqualTo(1);

    // A redelivery, then a change older than the one applied (a replay from the dead-letter
    // topic), then a marker behind both on the same partition.
    CertificateEvents.sendTo(first.partition(), issued.certificateId().toString(), value);
    String stale = UUID.randomUUID().toString();
    CertificateEvents.sendTo(
        first.partition(),
        issued.certificateId().toString(),
        envelope(
            stale, changed(issued, "ISSUED", "SUSPENDED", null, changedAt.minusSeconds(86_400))));
    String marker = UUID.randomUUID().toString();
    CertificateEvents.sendTo(
        first.partition(),
        issued.certificateId().toString(),
        envelope(marker, changed(issued, "SUPERSEDED", "SUPERSEDED", successor, changedAt)));
    awaitApplied(List.of(stale, marker));

    assertThat(statusOf(issued)).isEqualTo("SUPERSEDED");
    assertThat(Tables.count("select count(*) from consumed_event where event_id = ?", superseded))
        .isEqualTo(1);
    assertThat(
            Tables.count(
                "select count(*) from certificate_fact where certificate_id = ?",
                issued.certificateId()))
        .isEqualTo(1);
  }

  @Test
  void aStatusChangeOfACertificateNeverRecordedIsDeadLettered() {
    CertificateIssued unknown = CertificateEvents.certificate("46", 3, LocalDate.of(2044, 3, 3));
    String eventId = UUID.randomUUID().toString();
    String value = envelope(eventId, changed(unknown, "ISSUED", "REVOKED", null, Instant.now()));
    CertificateEvents.send(unknown.certificateId().toString(), value);

    ConsumerRecord<String, String> deadLetter = DeadLetters.awaitValue(value);

    assertThat(DeadLetters.header(deadLetter, "dead-letter-reason"))
        .contains("whose issue was never recorded");
    assertThat(Tables.consumed(eventId)).isFalse();
    assertThat(
            Tables.count(
                "select count(*) from certificate_fact where certificate_id = ?",
                unknown.certificateId()))
        .isZero();
  }

  @Test
  void aStatusChangeToAnUnknownStatusIsDeadLettered() {
    CertificateIssued issued = CertificateEvents.certificate("44", 3, LocalDate.of(2045, 5, 5));
    awaitApplied(List.of(CertificateEvents.publish(issued)));
    String eventId = UUID.randomUUID().toString();
    String value = envelope(eventId, changed(issued, "ISSUED", "LOST", null, Instant.now()));
    CertificateEvents.send(issued.certificateId().toString(), value);

    assertThat(DeadLetters.header(DeadLetters.awaitValue(value), "dead-letter-reason"))
        .contains("unknown status 'LOST'");
    assertThat(statusOf(issued)).isEqualTo("ISSUED");
  }

  @Test
  void otherEventTypesAreConsumedAndChangeNothing() {
    UUID certificate = UUID.randomUUID();
    String eventId = UUID.randomUUID().toString();
    CertificateEvents.send(
        certificate.toString(),
        CertificateEvents.envelope(
            eventId,
            EventTypes.CERTIFICATE_EXPIRY_REMINDER,
            new CertificateExpiryReminder(
                certificate,
                UUID.randomUUID(),
                UUID.randomUUID(),
                "44",
                3,
                LocalDate.of(2046, 6, 30),
                30,
                LocalDate.of(2046, 5, 31),
                false)));

    awaitApplied(List.of(eventId));

    assertThat(
            Tables.count(
                "select count(*) from certificate_fact where certificate_id = ?", certificate))
        .isZero();
  }

  private static CertificateIssued imported(
      String provinceCode, int stars, LocalDate decided, String status) {
    return new CertificateIssued(
        UUID.randomUUID(),
        null,
        UUID.randomUUID(),
        UUID.randomUUID(),
        provinceCode,
        null,
        1,
        1,
        stars,
        new BigDecimal("75.00"),
        "45/QĐ-UBND",
        decided,
        "UBND tỉnh",
        "PROVINCE",
        decided,
        decided.plusMonths(36),
        "NEW",
        null,
        status,
        "IMPORT",
        "2025-03",
        provinceCode,
        36);
  }

  private static CertificateStatusChanged changed(
      CertificateIssued issued,
      String oldStatus,
      String newStatus,
      UUID supersededBy,
      Instant changedAt) {
    return new CertificateStatusChanged(
        issued.certificateId(),
        issued.productId(),
        issued.subjectId(),
        issued.provinceCode(),
        issued.provinceCode(),
        issued.starClass(),
        issued.validFrom(),
        issued.validTo(),
        oldStatus,
        newStatus,
        "test",
        null,
        null,
        supersededBy,
        changedAt,
        "expiry-engine");
  }

  private static String envelope(String eventId, CertificateStatusChanged changed) {
    return CertificateEvents.envelope(eventId, EventTypes.CERTIFICATE_STATUS_CHANGED, changed);
  }

  private static String statusOf(CertificateIssued certificate) {
    for (String status :
        List.of("ISSUED", "EXPIRING", "EXPIRED", "SUPERSEDED", "SUSPENDED", "REVOKED")) {
      if (Tables.count(
              "select count(*) from certificate_fact where certificate_id = ? and status = ?",
              certificate.certificateId(),
              status)
          == 1) {
        return status;
      }
    }
    return null;
  }

  private static void awaitApplied(List<String> eventIds) {
    Await.until(
        () -> eventIds.stream().filter(Tables::consumed).count(),
        applied -> applied == eventIds.size(),
        "events " + eventIds + " to be applied");
  }
}
