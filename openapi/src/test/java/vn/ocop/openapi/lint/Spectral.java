package vn.ocop.openapi.lint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The Spectral CLI pinned by this module's package-lock.json, run with Node. It is installed with
 * {@code npm ci} into the module's (git-ignored) node_modules, again only when the lock file
 * changes.
 */
final class Spectral {

  static final int MINIMUM_NODE_MAJOR = 20;

  private static final Path STAMP = Path.of("node_modules", ".ocop-installed-lock.sha256");
  private static final Path CLI = Path.of("node_modules", "@stoplight", "spectral-cli", "dist");

  private final Path moduleDirectory;

  private Spectral(Path moduleDirectory) {
    this.moduleDirectory = moduleDirectory;
  }

  /** What keeps the lint from running here (no Node, or one too old), or empty when it can run. */
  static Optional<String> unavailableReason() {
    Result version;
    try {
      version = run(Path.of(""), 30, "node", "--version");
    } catch (IOException e) {
      return Optional.of("node is not on the PATH (" + e.getMessage() + ")");
    }
    String text = version.output().strip();
    if (version.exitCode() != 0 || !text.matches("v\\d+\\..*")) {
      return Optional.of("node --version answered: " + text);
    }
    int major = Integer.parseInt(text.substring(1, text.indexOf('.')));
    return major < MINIMUM_NODE_MAJOR
        ? Optional.of("node " + text + " is older than " + MINIMUM_NODE_MAJOR)
        : Optional.empty();
  }

  /** Installs the pinned CLI unless the installed one came from the same package-lock.json. */
  static Spectral installedIn(Path moduleDirectory) throws IOException {
    String lock = sha256(moduleDirectory.resolve("package-lock.json"));
    Path stamp = moduleDirectory.resolve(STAMP);
    boolean current =
        Files.isDirectory(moduleDirectory.resolve(CLI))
            && Files.exists(stamp)
            && Files.readString(stamp).equals(lock);
    if (!current) {
      // --ignore-scripts: nothing in the lint needs an install script (one dependency's only
      // reports usage).
      Result install =
          run(
              moduleDirectory,
              600,
              npm(),
              "ci",
              "--ignore-scripts",
              "--no-audit",
              "--no-fund",
              "--loglevel=error");
      if (install.exitCode() != 0) {
        throw new IllegalStateException("npm ci failed:\n" + install.output());
      }
      Files.writeString(stamp, lock);
    }
    return new Spectral(moduleDirectory);
  }

  /** {@code spectral lint} of one document with the module's ruleset, failing on errors only. */
  Result lint(Path document) throws IOException {
    return run(
        moduleDirectory,
        300,
        "node",
        moduleDirectory.resolve(CLI).resolve("index.js").toString(),
        "lint",
        "--ruleset",
        moduleDirectory.resolve(".spectral.yaml").toString(),
        "--fail-severity=error",
        "--format=stylish",
        document.toString());
  }

  record Result(int exitCode, String output) {}

  private static Result run(Path directory, long timeoutSeconds, String... command)
      throws IOException {
    List<String> line = new ArrayList<>(List.of(command));
    ProcessBuilder builder =
        new ProcessBuilder(line).directory(directory.toAbsolutePath().toFile());
    builder.redirectErrorStream(true);
    builder.environment().put("SCARF_ANALYTICS", "false");
    builder.environment().put("NO_COLOR", "1");
    // Output goes to a file, so that a hung process is noticed by the timeout rather than a blocked
    // read.
    Path output = Files.createTempFile("spectral", ".log");
    builder.redirectOutput(output.toFile());
    try {
      Process process = builder.start();
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(
            String.join(" ", line) + " took over " + timeoutSeconds + " s");
      }
      return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      Files.deleteIfExists(output);
    }
  }

  private static String npm() {
    return System.getProperty("os.name").startsWith("Windows") ? "npm.cmd" : "npm";
  }

  private static String sha256(Path file) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
