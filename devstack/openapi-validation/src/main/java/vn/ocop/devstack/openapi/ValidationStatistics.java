package vn.ocop.devstack.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the validation saw in one test JVM, written to {@code target/openapi-validation.txt} when
 * the JVM ends: how many responses were compared, which operations they covered, which undocumented
 * errors were tolerated (per status) and which requests the document has no operation for. It tells
 * the reviewer how much of the document the tests hold to account.
 */
public final class ValidationStatistics {
  /**
   * Shared by the class loaders of one JVM (system properties are), to start the file afresh; being
   * an interned literal, it is also the one lock the shutdown hooks of every class loader share.
   */
  private static final String FILE_STARTED = "ocop.openapi.validation.summary.started";

  private final Path document;
  private final Map<String, Integer> kept = new TreeMap<>();
  private final Map<Integer, Integer> tolerated = new TreeMap<>();
  private final Map<String, Integer> toleratedOperations = new TreeMap<>();
  private final TreeSet<String> notInDocument = new TreeSet<>();
  private int broken;
  private final TreeSet<String> findings = new TreeSet<>();

  ValidationStatistics(Path document) {
    this.document = document;
  }

  /** Statistics that are written to the summary file when the JVM ends. */
  public static ValidationStatistics forDocument(Path document) {
    ValidationStatistics statistics = new ValidationStatistics(document);
    Runtime.getRuntime()
        .addShutdownHook(new Thread(statistics::appendSummary, "openapi-validation-summary"));
    return statistics;
  }

  public synchronized void record(Verdict verdict) {
    switch (verdict.outcome()) {
      case KEPT -> kept.merge(verdict.operation() + " → " + verdict.status(), 1, Integer::sum);
      case TOLERATED -> {
        tolerated.merge(verdict.status(), 1, Integer::sum);
        toleratedOperations.merge(verdict.status() + " " + verdict.operation(), 1, Integer::sum);
      }
      case NOT_IN_DOCUMENT -> notInDocument.add(verdict.operation().replaceAll("[?].*", ""));
      case BROKEN -> {
        broken++;
        verdict
            .findings()
            .forEach(
                f ->
                    findings.add(
                        verdict.operation().replaceAll("[?].*", "")
                            + " → "
                            + verdict.status()
                            + ": "
                            + f.replaceAll("/\\d+/", "/*/")));
      }
    }
  }

  public synchronized int validated() {
    return kept.values().stream().mapToInt(Integer::intValue).sum()
        + tolerated.values().stream().mapToInt(Integer::intValue).sum()
        + broken;
  }

  public synchronized Map<Integer, Integer> toleratedByStatus() {
    return Map.copyOf(tolerated);
  }

  public synchronized String summary() {
    StringBuilder out = new StringBuilder();
    out.append("document: ").append(document).append('\n');
    out.append("responses validated: ").append(validated()).append('\n');
    out.append("  kept the contract: ")
        .append(kept.values().stream().mapToInt(Integer::intValue).sum())
        .append(" over ")
        .append(kept.size())
        .append(" operation/status pairs\n");
    out.append("  broke the contract: ").append(broken).append('\n');
    findings.forEach(f -> out.append("    ").append(f).append('\n'));
    out.append("  undocumented standard errors tolerated: ").append(tolerated).append('\n');
    toleratedOperations.forEach(
        (k, v) -> out.append("    ").append(k).append(" ×").append(v).append('\n'));
    out.append("operations covered:\n");
    kept.forEach((k, v) -> out.append("    ").append(k).append(" ×").append(v).append('\n'));
    out.append("requests with no operation in the document (not validated):\n");
    notInDocument.forEach(r -> out.append("    ").append(r).append('\n'));
    return out.toString();
  }

  private void appendSummary() {
    Path file = Path.of("target", "openapi-validation.txt");
    synchronized (FILE_STARTED) {
      write(file);
    }
  }

  private void write(Path file) {
    try {
      Files.createDirectories(file.getParent());
      boolean first = System.getProperties().putIfAbsent(FILE_STARTED, "true") == null;
      Files.writeString(
          file,
          summary() + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          first ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.APPEND,
          StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
