import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-model mixed load for bench/public-load.sh: requests of several kinds arrive at one constant
 * total rate (request i is due at start + i / rate, its kind drawn by weight from a seeded
 * sequence), whatever the server does; each latency runs from when the request was due, so a
 * server that falls behind shows its queue in the figures (no coordinated omission). A request not
 * answered within the timeout counts as a timeout, one answered with a status outside 2xx as a
 * non-2xx, a broken connection as an I/O error, and a request still unanswered when the run ends
 * as unfinished; all four are errors. Each kind has its own connections (CONNECTIONS split by
 * weight, at least one each), so slow searches do not hold up verifications.
 *
 * <p>Usage: java MixedLoad.java PORT RATE SECONDS WARMUP_SECONDS CONNECTIONS TIMEOUT_MS
 * KIND=WEIGHT=PATH=FILE... ({x} in PATH is replaced by a random line of FILE). Prints one line per
 * kind and one for all: n, achieved rate, p50/p95/p99/p99.9/max in ms, errors by cause.
 */
public class MixedLoad {
  private static final Ticket STOP = new Ticket(0, -1, -1);
  private static final int NON_2XX = 0;
  private static final int TIMEOUT = 1;
  private static final int IO = 2;

  record Ticket(long due, int index, int kind) {}

  record Kind(String name, int weight, String path, List<String> values) {}

  public static void main(String[] args) throws Exception {
    if (args.length < 7) {
      System.err.println(
          "usage: MixedLoad PORT RATE SECONDS WARMUP_SECONDS CONNECTIONS TIMEOUT_MS"
              + " KIND=WEIGHT=PATH=FILE...");
      System.exit(2);
    }
    int port = Integer.parseInt(args[0]);
    double rate = Double.parseDouble(args[1]);
    double seconds = Double.parseDouble(args[2]);
    double warmup = Double.parseDouble(args[3]);
    int connections = Integer.parseInt(args[4]);
    int timeoutMillis = Integer.parseInt(args[5]);
    List<Kind> kinds = new ArrayList<>();
    for (String spec : List.of(args).subList(6, args.length)) {
      // KIND=WEIGHT=PATH=FILE, where PATH may hold '=' itself (a query string).
      String[] head = spec.split("=", 3);
      int lastEquals = head[2].lastIndexOf('=');
      kinds.add(
          new Kind(
              head[0],
              Integer.parseInt(head[1]),
              head[2].substring(0, lastEquals),
              Files.readAllLines(Path.of(head[2].substring(lastEquals + 1))).stream()
                  .filter(l -> !l.isBlank())
                  .toList()));
    }
    int weights = kinds.stream().mapToInt(Kind::weight).sum();

    int warmupCount = (int) (rate * warmup);
    int total = warmupCount + (int) (rate * seconds);
    long[] latencies = new long[total];
    Arrays.fill(latencies, -1);
    int[] kindOf = new int[total];
    SplittableRandom draw = new SplittableRandom(2026);
    for (int i = 0; i < total; i++) {
      int pick = draw.nextInt(weights);
      int k = 0;
      while (pick >= kinds.get(k).weight()) {
        pick -= kinds.get(k).weight();
        k++;
      }
      kindOf[i] = k;
    }
    // Errors per kind and cause, counted for the measured requests only.
    AtomicLongArray errors = new AtomicLongArray(kinds.size() * 3);
    // Each kind has its own queue and connections (CONNECTIONS split by weight), as a browser's
    // verification does not wait behind someone else's search: a slow kind queues only itself.
    List<LinkedBlockingQueue<Ticket>> queues = new ArrayList<>();
    List<Thread> workers = new ArrayList<>();
    int[] workersOf = new int[kinds.size()];
    for (int k = 0; k < kinds.size(); k++) {
      LinkedBlockingQueue<Ticket> queue = new LinkedBlockingQueue<>();
      queues.add(queue);
      workersOf[k] = Math.max(1, Math.round((float) connections * kinds.get(k).weight() / weights));
      for (int c = 0; c < workersOf[k]; c++) {
        Thread worker =
            new Thread(
                () -> work(port, timeoutMillis, kinds, warmupCount, queue, latencies, errors),
                "load-" + kinds.get(k).name() + "-" + c);
        worker.setDaemon(true);
        worker.start();
        workers.add(worker);
      }
    }

    long intervalNanos = (long) (1_000_000_000L / rate);
    long start = System.nanoTime() + 200_000_000L;
    for (int i = 0; i < total; i++) {
      long due = start + i * intervalNanos;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      queues.get(kindOf[i]).add(new Ticket(due, i, kindOf[i]));
    }
    long dispatched = System.nanoTime();
    for (int k = 0; k < kinds.size(); k++) {
      for (int c = 0; c < workersOf[k]; c++) {
        queues.get(k).add(STOP);
      }
    }
    long joinDeadline = System.nanoTime() + (timeoutMillis + 5_000L) * 1_000_000L;
    for (Thread worker : workers) {
      worker.join(Math.max(1, (joinDeadline - System.nanoTime()) / 1_000_000L));
    }
    double span = (dispatched - (start + warmupCount * intervalNanos)) / 1e9;

    long[] all = new long[0];
    long allErrors = 0;
    long[] causes = new long[4];
    for (int k = 0; k < kinds.size(); k++) {
      final int kind = k;
      long sent = 0;
      List<Long> done = new ArrayList<>();
      for (int i = warmupCount; i < total; i++) {
        if (kindOf[i] == kind) {
          sent++;
          if (latencies[i] >= 0) {
            done.add(latencies[i]);
          }
        }
      }
      long[] sorted = done.stream().mapToLong(Long::longValue).sorted().toArray();
      long failed = errors.get(kind * 3 + NON_2XX) + errors.get(kind * 3 + TIMEOUT)
          + errors.get(kind * 3 + IO);
      long unfinished = Math.max(0, sent - sorted.length - failed);
      print(
          kinds.get(kind).name(),
          sorted,
          sent / span,
          errors.get(kind * 3 + NON_2XX),
          errors.get(kind * 3 + TIMEOUT),
          errors.get(kind * 3 + IO),
          unfinished);
      causes[0] += errors.get(kind * 3 + NON_2XX);
      causes[1] += errors.get(kind * 3 + TIMEOUT);
      causes[2] += errors.get(kind * 3 + IO);
      causes[3] += unfinished;
      allErrors += failed + unfinished;
      long[] merged = Arrays.copyOf(all, all.length + sorted.length);
      System.arraycopy(sorted, 0, merged, all.length, sorted.length);
      all = merged;
    }
    Arrays.sort(all);
    print("all", all, (total - warmupCount) / span, causes[0], causes[1], causes[2], causes[3]);
    System.exit(allErrors == 0 ? 0 : 3);
  }

