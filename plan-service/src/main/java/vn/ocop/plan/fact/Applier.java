package vn.ocop.plan.fact;

import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.ocop.platform.inbox.InboundEvent;
import vn.ocop.platform.inbox.InboundEvents;

/**
 * Runs an event's effect once per event id and consumer (the consumed-event guard). Live, it is
 * {@link InboundEvents#apply}: a new transaction per event, retried on transient failures. A
 * rebuild applies every record in its own single transaction.
 */
public interface Applier {
  /**
   * @return true if the effect ran, false when the event id was applied before
   */
  <T> boolean apply(
      ConsumerRecord<String, String> record,
      String consumer,
      Class<T> payloadType,
      Consumer<InboundEvent<T>> effect);
}
