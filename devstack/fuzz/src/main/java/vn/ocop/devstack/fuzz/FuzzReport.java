package vn.ocop.devstack.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What one fuzz run sent, what came back, and what broke the rules. */
public final class FuzzReport {
  private static final int EXAMPLES = 60;

  private final String service;
  private final long seed;
  private final Map<String, Map<String, Integer>> byOperation = new TreeMap<>();
  private final Map<Integer, Integer> byStatus = new TreeMap<>();
  private final Map<String, Integer> byMutation = new TreeMap<>();
  private final Map<String, String> failures = new LinkedHashMap<>();
  private final Map<String, Integer> failureCounts = new LinkedHashMap<>();
  private final Map<String, Integer> unsent = new TreeMap<>();
  private int sent;
  private int accepted;
  private int acceptedMutated;
  private Duration duration = Duration.ZERO;

  FuzzReport(String service, long seed) {
    this.service = service;
    this.seed = seed;
  }

  void answered(FuzzRequest request, int status) {
    sent++;
    byStatus.merge(status, 1, Integer::sum);
    byOperation
        .computeIfAbsent(request.operation().id(), k -> new TreeMap<>())
        .merge(status / 100 + "xx", 1, Integer::sum);
    request
        .mutations()
        .forEach(
            m ->
                byMutation.merge(
                    m.replaceAll(":[^:]+$", "") + ":" + m.substring(m.lastIndexOf(':') + 1),
                    1,
                    Integer::sum));
    if (status < 400) {
      accepted++;
      if (!request.pristine()) {
        acceptedMutated++;
      }
    }
  }

  void failure(FuzzRequest request, int status, String finding) {
    String key =
        request.operation().id()
            + " → "
            + status
            + ": "
            + finding.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "<uuid>");
    if (key.length() > 400) {
      key = key.substring(0, 400) + "…";
    }
    failureCounts.merge(key, 1, Integer::sum);
    failures.putIfAbsent(key, request.describe());
  }

  void unsent(FuzzRequest request, RuntimeException e) {
    unsent.merge(
        request.operation().id() + ": " + e.getClass().getSimpleName() + " " + e.getMessage(),
        1,
        Integer::sum);
  }

  void finish(Duration duration) {
    this.duration = duration;
  }

  public int sent() {
    return sent;
  }

  public int accepted() {
    return accepted;
  }

  public int rejected() {
    return sent - accepted;
  }

  public int unsentCount() {
    return unsent.values().stream().mapToInt(Integer::intValue).sum();
  }

  public Map<String, Map<String, Integer>> byOperation() {
    return byOperation;
  }

  public boolean passed() {
    return failures.isEmpty();
  }

  /**
   * Fails, with the summary, unless every answer kept the rules, the run reached {@link
   * FuzzRun#requests()}, more than three quarters of the requests were refused (the point is
   * malformed input) and every operation of the document was fuzzed.
   */
  public void requireClean(List<Operation> operations) {
    List<String> shortfalls = new ArrayList<>();
    if (!passed()) {
      shortfalls.add(failures.size() + " distinct rule breaks");
    }
    if (sent() + unsentCount() < FuzzRun.requests()) {
      shortfalls.add(
          "only " + (sent() + unsentCount()) + " of " + FuzzRun.requests() + " requests");
    }
    if (rejected() <= sent() * 3L / 4) {
      shortfalls.add("only " + rejected() + " of " + sent() + " requests refused");
    }
    List<String> missed =
        operations.stream().map(Operation::id).filter(id -> !byOperation.containsKey(id)).toList();
    if (!missed.isEmpty()) {
      shortfalls.add("operations never fuzzed: " + missed);
    }
    if (!shortfalls.isEmpty()) {
      throw new AssertionError(String.join("; ", shortfalls) + "\n" + summary());
    }
  }

  public Duration duration() {
    return duration;
  }

  /** Each distinct failure with how often it happened and the first request that caused it. */
  public String failures() {
    StringBuilder out = new StringBuilder();
    int shown = 0;
    for (Map.Entry<String, String> failure : failures.entrySet()) {
      if (shown++ == EXAMPLES) {
        out.append("  … and ").append(failures.size() - EXAMPLES).append(" more\n");
        break;
      }
      out.append("  ×")
          .append(failureCounts.get(failure.getKey()))
          .append(' ')
          .append(failure.getKey())
          .append("\n    e.g. ")
          .append(failure.getValue())
          .append('\n');
    }
    return out.toString();
  }

  public String summary() {
    StringBuilder out = new StringBuilder();
    out.append("Fuzz of ").append(service).append('\n');
    out.append("  seed: ")
        .append(seed)
        .append(" (rerun: -D")
        .append(FuzzRun.SEED_PROPERTY)
        .append('=')
        .append(seed)
        .append(")\n");
    out.append("  requests answered: ")
        .append(sent)
        .append(", not sent by the client: ")
        .append(unsentCount())
        .append('\n');
    out.append("  duration: ")
        .append(String.format("%.1f s", duration.toMillis() / 1000.0))
        .append(
            String.format(" (%.0f requests/s)", sent * 1000.0 / Math.max(1, duration.toMillis())))
        .append('\n');
    out.append("  refused (4xx): ")
        .append(rejected())
        .append(String.format(" (%.1f%%)", 100.0 * rejected() / Math.max(1, sent)));
    out.append(", accepted (2xx/3xx): ")
        .append(accepted)
        .append(" of which ")
        .append(acceptedMutated)
        .append(" with a mutation\n");
    out.append("  by status: ").append(byStatus).append('\n');
    out.append("  rule breaks: ")
        .append(failureCounts.values().stream().mapToInt(Integer::intValue).sum())
        .append(" (")
        .append(failures.size())
        .append(" distinct)\n");
    out.append(failures());
    out.append("  by operation:\n");
    byOperation.forEach((k, v) -> out.append("    ").append(k).append(' ').append(v).append('\n'));
    out.append("  by mutation:\n");
    byMutation.forEach((k, v) -> out.append("    ").append(k).append(" ×").append(v).append('\n'));
    if (!unsent.isEmpty()) {
      out.append("  not sent (the client refused the request):\n");
      unsent.forEach((k, v) -> out.append("    ×").append(v).append(' ').append(k).append('\n'));
    }
    return out.toString();
  }

  void write(Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, summary(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
