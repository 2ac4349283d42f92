package vn.ocop.gateway.routing;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A request body passed on to a service up to a limit: the chunk that crosses it fails the stream
 * instead of being forwarded, which resets the request to the service. Tells of each chunk passed
 * on.
 */
final class CappedStream implements ReadStream<Buffer> {
  private final ReadStream<Buffer> source;
  private final long limit;
  private final Runnable onExceeded;
  private final Runnable onChunk;
  private Handler<Throwable> exceptionHandler;
  private long seen;
  private boolean exceeded;

  CappedStream(ReadStream<Buffer> source, long limit, Runnable onExceeded, Runnable onChunk) {
    this.source = source;
    this.limit = limit;
    this.onExceeded = onExceeded;
    this.onChunk = onChunk;
  }

  /** The failure the stream ends with when the body is too large. */
  static final class TooLarge extends RuntimeException {
    TooLarge(long limit) {
      super("the request body is larger than " + limit + " bytes", null, false, false);
    }
  }

  @Override
  public CappedStream exceptionHandler(Handler<Throwable> handler) {
    this.exceptionHandler = handler;
    source.exceptionHandler(handler);
    return this;
  }

  @Override
  public CappedStream handler(Handler<Buffer> handler) {
    if (handler == null) {
      source.handler(null);
      return this;
    }
    source.handler(
        chunk -> {
          if (exceeded) {
            return;
          }
          seen += chunk.length();
          if (seen <= limit) {
            handler.handle(chunk);
            onChunk.run();
            return;
          }
          exceeded = true;
          onExceeded.run();
          if (exceptionHandler != null) {
            exceptionHandler.handle(new TooLarge(limit));
          }
        });
    return this;
  }

  @Override
  public CappedStream pause() {
    source.pause();
    return this;
  }

  @Override
  public CappedStream resume() {
    source.resume();
    return this;
  }

  @Override
  public CappedStream fetch(long amount) {
    source.fetch(amount);
    return this;
  }

  @Override
  public CappedStream endHandler(Handler<Void> endHandler) {
    source.endHandler(
        endHandler == null
            ? null
            : v -> {
              if (!exceeded) {
                endHandler.handle(v);
              }
            });
    return this;
  }
}
