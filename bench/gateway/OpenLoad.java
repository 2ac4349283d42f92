import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-model load for bench/gateway.sh: requests arrive at a constant rate whatever the server
 * does (a request is due at start + i / rate), and each latency runs from when the request was due,
 * not from when a connection was free to send it. A server that falls behind therefore shows its
 * queueing in the figures instead of slowing the load down (no coordinated omission).
 *
 * <p>Usage: java OpenLoad.java PORT RATE SECONDS WARMUP_SECONDS CONNECTIONS PATH [CODES_FILE]
 * [HEADER...]. {code} in PATH is replaced by a random line of CODES_FILE ("-" for none). Prints
 * one line: count, achieved rate, p50/p90/p99/p99.9/max in ms, errors.
 */
public class OpenLoad {
  private static final Ticket STOP = new Ticket(0, -1);

  record Ticket(long due, int index) {}

  public static void main(String[] args) throws Exception {
    if (args.length < 6) {
      System.err.println(
          "usage: OpenLoad PORT RATE SECONDS WARMUP_SECONDS CONNECTIONS PATH [CODES_FILE] [HEADER...]");
      System.exit(2);
    }
    int port = Integer.parseInt(args[0]);
    double rate = Double.parseDouble(args[1]);
    double seconds = Double.parseDouble(args[2]);
    double warmup = Double.parseDouble(args[3]);
    int connections = Integer.parseInt(args[4]);
    String path = args[5];
    List<String> codes =
        args.length > 6 && !args[6].equals("-") ? nonEmptyLines(Path.of(args[6])) : List.of("");
    List<String> headers = args.length > 7 ? List.of(args).subList(7, args.length) : List.of();

    int warmupCount = (int) (rate * warmup);
    int total = warmupCount + (int) (rate * seconds);
    long[] latencies = new long[total];
    Arrays.fill(latencies, -1);
    AtomicLong errors = new AtomicLong();
    LinkedBlockingQueue<Ticket> queue = new LinkedBlockingQueue<>();
    List<Thread> workers = new ArrayList<>();
    for (int c = 0; c < connections; c++) {
      Thread worker =
          new Thread(
              () -> work(port, path, codes, headers, queue, latencies, errors), "load-" + c);
      worker.setDaemon(true);
      worker.start();
      workers.add(worker);
    }

    long intervalNanos = (long) (1_000_000_000L / rate);
    long start = System.nanoTime() + 200_000_000L;
    for (int i = 0; i < total; i++) {
      long due = start + i * intervalNanos;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      queue.add(new Ticket(due, i));
    }
    long dispatched = System.nanoTime();
    for (int c = 0; c < connections; c++) {
      queue.add(STOP);
    }
    for (Thread worker : workers) {
      worker.join(60_000);
    }

    long[] measured =
        Arrays.stream(latencies, warmupCount, total).filter(l -> l >= 0).sorted().toArray();
    long lost = (total - warmupCount) - measured.length;
    double span = (dispatched - (start + warmupCount * intervalNanos)) / 1e9;
    System.out.printf(
        "n=%d rate=%.0f/s p50=%.3f p90=%.3f p99=%.3f p99.9=%.3f max=%.3f ms errors=%d%n",
        measured.length,
        (total - warmupCount) / span,
        ms(percentile(measured, 50)),
        ms(percentile(measured, 90)),
        ms(percentile(measured, 99)),
        ms(percentile(measured, 99.9)),
        ms(measured.length == 0 ? 0 : measured[measured.length - 1]),
        errors.get() + lost);
  }

  private static void work(
      int port,
      String path,
      List<String> codes,
      List<String> headers,
      LinkedBlockingQueue<Ticket> queue,
      long[] latencies,
      AtomicLong errors) {
    Socket socket = null;
    InputStream in = null;
    try {
      while (true) {
        Ticket ticket = queue.take();
        if (ticket == STOP) {
          return;
        }
        String target =
            path.replace("{code}", codes.get(ThreadLocalRandom.current().nextInt(codes.size())));
        StringBuilder request =
            new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\nHost: 127.0.0.1:");
        request.append(port).append("\r\n");
        for (String header : headers) {
          request.append(header).append("\r\n");
        }
        byte[] bytes = request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
        try {
          if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(30_000);
            in = new BufferedInputStream(socket.getInputStream(), 16384);
          }
          OutputStream out = socket.getOutputStream();
          out.write(bytes);
          out.flush();
          int status = readResponse(in);
          if (status == 200) {
            latencies[ticket.index()] = System.nanoTime() - ticket.due();
          } else {
            errors.incrementAndGet();
          }
        } catch (IOException e) {
          errors.incrementAndGet();
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

  private static List<String> nonEmptyLines(Path file) throws IOException {
    return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
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
