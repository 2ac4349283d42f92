package vn.ocop.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Collects the formatted log lines of one logger while a test runs. */
public final class LogCapture extends Handler implements AutoCloseable {
  private final Logger logger;
  private final List<String> lines = new ArrayList<>();

  private LogCapture(Logger logger) {
    this.logger = logger;
  }

  public static LogCapture of(Class<?> type) {
    LogCapture capture = new LogCapture(Logger.getLogger(type.getName()));
    capture.setLevel(Level.ALL);
    capture.logger.addHandler(capture);
    return capture;
  }

  public synchronized List<String> lines() {
    return List.copyOf(lines);
  }

  @Override
  public synchronized void publish(LogRecord record) {
    String message = record.getMessage();
    Object[] parameters = record.getParameters();
    if (parameters != null && parameters.length > 0) {
      try {
        message = String.format(message, parameters);
      } catch (RuntimeException e) {
        message = message + " " + java.util.Arrays.toString(parameters);
      }
    }
    lines.add(record.getLevel() + " " + message);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
  }
}
