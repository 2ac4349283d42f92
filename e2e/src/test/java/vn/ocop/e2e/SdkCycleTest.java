package vn.ocop.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import vn.ocop.sdk.ApiProblem;
import vn.ocop.sdk.OcopClient;
import vn.ocop.sdk.plan.api.ActualsApi;
import vn.ocop.sdk.plan.model.IndicatorActual;
import vn.ocop.sdk.rating.api.CommuneReviewApi;
import vn.ocop.sdk.rating.api.ConflictsOfInterestApi;
import vn.ocop.sdk.rating.api.CouncilsApi;
import vn.ocop.sdk.rating.api.CyclesApi;
import vn.ocop.sdk.rating.api.DossiersApi;
import vn.ocop.sdk.rating.api.EvidenceApi;
import vn.ocop.sdk.rating.api.PaperworkApi;
import vn.ocop.sdk.rating.api.RecognitionApi;
import vn.ocop.sdk.rating.api.RuleSetsApi;
import vn.ocop.sdk.rating.api.ScoringApi;
import vn.ocop.sdk.rating.api.SessionsApi;
import vn.ocop.sdk.rating.model.AssignDossierToSessionRequest;
import vn.ocop.sdk.rating.model.ChairmanOpinion;
import vn.ocop.sdk.rating.model.CommuneFinding;
import vn.ocop.sdk.rating.model.CommuneReview;
import vn.ocop.sdk.rating.model.ConflictDeclaration;
import vn.ocop.sdk.rating.model.ConstituteCouncilRequest;
import vn.ocop.sdk.rating.model.Council;
import vn.ocop.sdk.rating.model.CouncilMemberRequest;
import vn.ocop.sdk.rating.model.CouncilRole;
import vn.ocop.sdk.rating.model.CouncilSession;
import vn.ocop.sdk.rating.model.CreateDossierRequest;
import vn.ocop.sdk.rating.model.CriteriaSheet;
import vn.ocop.sdk.rating.model.Cycle;
import vn.ocop.sdk.rating.model.CycleStatus;
import vn.ocop.sdk.rating.model.CycleStep;
import vn.ocop.sdk.rating.model.Declaration;
import vn.ocop.sdk.rating.model.DeclareConflictOfInterestRequest;
import vn.ocop.sdk.rating.model.Dossier;
import vn.ocop.sdk.rating.model.DossierKind;
import vn.ocop.sdk.rating.model.DossierStatus;
import vn.ocop.sdk.rating.model.EvaluationLevel;
import vn.ocop.sdk.rating.model.Evidence;
import vn.ocop.sdk.rating.model.EvidenceIndex;
import vn.ocop.sdk.rating.model.OpenCycleRequest;
import vn.ocop.sdk.rating.model.OpenSessionRequest;
import vn.ocop.sdk.rating.model.PlanSessionRequest;
import vn.ocop.sdk.rating.model.RecognitionDecision;
import vn.ocop.sdk.rating.model.RecordCommuneReviewRequest;
import vn.ocop.sdk.rating.model.RecordDecisionRequest;
import vn.ocop.sdk.rating.model.ScoreSheet;
import vn.ocop.sdk.rating.model.SessionDossier;
import vn.ocop.sdk.rating.model.SessionStatus;
import vn.ocop.sdk.rating.model.SubmitScoreSheetRequest;
import vn.ocop.sdk.registry.api.CertificatesApi;
import vn.ocop.sdk.registry.api.ProductsApi;
import vn.ocop.sdk.registry.api.PublicVerificationApi;
import vn.ocop.sdk.registry.api.SubjectsApi;
import vn.ocop.sdk.registry.model.Certificate;
import vn.ocop.sdk.registry.model.CertificateStatus;
import vn.ocop.sdk.registry.model.IdentifierKind;
import vn.ocop.sdk.registry.model.Product;
import vn.ocop.sdk.registry.model.RegisterProductRequest;
import vn.ocop.sdk.registry.model.RegisterSubjectRequest;
import vn.ocop.sdk.registry.model.Subject;
import vn.ocop.sdk.registry.model.SubjectType;
import vn.ocop.sdk.registry.model.Verdict;
import vn.ocop.sdk.registry.model.Verification;

/**
 * A complete OCOP cycle driven with the generated Java SDK only (sdk/java), through the gateway, as
 * a province's own system would: no REST Assured and no hand-written HTTP. It signs in at the
 * gateway, registers a cooperative and its coffee, opens a round, takes the dossier through the
 * commune's pre-review and a council session, has the three members score it, reads the star class
 * and the session's score summary, records the recognition decision, waits for the registry's
 * certificate, verifies it anonymously and sees the province plan's actual move. Every answer is
 * read through the SDK's models, so a document that lies about a body fails here.
 */
