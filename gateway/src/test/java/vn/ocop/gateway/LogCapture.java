package vn.ocop.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Collects the level and formatted message of the log lines of some loggers (and their children)
 * while a test runs.
 */
public final class LogCapture extends Handler implements AutoCloseable {
  private final List<Logger> loggers = new ArrayList<>();
  private final List<String> lines = new ArrayList<>();

  private LogCapture(String... names) {
    setLevel(Level.ALL);
    for (String name : names) {
      Logger logger = Logger.getLogger(name);
      loggers.add(logger);
      logger.addHandler(this);
    }
  }

  public static LogCapture of(Class<?> type) {
    return new LogCapture(type.getName());
  }

  /** The loggers of these packages, e.g. {@code vn.ocop.gateway.edge}. */
  public static LogCapture of(String... loggerNames) {
    return new LogCapture(loggerNames);
  }

  public synchronized List<String> lines() {
    return List.copyOf(lines);
  }

  @Override
  public synchronized void publish(LogRecord record) {
    lines.add(record.getLevel() + " " + format(record));
  }

  private static String format(LogRecord record) {
    if (record instanceof ExtLogRecord ext) {
      return ext.getFormattedMessage();
    }
    String message = record.getMessage();
    Object[] parameters = record.getParameters();
    if (parameters != null && parameters.length > 0) {
      try {
        return String.format(message, parameters);
      } catch (RuntimeException e) {
        return message + " " + java.util.Arrays.toString(parameters);
      }
    }
    return message;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    for (Logger logger : loggers) {
      logger.removeHandler(this);
    }
  }
}
