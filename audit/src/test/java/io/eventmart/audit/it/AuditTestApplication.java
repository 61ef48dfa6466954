package io.eventmart.audit.it;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Boots the audit module the way the platform does: nothing but its auto-configuration (and the
 * shared Axon support) from the classpath; plus the tests' way in (events) and a look at the log.
 */
@SpringBootApplication
public class AuditTestApplication {

  @Bean
  EventFeed eventFeed(EventStore eventStore) {
    return new EventFeed(eventStore);
  }

  @Bean
  AuditLogTable auditLogTable(JdbcTemplate jdbc) {
    return new AuditLogTable(jdbc);
  }
}
