package vn.ocop.plan.fact;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.ocop.platform.inbox.PoisonEventException;

/**
 * A topic whose events this service keeps as facts. The live consumer and the rebuild both apply
 * records through {@link #handle}, so a replay runs exactly the code the live consumers ran; only
 * the {@link Applier} differs (a transaction per event live, one transaction for a rebuild).
 */
public interface FactTopic {
  /** The Kafka topic. */
  String topic();

  /** The stable consumer name in {@code consumed_event}: renaming it would re-apply events. */
  String consumer();

  /** The tables its facts live in, children before parents: a rebuild empties them in order. */
  List<String> tables();

  /**
   * Applies one record: checks the payload, then hands the effect to the applier.
   *
   * @throws PoisonEventException when the record can never be applied (unreadable, incomplete, an
   *     unknown province or value); checked before anything is written
   */
  Outcome handle(ConsumerRecord<String, String> record, Applier applier);

  /** What became of a record. */
  enum Outcome {
    /** Its effect ran. */
    APPLIED,
    /** Its event id was applied before (a redelivery or a second copy in the topic). */
    DUPLICATE,
    /** A type this service does not keep facts of: recorded as consumed, nothing else. */
    SKIPPED;

    public static Outcome of(boolean ran) {
      return ran ? APPLIED : DUPLICATE;
    }

    public static Outcome skipped(boolean ran) {
      return ran ? SKIPPED : DUPLICATE;
    }
  }
}
