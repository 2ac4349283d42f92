package vn.ocop.plan.certificate;

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
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.contracts.registry.CertificateIssued;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.plan.support.DeadLetters;
import vn.ocop.plan.support.Events;
import vn.ocop.plan.support.FactEvents;
import vn.ocop.plan.support.Tables;
import vn.ocop.plan.support.Values;

/**
 * What certificates tell beyond recognition: the kind of dossier behind them, and their status
 * changes dated in the year they happened. Phú Thọ (25), years 2067–2068, belongs to this class.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "plan"))
class CertificateKindsAndStatusesTest {
  static final String NEW = "PRODUCTS_NEW_3STAR_PLUS";
  static final String REEVALUATED = "PRODUCTS_REEVALUATED_3STAR_PLUS";
  static final String UPGRADED = "PRODUCTS_UPGRADED_3STAR_PLUS";
  static final String EXPIRING = "CERTIFICATES_EXPIRING";
  static final String EXPIRED = "CERTIFICATES_EXPIRED";
  static final String REVOKED = "CERTIFICATES_REVOKED";

  @Test
  void productsCountByTheKindOfDossierBehindTheirCertificateAndAnImportCountsAsNew() {
    Map<String, BigDecimal> before =
        Values.ofProvince("25", Values.years(2067, 2067), NEW, REEVALUATED, UPGRADED);
    UUID subject = UUID.randomUUID();
    LocalDate day = LocalDate.of(2067, 4, 1);
    CertificateIssued imported =
        new CertificateIssued(
            UUID.randomUUID(),
            null,
            UUID.randomUUID(),
            subject,
            "25",
            null,
            1,
            1,
            3,
            new BigDecimal("70"),
            "1/QĐ",
            day,
            "UBND",
            "PROVINCE",
            day,
            day.plusYears(3),
            null,
            null,
            "ISSUED",
            "IMPORT",
            "2025-07",
            "25",
            36);
    List<String> events =
        List.of(
            FactEvents.publishCertificate(
                FactEvents.certificate(UUID.randomUUID(), subject, "25", null, 3, day, "NEW")),
            FactEvents.publishCertificate(imported),
            FactEvents.publishCertificate(
                FactEvents.certificate(
                    UUID.randomUUID(), subject, "25", null, 4, day, "RE_EVALUATION")),
            FactEvents.publishCertificate(
                FactEvents.certificate(UUID.randomUUID(), subject, "25", null, 5, day, "UPGRADE")));
    FactEvents.awaitApplied(FactEvents.CERTIFICATES, events);

    Map<String, BigDecimal> after =
        Values.ofProvince("25", Values.years(2067, 2067), NEW, REEVALUATED, UPGRADED);
    assertThat(after.get(NEW).subtract(before.get(NEW))).isEqualByComparingTo("2");
    assertThat(after.get(REEVALUATED).subtract(before.get(REEVALUATED))).isEqualByComparingTo("1");
    assertThat(after.get(UPGRADED).subtract(before.get(UPGRADED))).isEqualByComparingTo("1");
    assertThat(
            Tables.count(
                "select count(*) from certificate_fact where certificate_id = ?"
                    + " and dossier_kind = 'NEW'",
                imported.certificateId()))
        .isEqualTo(1);
  }

  @Test
  void certificatesCountInTheYearTheirStatusChangedWhateverTheyBecameLater() {
    Map<String, BigDecimal> before2067 =
        Values.ofProvince("25", Values.years(2067, 2067), EXPIRING, EXPIRED, REVOKED);
    Map<String, BigDecimal> before2068 =
        Values.ofProvince("25", Values.years(2068, 2068), EXPIRING, EXPIRED, REVOKED);
    CertificateIssued aging =
        FactEvents.certificate(
            UUID.randomUUID(), UUID.randomUUID(), "25", null, 3, LocalDate.of(2064, 1, 1), "NEW");
    CertificateIssued revoked =
        FactEvents.certificate(
            UUID.randomUUID(), UUID.randomUUID(), "25", null, 4, LocalDate.of(2066, 1, 1), "NEW");
    FactEvents.awaitApplied(
        FactEvents.CERTIFICATES,
        List.of(FactEvents.publishCertificate(aging), FactEvents.publishCertificate(revoked)));
    List<String> changes =
        List.of(
            FactEvents.publishStatus(aging, "EXPIRING", LocalDate.of(2067, 11, 1)),
            FactEvents.publishStatus(aging, "EXPIRED", LocalDate.of(2068, 1, 1)),
            FactEvents.publishStatus(revoked, "REVOKED", LocalDate.of(2067, 6, 6)));
    FactEvents.awaitApplied(FactEvents.CERTIFICATES, changes);

    Map<String, BigDecimal> after2067 =
        Values.ofProvince("25", Values.years(2067, 2067), EXPIRING, EXPIRED, REVOKED);
    Map<String, BigDecimal> after2068 =
        Values.ofProvince("25", Values.years(2068, 2068), EXPIRING, EXPIRED, REVOKED);
    assertThat(after2067.get(EXPIRING).subtract(before2067.get(EXPIRING)))
        .isEqualByComparingTo("1");
    assertThat(after2067.get(EXPIRED).subtract(before2067.get(EXPIRED))).isEqualByComparingTo("0");
    assertThat(after2067.get(REVOKED).subtract(before2067.get(REVOKED))).isEqualByComparingTo("1");
    assertThat(after2068.get(EXPIRED).subtract(before2068.get(EXPIRED))).isEqualByComparingTo("1");
    assertThat(after2068.get(EXPIRING).subtract(before2068.get(EXPIRING)))
        .isEqualByComparingTo("0");
    assertThat(Values.items(EXPIRED, "25", null, Values.years(2068, 2068)).items())
        .anySatisfy(
            item -> {
              assertThat(item.kind()).isEqualTo("CERTIFICATE");
              assertThat(item.id()).isEqualTo(aging.certificateId());
              assertThat(item.date()).isEqualTo(LocalDate.of(2068, 1, 1));
            });
  }

  @Test
  void aStatusChangePublishedTwiceCountsOnce() {
    CertificateIssued issued =
        FactEvents.certificate(
            UUID.randomUUID(), UUID.randomUUID(), "25", null, 3, LocalDate.of(2065, 2, 2), "NEW");
    FactEvents.awaitApplied(
        FactEvents.CERTIFICATES, List.of(FactEvents.publishCertificate(issued)));
    int before = Values.count("25", Values.years(2068, 2068), REVOKED);
    String first = FactEvents.publishStatus(issued, "REVOKED", LocalDate.of(2068, 3, 3));
    FactEvents.awaitApplied(FactEvents.CERTIFICATES, List.of(first));
    // The same change published again by the registry under a new event id.
    String again = FactEvents.publishStatus(issued, "REVOKED", LocalDate.of(2068, 3, 3));
    FactEvents.awaitApplied(FactEvents.CERTIFICATES, List.of(again));

    assertThat(Values.count("25", Values.years(2068, 2068), REVOKED)).isEqualTo(before + 1);
    assertThat(
            Tables.count(
                "select count(*) from certificate_status_fact where certificate_id = ?",
                issued.certificateId()))
        .isEqualTo(1);
  }

  @Test
  void aCertificateWithAnUnknownDossierKindIsDeadLetteredAndWritesNothing() {
    CertificateIssued strange =
        FactEvents.certificate(
            UUID.randomUUID(),
            UUID.randomUUID(),
            "25",
            null,
            3,
            LocalDate.of(2067, 1, 1),
            "RENEWAL");
    String eventId = UUID.randomUUID().toString();
    String value =
        Events.envelope(
            eventId, EventTypes.CERTIFICATE_ISSUED, FactEvents.at(strange.decisionDate()), strange);
    RecordMetadata sent =
        Events.send(Topics.REGISTRY_CERTIFICATE, strange.certificateId().toString(), value);

    ConsumerRecord<String, String> letter = DeadLetters.awaitValue(value);

    assertThat(sent.topic()).isEqualTo(Topics.REGISTRY_CERTIFICATE);
    assertThat(DeadLetters.header(letter, "dead-letter-reason"))
        .contains("unknown dossier kind 'RENEWAL'");
    assertThat(Tables.consumed(eventId)).isFalse();
    assertThat(
            Tables.count(
                "select count(*) from certificate_fact where certificate_id = ?",
                strange.certificateId()))
        .isZero();
  }
}
