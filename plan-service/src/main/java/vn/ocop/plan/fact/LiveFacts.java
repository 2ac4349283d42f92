package vn.ocop.plan.fact;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.ocop.platform.inbox.InboundEvents;

/**
 * How the live consumers apply a record: under the shared facts lock, each event in its own
 * transaction with the consumed-event guard. A {@code PoisonEventException} goes up to the
 * messaging layer, whose failure strategy sends the record to {@code ocop.dlq.plan-service}.
 */
@ApplicationScoped
public class LiveFacts {
  private final FactsLock lock;
  private final InboundEvents inbound;

  LiveFacts(FactsLock lock, InboundEvents inbound) {
    this.lock = lock;
    this.inbound = inbound;
  }

  public FactTopic.Outcome apply(FactTopic topic, ConsumerRecord<String, String> record) {
    return lock.shared(() -> topic.handle(record, inbound::apply));
  }
}
