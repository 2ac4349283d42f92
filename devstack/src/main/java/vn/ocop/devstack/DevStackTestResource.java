package vn.ocop.devstack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Quarkus test resource: a real PostgreSQL and Kafka for the tests of one service, started once per
 * test JVM. The init argument {@code database} names the service's own database. The service
 * verifies tokens made by {@link TestTokens}.
 */
public class DevStackTestResource implements QuarkusTestResourceLifecycleManager {
  private String database = "ocop";

  @Override
  public void init(Map<String, String> initArgs) {
    database = initArgs.getOrDefault("database", database);
  }

  @Override
  public Map<String, String> start() {
    DevStack stack = DevStack.shared();
    String url = stack.postgres().createDatabase(database);
    return Map.of(
        "quarkus.datasource.jdbc.url",
        url,
        "quarkus.datasource.username",
        EmbeddedPostgresServer.USER,
        "quarkus.datasource.password",
        "",
        "kafka.bootstrap.servers",
        stack.kafka().bootstrapServers(),
        "quarkus.devservices.enabled",
        "false",
        "mp.jwt.verify.publickey.location",
        TestTokens.publicKeyLocation(),
        "mp.jwt.verify.issuer",
        TestTokens.ISSUER);
  }

  @Override
  public void stop() {
    // The stack lives for the whole JVM (several test classes share it); a shutdown hook ends it.
  }
}
