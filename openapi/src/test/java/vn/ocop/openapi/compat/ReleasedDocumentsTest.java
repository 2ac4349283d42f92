package vn.ocop.openapi.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed API documents against the last released ones (openapi/released): a change that
 * breaks a client of the release fails the build until the document's version announces it.
 */
class ReleasedDocumentsTest {

  private static final Path DOCUMENTS = Path.of("").toAbsolutePath();
  private static final Path RELEASED = DOCUMENTS.resolve("released");

  static Stream<String> releasedDocuments() throws IOException {
    try (Stream<Path> files = Files.list(RELEASED)) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".yaml"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("releasedDocuments")
  void currentDocumentKeepsTheReleasedContractOrAnnouncesTheBreak(String file) throws IOException {
    Path current = DOCUMENTS.resolve(file);
    assertThat(current)
        .as("%s was released; removing the whole API breaks every client", file)
        .exists();

    ReleaseCheck.refusal(file, Files.readString(RELEASED.resolve(file)), Files.readString(current))
        .ifPresent(Assertions::fail);
  }

  @Test
  void everyCommittedDocumentHasAReleasedOne() throws IOException {
    try (Stream<Path> files = Files.list(DOCUMENTS)) {
      var committed =
          files
              .map(file -> file.getFileName().toString())
              .filter(name -> name.endsWith(".yaml") && !name.startsWith("."));

      assertThat(committed.sorted().toList())
          .as("a document without a released one is checked against nothing")
          .isNotEmpty()
          .containsExactlyElementsOf(releasedDocuments().toList());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("releasedDocuments")
  void releasedDocumentIsAnOpenApiDocumentWithOperations(String file) throws IOException {
    String released = Files.readString(RELEASED.resolve(file));

    assertThat(ReleaseCheck.versionOf(released)).isNotNull();
    assertThat(released).startsWith("---\nopenapi: 3.0.3").contains("operationId:");
  }
}
