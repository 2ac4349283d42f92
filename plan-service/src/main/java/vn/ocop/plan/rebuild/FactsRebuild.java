package vn.ocop.plan.rebuild;

import io.quarkus.arc.All;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;
import vn.ocop.plan.fact.Applier;
import vn.ocop.plan.fact.FactTopic;
import vn.ocop.plan.fact.FactsLock;
import vn.ocop.platform.inbox.ConsumedEvents;
import vn.ocop.platform.inbox.InboundEvent;
import vn.ocop.platform.inbox.InboundEvents;
import vn.ocop.platform.inbox.PoisonEventException;
import vn.ocop.platform.problem.ProblemException;

/**
 * Rebuilds every fact table from the beginning of the fact topics, in one transaction, with the
 * very code the live consumers run ({@link FactTopic#handle}):
 *
 * <ol>
 *   <li>take the facts lock exclusively: live consumers finish the events in flight and then wait;
 *   <li>take the end offset of every partition (every event applied live so far lies before it);
 *   <li>empty the fact tables and the fact consumers' consumed-event rows;
 *   <li>read each partition from its beginning to that end offset with a plain consumer (assigned,
 *       no group, nothing committed) and apply every record; unusable records are skipped, as they
 *       were dead-lettered when first consumed;
 *   <li>commit: readers saw the old facts until then, and live consumers carry on from their own
 *       offsets — an event the rebuild applied is a duplicate for them, a later one is new.
 * </ol>
 */
@ApplicationScoped
public class FactsRebuild {
  private static final Logger LOG = Logger.getLogger(FactsRebuild.class);

  public static final String REBUILD_RUNNING = "REBUILD_RUNNING";

  /** Advisory-lock key held by the running rebuild, so a second one answers 409 at once. */
  static final long RUNNING_KEY = 6_006_002L;

  private final List<FactTopic> topics;
  private final FactsLock lock;
  private final InboundEvents inbound;
  private final ConsumedEvents consumed;
  private final EntityManager entityManager;
  private final Map<String, Object> kafka;
  private final RebuildConfig config;

  FactsRebuild(
      @All List<FactTopic> topics,
      FactsLock lock,
      InboundEvents inbound,
      ConsumedEvents consumed,
      EntityManager entityManager,
      @Identifier("default-kafka-broker") Map<String, Object> kafka,
      RebuildConfig config) {
    this.topics = topics;
    this.lock = lock;
    this.inbound = inbound;
    this.consumed = consumed;
    this.entityManager = entityManager;
    this.kafka = kafka;
    this.config = config;
  }

  public RebuildResult rebuild() {
    long started = System.nanoTime();
    List<TopicReplay> replays =
        QuarkusTransaction.requiringNew()
            .timeout((int) config.timeout().toSeconds())
            .call(this::replayAll);
    long tookMs = (System.nanoTime() - started) / 1_000_000;
    long events = replays.stream().mapToLong(TopicReplay::events).sum();
    LOG.infof("facts rebuilt from %d records in %d ms: %s", events, tookMs, replays);
    return new RebuildResult(replays, events, tookMs);
  }

  private List<TopicReplay> replayAll() {
    Boolean first =
        (Boolean)
            entityManager
                .createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, RUNNING_KEY)
                .getSingleResult();
    if (!Boolean.TRUE.equals(first)) {
      throw ProblemException.conflict(REBUILD_RUNNING, "A rebuild of the facts is running");
    }
    lock.exclusive();
    Map<String, FactTopic> byTopic = new LinkedHashMap<>();
    for (FactTopic topic : topics) {
      byTopic.put(topic.topic(), topic);
    }
    Map<String, Counts> counts = new LinkedHashMap<>();
    byTopic.keySet().forEach(topic -> counts.put(topic, new Counts()));
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
      Set<String> existing = consumer.listTopics(Duration.ofSeconds(30)).keySet();
      List<TopicPartition> partitions = new ArrayList<>();
      for (String topic : byTopic.keySet()) {
        if (existing.contains(topic)) {
          consumer
              .partitionsFor(topic, Duration.ofSeconds(30))
              .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
      }
      consumer.assign(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
      consumer.seekToBeginning(partitions);
      clear(byTopic.values());
      replay(consumer, partitions, end, byTopic, counts);
    }
    entityManager.flush();
    List<TopicReplay> replays = new ArrayList<>();
    counts.forEach((topic, c) -> replays.add(c.of(topic)));
    return replays;
  }

  private void replay(
      KafkaConsumer<String, String> consumer,
      List<TopicPartition> partitions,
      Map<TopicPartition, Long> end,
      Map<String, FactTopic> byTopic,
      Map<String, Counts> counts) {
    Set<TopicPartition> pending = new HashSet<>(partitions);
    pending.removeIf(p -> consumer.position(p) >= end.get(p));
    Applier applier = new ReplayApplier();
    long deadline = System.nanoTime() + config.timeout().toNanos();
    long applied = 0;
    while (!pending.isEmpty()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the rebuild did not reach the end of the topics in time");
      }
      for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        if (record.offset() >= end.get(partition)) {
          // Published after the rebuild started: the live consumer applies it afterwards.
          continue;
        }
        Counts count = counts.get(record.topic());
        count.events++;
        try {
          switch (byTopic.get(record.topic()).handle(record, applier)) {
            case APPLIED -> count.applied++;
            case DUPLICATE -> count.duplicates++;
            case SKIPPED -> count.skipped++;
          }
        } catch (PoisonEventException e) {
          count.deadLettered++;
          LOG.debugf(
              "rebuild: %s-%d@%d cannot be applied: %s",
              record.topic(), record.partition(), record.offset(), e.getMessage());
        }
        if (++applied % config.flushEvery() == 0) {
          // Keeps the persistence context small: each flush would otherwise check every entity
          // loaded since the start.
          entityManager.flush();
          entityManager.clear();
        }
      }
      pending.removeIf(p -> consumer.position(p) >= end.get(p));
    }
  }

  private void clear(Iterable<FactTopic> facts) {
    List<String> consumers = new ArrayList<>();
    for (FactTopic topic : facts) {
      for (String table : topic.tables()) {
        // Deleted rather than truncated: readers keep seeing the old facts until the commit.
        entityManager.createNativeQuery("delete from " + table).executeUpdate();
      }
      consumers.add(topic.consumer());
    }
    entityManager
        .createNativeQuery("delete from consumed_event where consumer in (:consumers)")
        .setParameter("consumers", consumers)
        .executeUpdate();
  }

  private Map<String, Object> consumerConfig() {
    Map<String, Object> props = new HashMap<>(kafka);
    props.remove(ConsumerConfig.GROUP_ID_CONFIG);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, "plan-service-rebuild");
    props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
    return props;
  }

  /**
   * Applies in the rebuild's transaction: the consumed-event guard still drops a second copy of an
   * event id in the topic, as it did live.
   */
  private final class ReplayApplier implements Applier {
    @Override
    public <T> boolean apply(
        ConsumerRecord<String, String> record,
        String consumer,
        Class<T> payloadType,
        Consumer<InboundEvent<T>> effect) {
      InboundEvent<T> event = inbound.parse(record.value(), payloadType);
      if (!consumed.firstTime(consumer, event.id(), event.type())) {
        return false;
      }
      effect.accept(event);
      return true;
    }
  }

  private static final class Counts {
    long events;
    long applied;
    long duplicates;
    long skipped;
    long deadLettered;

    TopicReplay of(String topic) {
      return new TopicReplay(topic, events, applied, duplicates, skipped, deadLettered);
    }
  }
}
