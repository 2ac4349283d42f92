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
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The load generator of bench/verification.sh: a fixed number of keep-alive HTTP/1.1 connections,
 * each sending GET /public/verify/{code} as soon as the previous answer is read. Prints requests per
 * second. Two modes: random codes of the file for a fixed duration (the measurement when wrk is not
 * installed), or {@code pass}: every code of the file once, shared out over the connections (to
 * fill the service's cache before measuring).
 *
 * <p>Usage: java LoadGen.java HOST PORT CODES_FILE CONNECTIONS SECONDS [pass]
 */
public class LoadGen {
  public static void main(String[] args) throws Exception {
    String host = args[0];
    int port = Integer.parseInt(args[1]);
    List<String> codes =
        Files.readAllLines(Path.of(args[2])).stream().filter(l -> !l.isBlank()).toList();
    int connections = Integer.parseInt(args[3]);
    long seconds = Long.parseLong(args[4]);
    boolean pass = args.length > 5 && args[5].equals("pass");
    AtomicInteger next = new AtomicInteger();

    LongAdder ok = new LongAdder();
    LongAdder failed = new LongAdder();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < connections; i++) {
      Thread thread =
          new Thread(
              () -> {
                try (Socket socket = new Socket()) {
                  socket.setTcpNoDelay(true);
                  socket.connect(new InetSocketAddress(host, port), 5_000);
                  OutputStream out = socket.getOutputStream();
                  InputStream in = new BufferedInputStream(socket.getInputStream(), 16_384);
                  while (System.nanoTime() < end) {
                    int index =
                        pass
                            ? next.getAndIncrement()
                            : ThreadLocalRandom.current().nextInt(codes.size());
                    if (index >= codes.size()) {
                      break;
                    }
                    String code = codes.get(index);
                    out.write(
                        ("GET /public/verify/"
                                + code
                                + " HTTP/1.1\r\nHost: "
                                + host
                                + "\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    int status = readResponse(in);
                    if (status == 200) {
                      ok.increment();
                    } else {
                      failed.increment();
                    }
                  }
                } catch (IOException e) {
                  failed.increment();
                  System.err.println("connection failed: " + e);
                }
              });
      thread.start();
      threads.add(thread);
    }
    long start = System.nanoTime();
    for (Thread thread : threads) {
      thread.join();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "requests=%d failed=%d seconds=%.1f%nRequests/sec: %.1f%n",
        ok.sum(), failed.sum(), elapsed, ok.sum() / elapsed);
  }

  /** Reads one response (status line, headers, Content-Length body); returns the status. */
  private static int readResponse(InputStream in) throws IOException {
    String statusLine = line(in);
    int status = Integer.parseInt(statusLine.substring(9, 12));
    int length = 0;
    String header;
    while (!(header = line(in)).isEmpty()) {
      int colon = header.indexOf(':');
      if (colon > 0 && header.substring(0, colon).equalsIgnoreCase("content-length")) {
        length = Integer.parseInt(header.substring(colon + 1).trim());
      }
    }
    long skipped = 0;
    while (skipped < length) {
      long n = in.skip(length - skipped);
      if (n <= 0) {
        if (in.read() < 0) {
          throw new IOException("connection closed mid-body");
        }
        n = 1;
      }
      skipped += n;
    }
    return status;
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    int c;
    while ((c = in.read()) >= 0) {
      if (c == '\n') {
        break;
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    if (c < 0 && line.length() == 0) {
      throw new IOException("connection closed");
    }
    return line.toString();
  }
}
