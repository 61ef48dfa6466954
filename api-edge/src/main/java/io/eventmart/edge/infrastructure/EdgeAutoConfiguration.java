package io.eventmart.edge.infrastructure;

import io.eventmart.edge.account.AccountConfiguration;
import io.eventmart.edge.audit.AuditConfiguration;
import io.eventmart.edge.security.SecurityConfiguration;
import io.eventmart.edge.shop.ShopConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * The HTTP edge, wherever its jar is on the classpath (the standalone platform, or the edge service
 * against Axon Server): cross-cutting web concerns, security, and one configuration per feature.
 */
@AutoConfiguration
@EnableConfigurationProperties(EdgeProperties.class)
@Import({
  EdgeWebConfiguration.class,
  SecurityConfiguration.class,
  AccountConfiguration.class,
  ShopConfiguration.class,
  AuditConfiguration.class
})
public class EdgeAutoConfiguration {}
