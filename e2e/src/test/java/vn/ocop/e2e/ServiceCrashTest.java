package vn.ocop.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The registry and the plan service crash (SIGKILL, no shutdown hook, no commit of what they were
 * doing) while decisions are recorded: once each is back on its port, every decision has exactly
 * one certificate and the plan count is exact. The full-size run with broker kills is {@code
 * bench/faults.sh}.
 */
class ServiceCrashTest {
  private static final String[][] SCORES = {
    {"72", "75", "71"}, {"55", "60", "58"}, {"88", "86", "89"}, {"66", "64", "69"}
  };

  @Test
  void decisionsRecordedWhileTheRegistryAndThePlanServiceAreKilledBecomeOneCertificateEach() {
    int year = Api.today().getYear();
    String cycleId = Ocop.openCycle(5);
    String councilId = Ocop.createCouncil("Hội đồng OCOP tỉnh Đắk Lắk, đợt 5");
    List<String> products = new ArrayList<>();
    List<String> dossiers = new ArrayList<>();
    for (int i = 0; i < SCORES.length; i++) {
      String subjectId = Ocop.registerCooperative("HTX Cà phê Cư M'gar số " + (i + 1));
      String productId = Ocop.registerCoffee(subjectId, "Cà phê phin giấy Cư M'gar " + (i + 1));
      String dossierId = Ocop.createDossier(cycleId, productId);
      Ocop.assignCouncil(dossierId, councilId);
      Ocop.evaluate(dossierId, SCORES[i]);
      products.add(productId);
      dossiers.add(dossierId);
    }
    int countedBefore = Ocop.productsRated3StarsOrMore(year);
    Suite suite = Suite.get();
    LocalDate date = Api.today();

    suite.kill("registry");
    try {
      Ocop.recognise(dossiers.get(0), "3000/QĐ-UBND", date).then().statusCode(201);
      Ocop.recognise(dossiers.get(1), "3001/QĐ-UBND", date).then().statusCode(201);
    } finally {
      suite.restart("registry");
    }
    suite.kill("plan");
    try {
      Ocop.recognise(dossiers.get(2), "3002/QĐ-UBND", date).then().statusCode(201);
      Ocop.recognise(dossiers.get(3), "3003/QĐ-UBND", date).then().statusCode(201);
    } finally {
      suite.restart("plan");
    }

    for (int i = 0; i < products.size(); i++) {
      String productId = products.get(i);
      List<Map<String, Object>> certificates =
          Api.await(
              "the certificate of " + productId,
              () -> Ocop.certificates(productId),
              list -> !list.isEmpty(),
              Duration.ofSeconds(120));
      assertThat(certificates).hasSize(1);
      assertThat(certificates.get(0)).containsEntry("decisionNumber", (3000 + i) + "/QĐ-UBND");
    }
    int counted =
        Api.await(
            "plan-service to count " + SCORES.length + " more certificates",
            () -> Ocop.productsRated3StarsOrMore(year),
            n -> n >= countedBefore + SCORES.length,
            Duration.ofSeconds(120));
    assertThat(counted).isEqualTo(countedBefore + SCORES.length);
  }
}