class SdkCycleTest {
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final Duration EVENTS = Duration.ofSeconds(30);
  private static final String RULE_SET = Ocop.RULE_SET;
  private static final String INDICATOR = "PRODUCTS_3STAR_PLUS";
  // Rounds 1-3 belong to the REST Assured flows of the same suite; a round opens once a year.
  private static final int ROUND = 4;

  @Test
  void aCompleteCycleThroughTheGatewayWithTheGeneratedJavaSdkOnly() throws Exception {
    OcopClient gateway = OcopClient.to(Suite.get().gatewayUrl());
    OcopClient officer = gateway.signIn(Ocop.OFFICER, Suite.DEMO_PASSWORD);
    OcopClient commune = gateway.signIn(Ocop.COMMUNE_OFFICER, Suite.DEMO_PASSWORD);
    List<OcopClient> council = new ArrayList<>();
    for (String member : Ocop.COUNCIL) {
      council.add(gateway.signIn(member, Suite.DEMO_PASSWORD));
    }
    LocalDate today = LocalDate.now(VIETNAM);
    int year = today.getYear();
    BigDecimal countedBefore = productsRated3StarsOrMore(officer, year);

    // Registry: the subject (chủ thể) and its product (sản phẩm).
    String taxCode =
        String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
    RegisterSubjectRequest registration =
        new RegisterSubjectRequest()
            .type(SubjectType.COOPERATIVE)
            .identifier(taxCode)
            .name("HTX Cà phê Krông Pắc (SDK)")
            .communeCode(Ocop.COMMUNE)
            .representative("H'Hen Niê")
            .womanLed(true)
            .ethnicMinorityLed(true);
    // A mobile client that lost the answer sends the same request with the same key again.
    String registrationKey = UUID.randomUUID().toString();
    SubjectsApi subjects = officer.registry(SubjectsApi::new);
    Subject subject = subjects.registerSubject(registration, registrationKey);
    assertThat(subjects.registerSubject(registration, registrationKey).getId())
        .as("a retry with the same Idempotency-Key gets the first answer")
        .isEqualTo(subject.getId());
    assertThat(subject.getIdentifierKind()).isEqualTo(IdentifierKind.TAX_CODE);
    assertThat(subject.getIdentifier()).isEqualTo(taxCode);
    assertThat(subject.getProvinceCode()).isEqualTo(Ocop.DAK_LAK);
    assertThat(subject.getWomanLed()).isTrue();

    Product product =
        officer
            .registry(ProductsApi::new)
            .registerProduct(
                new RegisterProductRequest()
                    .subjectId(subject.getId())
                    .name("Cà phê hạt rang Krông Pắc")
                    .productSet(13)
                    .description("Cà phê Robusta rang mộc, vùng nguyên liệu Krông Pắc"),
                null);
    assertThat(product.getSubjectId()).isEqualTo(subject.getId());
    assertThat(product.getProductSet()).isEqualTo(13);
    assertThat(product.getProductSetName()).isEqualTo("Cà phê, ca cao");
    assertThat(product.getProductGroup()).isEqualTo(1);

    // Rating: the round, the council, the dossier.
    Cycle cycle =
        officer
            .rating(CyclesApi::new)
            .openCycle(
                new OpenCycleRequest().year(year).round(ROUND).startAtStep(CycleStep.EVALUATION),
                null);
    assertThat(cycle.getProvinceCode()).isEqualTo(Ocop.DAK_LAK);
    assertThat(cycle.getStatus()).isEqualTo(CycleStatus.OPEN);
    assertThat(cycle.getStep()).isEqualTo(CycleStep.EVALUATION);
    assertThat(cycle.getRuleSetVersion()).isEqualTo(RULE_SET);

    Council councilRecord =
        officer
            .rating(CouncilsApi::new)
            .constituteCouncil(
                new ConstituteCouncilRequest()
                    .name("Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Đắk Lắk, đợt " + ROUND)
                    .level(EvaluationLevel.PROVINCE)
                    .provinceCode(Ocop.DAK_LAK)
                    .members(
                        List.of(
                            member(Ocop.COUNCIL.get(0), CouncilRole.CHAIR),
                            member(Ocop.COUNCIL.get(1), CouncilRole.MEMBER),
                            member(Ocop.COUNCIL.get(2), CouncilRole.MEMBER))),
                null);
    assertThat(councilRecord.getId()).isNotNull();

    // The rating service knows the product from the registry's event, not by calling it.
    CreateDossierRequest newDossier =
        new CreateDossierRequest()
            .cycleId(cycle.getId())
            .productId(product.getId())
            .kind(DossierKind.NEW)
            .submit(false);
    Dossier dossier =
        await(
            "the rating service to know product " + product.getId(),
            () -> {
              try {
                return officer.rating(DossiersApi::new).createDossier(newDossier, null);
              } catch (vn.ocop.sdk.rating.ApiException e) {
                ApiProblem problem = ApiProblem.of(e).orElseThrow(() -> e);
                if (problem.status() == 422
                    && problem.errors().stream().anyMatch(f -> "productId".equals(f.field()))) {
                  return null;
                }
                throw e;
              }
            },
            d -> d != null);
    assertThat(dossier.getStatus()).isEqualTo(DossierStatus.DRAFT);
    assertThat(dossier.getProductId()).isEqualTo(product.getId());
    assertThat(dossier.getSubjectId()).isEqualTo(subject.getId());
    assertThat(dossier.getRuleSetVersion()).isEqualTo(RULE_SET);
    UUID dossierId = dossier.getId();

    // Evidence (tài liệu minh chứng): the file's own bytes and media type go up and come back.
    attachTestReport(officer, dossierId);
    Dossier submitted = officer.rating(DossiersApi::new).submitDossier(dossierId);
    assertThat(submitted.getStatus()).isEqualTo(DossierStatus.SUBMITTED);

    // Decision 1489: the commune pre-reviews and forwards the dossier.
    CommuneReview review =
        commune
            .rating(CommuneReviewApi::new)
            .recordCommuneReview(
                dossierId,
                new RecordCommuneReviewRequest()
                    .minutesNumber("15/BB-UBND")
                    .minutesDate(today)
                    .findings(
                        List.of(
                            new CommuneFinding()
                                .criterionCode("A1a")
                                .finding("Nguyên liệu cà phê trồng tại xã")
                                .satisfied(true)))
                    .chairmanOpinion(ChairmanOpinion.FORWARD),
                null);
    assertThat(review.getChairmanOpinion()).isEqualTo(ChairmanOpinion.FORWARD);

    // The council's session: planned, opened with every member present, the dossier put before it.
    SessionsApi sessions = officer.rating(SessionsApi::new);
    CouncilSession session =
        sessions.planSession(
            new PlanSessionRequest()
                .councilId(councilRecord.getId())
                .heldOn(today)
                .place("Hội trường Sở Nông nghiệp và Môi trường tỉnh Đắk Lắk"),
            null);
    assertThat(session.getStatus()).isEqualTo(SessionStatus.PLANNED);
    CouncilSession opened =
        sessions.openSession(
            session.getId(), new OpenSessionRequest().presentMembers(Ocop.COUNCIL));
    assertThat(opened.getStatus()).isEqualTo(SessionStatus.OPEN);
    SessionDossier assigned =
        sessions.assignDossierToSession(
            session.getId(), new AssignDossierToSessionRequest().dossierId(dossierId));
    assertThat(assigned.getStatus()).isEqualTo(DossierStatus.IN_EVALUATION);
    assertThat(assigned.getCouncilId()).isEqualTo(councilRecord.getId());
    for (OcopClient member : council) {
      ConflictDeclaration declaration =
          member
              .rating(ConflictsOfInterestApi::new)
              .declareConflictOfInterest(
                  dossierId,
                  session.getId(),
                  new DeclareConflictOfInterestRequest().declaration(Declaration.NONE),
                  null);
      assertThat(declaration.getDeclaration()).isEqualTo(Declaration.NONE);
    }

    // Scoring on the real sheet the rating service publishes: 75 + 80 + 85 = 240, mean 80 → 4★.
    CriteriaSheet sheet = officer.rating(RuleSetsApi::new).getCriteriaSheet(13, RULE_SET);
    assertThat(sheet.getProductSet()).isEqualTo(13);
    List<Map<String, Object>> criteria = criteriaOf(sheet);
    int[] totals = {75, 80, 85};
    for (int i = 0; i < council.size(); i++) {
      ScoreSheet scored =
          council
              .get(i)
              .rating(ScoringApi::new)
              .submitMyScoreSheet(
                  dossierId,
                  new SubmitScoreSheetRequest()
                      .productSet(13)
                      .answers(Sheets.answersOn(criteria, totals[i])));
      assertThat(scored.getMember()).isEqualTo(Ocop.COUNCIL.get(i));
      assertThat(scored.getTotal()).isEqualByComparingTo(BigDecimal.valueOf(totals[i]));
    }

    // Phân hạng: the mean of the three sheets gives the star class.
    Dossier evaluated = officer.rating(DossiersApi::new).getDossier(dossierId);
    assertThat(evaluated.getStatus()).isEqualTo(DossierStatus.EVALUATED);
    assertThat(evaluated.getResult().getScoreSheets()).isEqualTo(3);
    assertThat(evaluated.getResult().getAverageScore()).isEqualByComparingTo("80.00");
    assertThat(evaluated.getResult().getStarClass()).isEqualTo(4);
    // The session's score summary (bảng tổng hợp kết quả chấm điểm), the council's paper record.
    java.io.File summary =
        officer.rating(PaperworkApi::new).getSessionScoreSummary(session.getId());
    try {
      byte[] pdf = Files.readAllBytes(summary.toPath());
      assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
          .isEqualTo("%PDF-");
    } finally {
      Files.deleteIfExists(summary.toPath());
    }

    // The province's recognition decision (quyết định công nhận).
    String requestId = "sdk-decision-" + UUID.randomUUID();
    RecognitionDecision decision =
        officer
            .rating(RecognitionApi::new)
            .recordRecognitionDecision(
                dossierId,
                new RecordDecisionRequest()
                    .decisionNumber("2468/QĐ-UBND")
                    .decisionDate(today)
                    .issuingBody("UBND tỉnh Đắk Lắk"),
                null,
                Map.of("X-Request-Id", requestId));
    assertThat(decision.getDecisionNumber()).isEqualTo("2468/QĐ-UBND");
    assertThat(decision.getStarClass()).isEqualTo(4);
    assertThat(decision.getScore()).isEqualByComparingTo("80.00");
    assertThat(decision.getIssuingLevel()).isEqualTo(EvaluationLevel.PROVINCE);
    assertThat(decision.getProductId()).isEqualTo(product.getId());
    assertThat(decision.getValidityMonths()).isEqualTo(36);

    // A second decision for the dossier is refused with a stable code the SDK reads.
    Throwable again =
        catchThrowable(
            () ->
                officer
                    .rating(RecognitionApi::new)
                    .recordRecognitionDecision(
                        dossierId,
                        new RecordDecisionRequest()
                            .decisionNumber("2469/QĐ-UBND")
                            .decisionDate(today)
                            .issuingBody("UBND tỉnh Đắk Lắk"),
                        null));
    ApiProblem refused = ApiProblem.of(again).orElseThrow();
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.code()).isEqualTo("DECISION_EXISTS");
    assertThat(refused.requestId()).isNotBlank();

