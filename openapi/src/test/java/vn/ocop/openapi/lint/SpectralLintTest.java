package vn.ocop.openapi.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Spectral lints every committed API document with openapi/.spectral.yaml (spectral:oas and the
 * house rules); an error fails the build. Needs Node 20+: without it the lint is skipped, loudly.
 */
class SpectralLintTest {

  private static final Path MODULE = Path.of("").toAbsolutePath();

  private static Optional<String> unavailable;
  private static Spectral spectral;

  @BeforeAll
  static void installSpectral() throws IOException {
    unavailable = Spectral.unavailableReason();
    if (unavailable.isPresent()) {
      String banner = "!".repeat(100);
      System.err.printf(
          "%n%s%n!!! SPECTRAL LINT OF THE OPENAPI DOCUMENTS SKIPPED: %s.%n"
              + "!!! Install Node %d+ (node and npm on the PATH) to run it; CI has it.%n%s%n%n",
          banner, unavailable.get(), Spectral.MINIMUM_NODE_MAJOR, banner);
    } else {
      spectral = Spectral.installedIn(MODULE);
    }
  }

  @BeforeEach
  void skipWithoutNode() {
    Assumptions.assumeTrue(
        unavailable.isEmpty(), () -> "Spectral lint skipped: " + unavailable.orElse(""));
  }

  static Stream<String> committedDocuments() throws IOException {
    try (Stream<Path> files = Files.list(MODULE)) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".yaml") && !name.startsWith("."))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("committedDocuments")
  void committedDocumentHasNoLintError(String file) throws IOException {
    Spectral.Result result = spectral.lint(MODULE.resolve(file));

    // The counts (errors, warnings) are printed in every build, for the record.
    System.out.printf("spectral lint %s:%n%s%n", file, result.output().strip());
    assertThat(result.exitCode()).as("spectral lint %s:%n%s", file, result.output()).isZero();
  }

  @Test
  void eachHouseRuleCatchesWhatItIsFor() throws IOException {
    Path broken = Path.of("src", "test", "resources", "lint", "house-rules-broken.yaml");

    Spectral.Result result = spectral.lint(MODULE.resolve(broken));

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.output())
        .contains("ocop-operation-id-camel-case", "operationId list_things is not lowerCamelCase")
        .contains("ocop-no-empty-description", "paths./things.get.responses[200].description")
        .contains("ocop-error-is-problem-json", "paths./things.get.responses[400].content")
        .contains("ocop-error-has-body", "paths./things.get.responses[403]")
        .contains("ocop-operation-summary", "paths./things.post")
        .contains("operation-tags");
  }
}
