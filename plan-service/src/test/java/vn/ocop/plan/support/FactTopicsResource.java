package vn.ocop.plan.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import vn.ocop.contracts.Topics;
import vn.ocop.devstack.DevStack;

/**
 * Creates the topics the service consumes before it starts, as they exist in production. A topic
 * created later by a test's first record would make the consumer group rebalance while the tests
 * wait for their events, and a partition may then stay unassigned for half a minute. Test resources
 * are global: declaring it here applies it to every test class.
 */
@QuarkusTestResource(FactTopicsResource.class)
public class FactTopicsResource implements QuarkusTestResourceLifecycleManager {
  static final List<String> TOPICS =
      List.of(
          Topics.REGISTRY_CERTIFICATE,
          Topics.REGISTRY_SUBJECT,
          Topics.REGISTRY_PRODUCT,
          Topics.RATING_REGISTRATION,
          Topics.RATING_DOSSIER,
          Topics.RATING_PROMOTION,
          DeadLetters.TOPIC);

  @Override
  public Map<String, String> start() {
    Properties props = new Properties();
    props.put(
        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, DevStack.shared().kafka().bootstrapServers());
    try (AdminClient admin = AdminClient.create(props)) {
      for (String topic : TOPICS) {
        try {
          admin
              .createTopics(List.of(new NewTopic(topic, 3, (short) 1)))
              .all()
              .get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw new IllegalStateException("cannot create " + topic, e);
          }
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException("cannot create the fact topics", e);
    }
    return Map.of();
  }

  @Override
  public void stop() {
    // The broker lives for the whole JVM, with the devstack.
  }
}
