package io.eventmart.catalog.it;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Boots the catalog module the way the platform does: nothing but its auto-configuration (and the
 * shared Axon support) from the classpath; plus the tests' way in (events) and out (queries).
 */
@SpringBootApplication
public class CatalogTestApplication {

  @Bean
  EventFeed eventFeed(EventStore eventStore) {
    return new EventFeed(eventStore);
  }

  @Bean
  Catalog catalog(QueryGateway queries, Configuration axon, TokenStore tokenStore) {
    return new Catalog(queries, axon, tokenStore);
  }
}