    // Registry: the certificate, issued from the rating service's event.
    List<Certificate> certificates =
        await(
            "the certificate of product " + product.getId(),
            () ->
                officer
                    .registry(CertificatesApi::new)
                    .listCertificates(null, null, product.getId(), null)
                    .getItems(),
            list -> list != null && !list.isEmpty());
    assertThat(certificates).hasSize(1);
    Certificate certificate = certificates.get(0);
    assertThat(certificate.getDecisionId()).isEqualTo(decision.getId());
    assertThat(certificate.getSubjectId()).isEqualTo(subject.getId());
    assertThat(certificate.getDecisionNumber()).isEqualTo("2468/QĐ-UBND");
    assertThat(certificate.getStarClass()).isEqualTo(4);
    assertThat(certificate.getStatus()).isEqualTo(CertificateStatus.ISSUED);
    assertThat(certificate.getProvinceCode()).isEqualTo(Ocop.DAK_LAK);
    assertThat(certificate.getValidFrom()).isEqualTo(today);
    assertThat(certificate.getValidTo()).isEqualTo(today.plusMonths(36));
    assertThat(certificate.getPublicCode()).hasSizeGreaterThanOrEqualTo(20);

    // Anyone (no token) verifies the code printed on the certificate.
    Verification verification =
        gateway.registry(PublicVerificationApi::new).verifyCertificate(certificate.getPublicCode());
    assertThat(verification.getVerdict()).isEqualTo(Verdict.VALID);
    assertThat(verification.getStatus()).isEqualTo(CertificateStatus.ISSUED);
    assertThat(verification.getStarClass()).isEqualTo(4);
    assertThat(verification.getProduct().getName()).isEqualTo("Cà phê hạt rang Krông Pắc");
    assertThat(verification.getSubject().getName()).isEqualTo("HTX Cà phê Krông Pắc (SDK)");
    assertThat(verification.getDecisionNumber()).isEqualTo("2468/QĐ-UBND");
    assertThat(verification.getValidTo()).isEqualTo(today.plusMonths(36));
    Throwable unknown =
        catchThrowable(
            () ->
                gateway
                    .registry(PublicVerificationApi::new)
                    .verifyCertificate("zzzzzzzzzzzzzzzzzzzzzzzzzz"));
    assertThat(ApiProblem.of(unknown).map(ApiProblem::status))
        .hasValueSatisfying(status -> assertThat(status).isIn(400, 404));

