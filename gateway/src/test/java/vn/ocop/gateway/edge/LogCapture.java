package vn.ocop.gateway.edge;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;

/** Keeps the formatted log lines of the gateway's edge and routing while a test runs. */
final class LogCapture extends Handler implements AutoCloseable {
  private static final String[] LOGGERS = {"vn.ocop.gateway.edge", "vn.ocop.gateway.routing"};
  private final List<String> lines = new ArrayList<>();

  LogCapture() {
    setLevel(Level.ALL);
    for (String name : LOGGERS) {
      Logger.getLogger(name).addHandler(this);
    }
  }

  @Override
  public synchronized void publish(LogRecord record) {
    String message;
    if (record instanceof ExtLogRecord ext) {
      message = ext.getFormattedMessage();
    } else if (record.getParameters() != null && record.getMessage().contains("%")) {
      message = String.format(record.getMessage(), record.getParameters());
    } else {
      message = record.getMessage();
    }
    lines.add(record.getLevel() + " " + message);
  }

  synchronized List<String> lines() {
    return List.copyOf(lines);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    for (String name : LOGGERS) {
      Logger.getLogger(name).removeHandler(this);
    }
  }
}
