package vn.ocop.platform.worker;

/**
 * The threads of a service's background loops (the outbox relay, the audit sealer): daemons, so
 * that a loop never keeps the JVM alive, stopped at shutdown by an interrupt and a bounded wait for
 * the pass in progress to end.
 */
public final class Daemons {
  private static final long STOP_WAIT_MILLIS = 5_000;

  private Daemons() {}

  /** Starts {@code loop} on a new daemon thread named {@code name}. */
  public static Thread start(String name, Runnable loop) {
    Thread thread = new Thread(loop, name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  /** Interrupts the thread (if one was started) and waits up to 5 s for it to end. */
  public static void stop(Thread thread) {
    if (thread == null) {
      return;
    }
    thread.interrupt();
    try {
      thread.join(STOP_WAIT_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
