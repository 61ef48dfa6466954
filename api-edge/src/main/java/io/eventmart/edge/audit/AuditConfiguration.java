package io.eventmart.edge.audit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

/** The audit endpoints: histories, states, correlations and verifiable NDJSON exports. */
@Configuration(proxyBeanMethods = false)
@Import(AuditController.class)
public class AuditConfiguration {

  @Bean
  NdjsonExport auditNdjsonExport(JsonMapper json) {
    return new NdjsonExport(json);
  }
}
