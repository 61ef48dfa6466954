package io.eventmart.analytics.it;

import io.eventmart.analytics.testdata.TestTopics;
import io.eventmart.testsupport.TestKafka;
import io.eventmart.testsupport.TestPostgres;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real servers of one test class: a fresh database, and topics and a consumer group of its own
 * on the shared broker, the topics created before the application starts (as the relay would). The
 * relay, on the test classpath for {@link RelayToAnalyticsIT}, stays out: these tests publish the
 * integration events themselves.
 */
final class AnalyticsServers {

  final String prefix = "analytics-it-" + UUID.randomUUID() + "-";
  final String groupId = prefix + "group";

  void register(DynamicPropertyRegistry registry, String purpose) {
    TestPostgres.freshDatabase(purpose).registerAsDataSource(registry);
    TestTopics.create(TestKafka.bootstrapServers(), prefix);
    registry.add("eventmart.kafka.bootstrap-servers", TestKafka::bootstrapServers);
    registry.add("eventmart.kafka.topic-prefix", () -> prefix);
    registry.add("eventmart.analytics.group-id", () -> groupId);
    registry.add("spring.autoconfigure.exclude", () -> RELAY);
  }

  private static final String RELAY = "io.eventmart.relay.infrastructure.RelayAutoConfiguration";
}
