package vn.ocop.devstack.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.Test;

class RequestArbitrariesTest {
  private static final Path DOCUMENT = Path.of("../../openapi/registry-service.yaml");

  @Test
  void everyOperationOfTheDocumentIsRead() {
    List<Operation> operations = OperationCatalog.read(DOCUMENT);
    assertThat(operations)
        .extracting(Operation::id)
        .contains("registerSubject", "verifyCertificate");
    Operation register = OperationCatalog.byId(operations).get("registerSubject");
    assertThat(register.method()).isEqualTo("POST");
    assertThat(register.secured()).isTrue();
    assertThat(register.body().json()).isTrue();
    assertThat(register.body().examples()).isNotEmpty();
  }

  @Test
  void theSameSeedGivesTheSameRequestsAndMostAreMutated() {
    List<String> first = generate(42L);
    assertThat(generate(42L)).isEqualTo(first);
    assertThat(generate(43L)).isNotEqualTo(first);
  }

  private static List<String> generate(long seed) {
    List<Operation> operations = OperationCatalog.read(DOCUMENT);
    RequestArbitraries arbitraries =
        new RequestArbitraries(new Callers(List.of("token"), List.of("other")), Map.of());
    List<String> requests = new ArrayList<>();
    int mutated = 0;
    JqwikSession.start();
    try {
      RandomGenerator<FuzzRequest> generator =
          arbitraries.requests(operations).generator(1000, true);
      Random random = new Random(seed);
      for (int i = 0; i < 200; i++) {
        FuzzRequest request = generator.next(random).value();
        // The bad tokens are minted per run (their times and ids differ): not compared.
        requests.add(
            request.operation().method() + " " + request.uri() + " " + request.mutations());
        if (!request.pristine()) {
          mutated++;
        }
      }
    } finally {
      JqwikSession.finish();
    }
    assertThat(mutated).isGreaterThan(150);
    return requests;
  }
}