  private static void print(
      String kind, long[] sorted, double offered, long non2xx, long timeouts, long io,
      long unfinished) {
    double achieved = sorted.length == 0 ? 0 : offered * sorted.length
        / (sorted.length + non2xx + timeouts + io + unfinished);
    System.out.printf(
        "kind=%s n=%d offered=%.1f/s ok=%.1f/s p50=%.3f p95=%.3f p99=%.3f p99.9=%.3f max=%.3f ms"
            + " errors=%d non2xx=%d timeouts=%d ioerrors=%d unfinished=%d%n",
        kind,
        sorted.length,
        offered,
        achieved,
        ms(percentile(sorted, 50)),
        ms(percentile(sorted, 95)),
        ms(percentile(sorted, 99)),
        ms(percentile(sorted, 99.9)),
        ms(sorted.length == 0 ? 0 : sorted[sorted.length - 1]),
        non2xx + timeouts + io + unfinished,
        non2xx,
        timeouts,
        io,
        unfinished);
  }

  private static void work(
      int port,
      int timeoutMillis,
      List<Kind> kinds,
      int warmupCount,
      LinkedBlockingQueue<Ticket> queue,
      long[] latencies,
      AtomicLongArray errors) {
    Socket socket = null;
    InputStream in = null;
    try {
      while (true) {
        Ticket ticket = queue.take();
        if (ticket == STOP) {
          return;
        }
        Kind kind = kinds.get(ticket.kind());
        String target =
            kind.path()
                .replace(
                    "{x}",
                    kind.values().get(ThreadLocalRandom.current().nextInt(kind.values().size())));
        String request =
            "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nAccept: application/json\r\n\r\n";
        byte[] bytes = request.getBytes(StandardCharsets.ISO_8859_1);
        boolean measured = ticket.index() >= warmupCount;
        try {
          if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress("127.0.0.1", port), timeoutMillis);
            in = new BufferedInputStream(socket.getInputStream(), 16384);
          }
          // The timeout runs from when the request was due, as its latency does.
          long left = timeoutMillis - (System.nanoTime() - ticket.due()) / 1_000_000L;
          if (left <= 0) {
            throw new SocketTimeoutException("due " + timeoutMillis + " ms ago");
          }
          socket.setSoTimeout((int) left);
          OutputStream out = socket.getOutputStream();
          out.write(bytes);
          out.flush();
          int status = readResponse(in);
          long latency = System.nanoTime() - ticket.due();
          if (status / 100 == 2 && latency <= timeoutMillis * 1_000_000L) {
            latencies[ticket.index()] = latency;
          } else if (measured) {
            errors.incrementAndGet(ticket.kind() * 3 + (status / 100 == 2 ? TIMEOUT : NON_2XX));
          }
        } catch (SocketTimeoutException e) {
          if (measured) {
            errors.incrementAndGet(ticket.kind() * 3 + TIMEOUT);
          }
          close(socket);
          socket = null;
        } catch (IOException | RuntimeException e) {
          if (measured) {
            errors.incrementAndGet(ticket.kind() * 3 + IO);
          }
          close(socket);
          socket = null;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      close(socket);
    }
  }

  /** Reads one HTTP/1.1 response (Content-Length or chunked) and returns its status. */
  private static int readResponse(InputStream in) throws IOException {
    String statusLine = line(in);
    if (statusLine.length() < 12) {
      throw new IOException("no status line");
    }
    int status = Integer.parseInt(statusLine.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    for (String header = line(in); !header.isEmpty(); header = line(in)) {
      int colon = header.indexOf(':');
      String name = header.substring(0, Math.max(colon, 0)).trim();
      String value = header.substring(colon + 1).trim();
      if (name.equalsIgnoreCase("Content-Length")) {
        length = Long.parseLong(value);
      } else if (name.equalsIgnoreCase("Transfer-Encoding") && value.contains("chunked")) {
        chunked = true;
      }
    }
    if (chunked) {
      for (long size = Long.parseLong(line(in).split(";")[0].trim(), 16);
          size > 0;
          size = Long.parseLong(line(in).split(";")[0].trim(), 16)) {
        skip(in, size);
        line(in);
      }
      line(in);
    } else if (length > 0) {
      skip(in, length);
    }
    return status;
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder(64);
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new IOException("closed");
      }
      if (b != '\r') {
        line.append((char) b);
      }
    }
    return line.toString();
  }

  private static void skip(InputStream in, long bytes) throws IOException {
    byte[] buffer = new byte[8192];
    long left = bytes;
    while (left > 0) {
      int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (n < 0) {
        throw new IOException("closed");
      }
      left -= n;
    }
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }

  private static long percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static void close(Socket socket) {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
  }
}