    // Plan: the province's actual "products rated 3★ or more" counts the certificate.
    BigDecimal counted =
        await(
            "the plan service to count the certificate",
            () -> productsRated3StarsOrMore(officer, year),
            n -> n.compareTo(countedBefore) > 0);
    assertThat(counted).isEqualByComparingTo(countedBefore.add(BigDecimal.ONE));
  }

  private static CouncilMemberRequest member(String username, CouncilRole role) {
    return new CouncilMemberRequest().username(username).role(role);
  }

  private static BigDecimal productsRated3StarsOrMore(OcopClient officer, int year)
      throws Exception {
    List<IndicatorActual> indicators =
        officer.plan(ActualsApi::new).getProvinceActuals(Ocop.DAK_LAK, year).getIndicators();
    return indicators == null
        ? BigDecimal.ZERO
        : indicators.stream()
            .filter(i -> INDICATOR.equals(i.getCode()))
            .map(IndicatorActual::getValue)
            .filter(java.util.Objects::nonNull)
            .findFirst()
            .orElse(BigDecimal.ZERO);
  }

  /**
   * Uploads a test report to the draft dossier and reads it back: the generated client must send
   * the file's bytes (not a JSON rendering of the File) with the Content-Type the caller gives.
   */
  private static void attachTestReport(OcopClient officer, UUID dossierId) throws Exception {
    byte[] pdf =
        ("%PDF-1.7\n% Phiếu kết quả thử nghiệm số 125/KN-2025\n" + UUID.randomUUID() + "\n%%EOF\n")
            .getBytes(StandardCharsets.UTF_8);
    Path file = Files.createTempFile("kiem-nghiem-", ".pdf");
    try {
      Files.write(file, pdf);
      EvidenceApi evidence = officer.rating(EvidenceApi::new);
      Evidence uploaded =
          evidence.uploadEvidence(
              dossierId,
              List.of("A1a"),
              "TEST_REPORT",
              "Phiếu kết quả thử nghiệm số 125/KN-2025",
              "kiem-nghiem-2025.pdf",
              file.toFile(),
              null,
              Map.of("Content-Type", "application/pdf"));
      String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
      assertThat(uploaded.getChecksum()).isEqualTo(sha256);
      assertThat(uploaded.getSizeBytes()).isEqualTo((long) pdf.length);
      assertThat(uploaded.getMediaType()).isEqualTo("application/pdf");
      assertThat(uploaded.getFileName()).isEqualTo("kiem-nghiem-2025.pdf");

      EvidenceIndex index = evidence.getEvidenceIndex(dossierId);
      assertThat(index.getFiles()).isEqualTo(1);
      assertThat(index.getTotalBytes()).isEqualTo((long) pdf.length);
      File downloaded = evidence.downloadEvidence(uploaded.getId(), dossierId);
      try {
        assertThat(Files.readAllBytes(downloaded.toPath())).isEqualTo(pdf);
      } finally {
        Files.deleteIfExists(downloaded.toPath());
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** The sheet's criteria in order, in the JSON shape {@link Sheets} reads. */
  private static List<Map<String, Object>> criteriaOf(CriteriaSheet sheet) {
    ObjectMapper json = vn.ocop.sdk.rating.ApiClient.createDefaultObjectMapper();
    Map<String, Object> tree = json.convertValue(sheet, new TypeReference<>() {});
    List<Map<String, Object>> criteria = new ArrayList<>();
    for (Map<String, Object> part : list(tree.get("parts"))) {
      for (Map<String, Object> section : list(part.get("sections"))) {
        criteria.addAll(list(section.get("criteria")));
      }
    }
    assertThat(criteria).isNotEmpty();
    return criteria;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Object value) {
    return value == null ? List.of() : (List<Map<String, Object>>) value;
  }

  /** A step that may fail with the SDK's checked exceptions. */
  @FunctionalInterface
  private interface Probe<T> {
    T get() throws Exception;
  }

  /** Polls until the value satisfies the condition: events take a moment to flow. */
  private static <T> T await(String what, Probe<T> probe, Predicate<T> done) throws Exception {
    Instant deadline = Instant.now().plus(EVENTS);
    T last = probe.get();
    while (!done.test(last)) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "timed out after " + EVENTS + " waiting for " + what + "; last: " + last);
      }
      Thread.sleep(200);
      last = probe.get();
    }
    return last;
  }
}
