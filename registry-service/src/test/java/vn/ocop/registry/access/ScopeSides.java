package vn.ocop.registry.access;

import static vn.ocop.registry.support.Fixtures.cooperative;
import static vn.ocop.registry.support.Fixtures.productOf;
import static vn.ocop.registry.support.Fixtures.registerSubject;
import static vn.ocop.registry.support.Fixtures.taxCode;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.ocop.devstack.TestTokens;
import vn.ocop.devstack.scope.Actor;
import vn.ocop.devstack.scope.Side;
import vn.ocop.registry.certificate.PublicCodes;
import vn.ocop.registry.support.CertificateFixtures;
import vn.ocop.registry.support.Db;
import vn.ocop.registry.support.ImportFiles;

/**
 * The own and foreign sides of the registry's scope tests: two provinces no other test class writes
 * in (Lai Châu, the own side, and Điện Biên, the foreign one), a commune, a subject, a product and
 * a certificate of each, and a token per {@link Actor} bound to either side.
 */
final class ScopeSides {
  /** Lai Châu and a ward of it: the own side. */
  static final String OWN_PROVINCE = "12";

  static final String OWN_COMMUNE = "03388";

  /** Điện Biên and a ward of it: the foreign side. */
  static final String FOREIGN_PROVINCE = "11";

  static final String FOREIGN_COMMUNE = "03127";

  final UUID ownSubject;
  final UUID ownProduct;
  final UUID ownCertificate;
  final String ownPublicCode;
  final UUID ownImport;
  final UUID foreignSubject;
  final UUID foreignProduct;
  final UUID foreignCertificate;

  private final Map<Actor, String> ownTokens = new EnumMap<>(Actor.class);
  private final Map<Actor, String> foreignTokens = new EnumMap<>(Actor.class);

  private ScopeSides() {
    String ownOfficer = officer(OWN_PROVINCE);
    String foreignOfficer = officer(FOREIGN_PROVINCE);
    ownSubject = subject(ownOfficer, OWN_COMMUNE);
    ownProduct = productOf(ownOfficer, ownSubject);
    ownCertificate = certificate(ownProduct, "ISSUED");
    // The fixture's codes are not of the printed form (26 base32 letters): give it one that is.
    ownPublicCode = PublicCodes.next();
    CertificateFixtures.execute(
        "update certificate set public_code = ? where id = ?", ownPublicCode, ownCertificate);
    CertificateFixtures.execute(
        "insert into certificate_reminder"
            + " (certificate_id, days_before, due_date, late, as_of, recorded_at)"
            + " values (?, 180, cast(? as date), false, cast(? as date), now())",
        ownCertificate,
        CertificateFixtures.today().plusMonths(30),
        CertificateFixtures.today());
    ownImport = importOneRow(ownOfficer);
    foreignSubject = subject(foreignOfficer, FOREIGN_COMMUNE);
    foreignProduct = productOf(foreignOfficer, foreignSubject);
    foreignCertificate = certificate(foreignProduct, "ISSUED");
    for (Side side : Side.values()) {
      for (Actor actor : Actor.values()) {
        if (actor != Actor.PUBLIC) {
          (side == Side.OWN ? ownTokens : foreignTokens).put(actor, bind(actor, side));
        }
      }
    }
  }

  static ScopeSides create() {
    return new ScopeSides();
  }

  /** The token of an actor bound to a side (the matrix's token function). */
  String token(Actor actor, Side side) {
    return (side == Side.OWN ? ownTokens : foreignTokens).get(actor);
  }

  /**
   * A certificate valid for three more years, in the given status, of a new product of the own
   * subject (a certificate is reinstated only if no newer one of its product is in force).
   */
  UUID ownCertificate(String status) {
    return certificate(ownProduct(), status);
  }

  /** A new product of the own subject, registered by the own province's officer. */
  UUID ownProduct() {
    return productOf(officer(OWN_PROVINCE), ownSubject);
  }

  /** The own subject's version now (it changes with every update the matrix makes). */
  long ownSubjectVersion() {
    return Db.count("select version from subject where id = ?", ownSubject);
  }

  static String officer(String province) {
    return TestTokens.token(
        "scope.officer." + province, Set.of("province-officer"), Map.of("province", province));
  }

  private String bind(Actor actor, Side side) {
    boolean own = side == Side.OWN;
    String province = own ? OWN_PROVINCE : FOREIGN_PROVINCE;
    String user = "scope." + actor.name().toLowerCase() + "." + province;
    return switch (actor) {
      case ADMIN -> TestTokens.admin("scope.admin");
      case NATIONAL_OFFICER -> TestTokens.nationalOfficer("scope.national");
      case PROVINCE_OFFICER -> officer(province);
      case COMMUNE_OFFICER ->
          TestTokens.token(
              user,
              Set.of(actor.role()),
              Map.of("province", province, "commune", own ? OWN_COMMUNE : FOREIGN_COMMUNE));
      case COUNCIL_MEMBER, ADVISOR ->
          TestTokens.token(user, Set.of(actor.role()), Map.of("province", province));
      case SUBJECT_MEMBER ->
          TestTokens.token(
              user,
              Set.of(actor.role()),
              Map.of(
                  "province",
                  province,
                  "subject_id",
                  (own ? ownSubject : foreignSubject).toString()));
      case PUBLIC -> throw new IllegalArgumentException("the public has no token");
    };
  }

  private static UUID subject(String officer, String commune) {
    return UUID.fromString(
        registerSubject(officer, cooperative(taxCode(), null, commune))
            .statusCode(201)
            .extract()
            .path("id"));
  }

  private static UUID certificate(UUID product, String status) {
    LocalDate validTo = CertificateFixtures.today().plusMonths(36);
    return CertificateFixtures.certificate(product, validTo, status);
  }

  /** An import of one subject and product in the own province, for its row report. */
  private static UUID importOneRow(String officer) {
    String csv =
        ImportFiles.csv(
            java.util.List.of(
                ImportFiles.withoutCertificate(
                    ImportFiles.with(
                        ImportFiles.row(),
                        "province_code",
                        OWN_PROVINCE,
                        "commune_code",
                        OWN_COMMUNE))));
    return UUID.fromString(
        ImportFiles.upload(officer, ImportFiles.CSV, ImportFiles.utf8(csv), "")
            .statusCode(201)
            .extract()
            .path("id"));
  }

  /** A one-row import file of the own province, for the import operation's cells. */
  static String ownImportFile() {
    return ImportFiles.csv(
        java.util.List.of(
            ImportFiles.with(
                ImportFiles.row(),
                "province_code",
                OWN_PROVINCE,
                "commune_code",
                OWN_COMMUNE,
                "certificate_issuing_body",
                "Ủy ban nhân dân tỉnh Lai Châu")));
  }
}
