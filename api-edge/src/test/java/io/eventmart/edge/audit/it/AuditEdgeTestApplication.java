package io.eventmart.edge.audit.it;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The edge alone, wired by its auto-configuration as in the platform, with a stand-in for the audit
 * service behind Axon's query bus.
 */
@SpringBootApplication
class AuditEdgeTestApplication {

  @Bean
  StandInAuditService standInAuditService() {
    return new StandInAuditService();
  }
}
