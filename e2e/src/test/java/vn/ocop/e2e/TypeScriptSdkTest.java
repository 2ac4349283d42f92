package vn.ocop.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The TypeScript SDK (sdk/typescript) against the running suite: once a certificate is issued, the
 * SDK's own Node test signs in, finds the product in the public search and verifies the
 * certificate, through the gateway and the generated fetch clients only. Needs Node 20+ on the
 * PATH; without it this test is skipped, as the SDK's build was.
 */
class TypeScriptSdkTest {
  private static final Duration NODE_TIMEOUT = Duration.ofSeconds(120);
  private static final String PRODUCT = "Cà phê Robusta rang mộc Krông Pắc";

  @Test
  void theTypeScriptSdkFindsTheCertifiedProductAndVerifiesItsCertificate() throws Exception {
    Optional<Path> node = onPath("node");
    if (node.isEmpty()) {
      System.err.println(
          "*** node is not on the PATH: TypeScriptSdkTest is SKIPPED (needs Node.js 20+) ***");
    }
    Assumptions.assumeTrue(node.isPresent(), "node is not on the PATH (the TS SDK needs Node 20+)");
    Path sdk = Path.of(System.getProperty("ocop.root", "..")).resolve("sdk/typescript");
    Path compiledTest = sdk.resolve("target/dist/test/gateway.test.js");
    assertThat(compiledTest)
        .as("the compiled SDK test; build sdk/typescript first (it precedes e2e in the reactor)")
        .exists();

    String productId = certifiedCoffee();

    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("product", PRODUCT);
    expected.put("provinceCode", Ocop.DAK_LAK);
    expected.put("provinceName", "Đắk Lắk");
    expected.put("starClass", 4);
    Map<String, String> env = new LinkedHashMap<>();
    env.put("OCOP_GATEWAY_URL", Suite.get().gatewayUrl());
    env.put("OCOP_USERNAME", Ocop.OFFICER);
    env.put("OCOP_PASSWORD", Suite.DEMO_PASSWORD);
    env.put("OCOP_EXPECT", asciiJson(expected));
    NodeRun run = runNode(node.get(), sdk, List.of("--test", compiledTest.toString()), env);

    assertThat(run.exitCode()).as("node --test exit code; its output:\n%s", run.output()).isZero();
    System.out.println(run.output());
    // A test skipped for want of its environment also exits 0: it must have run and passed.
    assertThat(run.output()).contains("# pass 1", "# fail 0", "# skipped 0");
    // Each verification counts a scan (flushed every few seconds): the SDK's call reached the
    // registry, not a stub.
    long scans =
        Api.await(
            "the SDK's verification to count as a scan",
            () -> scansOfTheCertificate(productId),
            n -> n >= 1,
            Duration.ofSeconds(30));
    assertThat(scans).isEqualTo(1);
  }

  /**
   * A 4★ coffee of Đắk Lắk recognised in a round of its own; returns the product id once the plan
   * has counted it too, so that no other test of this JVM sees the count move under it.
   */
  private static String certifiedCoffee() {
    int year = Api.today().getYear();
    int countedBefore = Ocop.productsRated3StarsOrMore(year);
    String subjectId = Ocop.registerCooperative("HTX Cà phê Krông Pắc");
    String productId = Ocop.registerCoffee(subjectId, PRODUCT);
    String cycleId = Ocop.openCycle(9);
    String councilId = Ocop.createCouncil("Hội đồng OCOP tỉnh Đắk Lắk, đợt 9");
    String dossierId = Ocop.createDossier(cycleId, productId);
    Ocop.assignCouncil(dossierId, councilId);
    // (85 + 80 + 82) / 3 = 82.33 → 4★
    Ocop.evaluate(dossierId, "85", "80", "82");
    Ocop.recognise(dossierId, "2468/QĐ-UBND", Api.today()).then().statusCode(201);
    List<Map<String, Object>> certificates =
        Api.await(
            "the certificate of product " + productId,
            () -> Ocop.certificates(productId),
            list -> !list.isEmpty(),
            Duration.ofSeconds(30));
    assertThat(certificates)
        .singleElement()
        .satisfies(c -> assertThat(c).containsEntry("status", "ISSUED"));
    Api.await(
        "plan-service to count the certificate",
        () -> Ocop.productsRated3StarsOrMore(year),
        n -> n > countedBefore,
        Duration.ofSeconds(30));
    return productId;
  }

  private static long scansOfTheCertificate(String productId) {
    String certificateId = (String) Ocop.certificates(productId).get(0).get("id");
    Number total =
        Api.as(Ocop.OFFICER)
            .get("/api/registry/v1/certificates/" + certificateId + "/scans")
            .then()
            .statusCode(200)
            .extract()
            .path("total");
    return total == null ? 0 : total.longValue();
  }

  private record NodeRun(int exitCode, String output) {}

  private static NodeRun runNode(Path node, Path dir, List<String> args, Map<String, String> env)
      throws IOException, InterruptedException {
    List<String> command = Stream.concat(Stream.of(node.toString()), args.stream()).toList();
    Path output = Files.createTempFile("ts-sdk-test", ".log");
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(output.toFile());
      builder.environment().putAll(env);
      Process process = builder.start();
      if (!process.waitFor(NODE_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(
            "node --test still running after "
                + NODE_TIMEOUT
                + "; its output:\n"
                + Files.readString(output, StandardCharsets.UTF_8));
      }
      return new NodeRun(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(output);
    }
  }

  /** JSON with every non-ASCII character escaped, so it survives any locale's environment. */
  private static String asciiJson(Map<String, Object> value) throws JsonProcessingException {
    return JsonMapper.builder()
        .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
        .build()
        .writeValueAsString(value);
  }

  private static Optional<Path> onPath(String program) {
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
    return Stream.of(path.split(File.pathSeparator))
        .filter(dir -> !dir.isBlank())
        .flatMap(dir -> Stream.of(Path.of(dir, program), Path.of(dir, program + ".exe")))
        .filter(Files::isExecutable)
        .findFirst();
  }
}
