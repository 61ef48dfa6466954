package io.eventmart.platform;

import io.eventmart.testsupport.TestElasticsearch;
import io.eventmart.testsupport.TestKafka;
import io.eventmart.testsupport.TestPostgres;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real servers a platform under test runs on — a fresh PostgreSQL database, Elasticsearch and
 * Kafka — with names of its own (search index, Kafka topics, consumer group), so platforms started
 * by different tests never see each other's data.
 */
public final class PlatformServers {

  private static final AtomicInteger platforms = new AtomicInteger();

  private PlatformServers() {}

  /** Settings of a new platform named after {@code purpose}. */
  public static Map<String, String> forPlatform(String purpose) {
    TestPostgres.Database database = TestPostgres.freshDatabase(purpose);
    String name =
        (purpose + "-" + ProcessHandle.current().pid() + "-" + platforms.incrementAndGet())
            .toLowerCase(Locale.ROOT)
            .replace('_', '-');
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("spring.datasource.url", database.url());
    settings.put("spring.datasource.username", database.user());
    settings.put("spring.datasource.password", database.password());
    settings.put("spring.r2dbc.url", database.r2dbcUrl());
    settings.put("spring.r2dbc.username", database.user());
    settings.put("spring.r2dbc.password", database.password());
    settings.put("eventmart.search.url", TestElasticsearch.url());
    settings.put("eventmart.search.index.prefix", name);
    settings.put("eventmart.kafka.bootstrap-servers", TestKafka.bootstrapServers());
    settings.put("eventmart.kafka.topic-prefix", name + ".");
    settings.put("eventmart.analytics.group-id", name + "-analytics");
    return settings;
  }

  /** Registers {@link #forPlatform(String)} for a Spring test context. */
  public static void register(DynamicPropertyRegistry registry, String purpose) {
    forPlatform(purpose).forEach((key, value) -> registry.add(key, () -> value));
  }
}
