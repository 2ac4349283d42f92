package vn.ocop.openapi.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decides whether a current API document may replace the released one: it may when it breaks no
 * client, or when its {@code info.version} announces the break (a major bump, or a minor bump below
 * 1.0).
 */
final class ReleaseCheck {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private ReleaseCheck() {}

  /** Why {@code current} may not replace {@code released}, or empty when it may. */
  static Optional<String> refusal(String name, String released, String current) {
    ApiVersion releasedVersion = versionOf(released);
    ApiVersion currentVersion = versionOf(current);
    if (currentVersion.compareTo(releasedVersion) < 0) {
      return Optional.of(
          name
              + ": info.version "
              + currentVersion
              + " is older than the released "
              + releasedVersion);
    }
    List<String> breaks = BreakingChanges.between(released, current);
    if (breaks.isEmpty() || currentVersion.allowsBreakingChangesSince(releasedVersion)) {
      return Optional.empty();
    }
    return Optional.of(
        name
            + " breaks clients of the released "
            + releasedVersion
            + " in "
            + breaks.size()
            + " place(s); undo these changes or bump info.version to "
            + nextBreakingVersion(releasedVersion)
            + " (see openapi/released/README.md):"
            + breaks.stream().map(change -> "\n  - " + change).collect(Collectors.joining()));
  }

  static ApiVersion versionOf(String document) {
    try {
      JsonNode version = YAML.readTree(document).path("info").path("version");
      return ApiVersion.parse(version.isMissingNode() ? null : version.asText());
    } catch (IOException e) {
      throw new UncheckedIOException("not a YAML document", e);
    }
  }

  private static ApiVersion nextBreakingVersion(ApiVersion released) {
    return released.major() == 0
        ? new ApiVersion(0, released.minor() + 1, 0)
        : new ApiVersion(released.major() + 1, 0, 0);
  }
}
