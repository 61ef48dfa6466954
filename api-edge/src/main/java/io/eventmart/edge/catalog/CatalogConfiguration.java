package io.eventmart.edge.catalog;

import io.eventmart.edge.shop.PlatformGateway;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The catalog: products, categories and stock; with {@code eventmart.edge.demo-catalog=true} also
 * the demo products, registered once the application is ready.
 */
@Configuration(proxyBeanMethods = false)
@Import({ProductController.class, InventoryController.class})
public class CatalogConfiguration {

  @Bean
  @ConditionalOnBooleanProperty("eventmart.edge.demo-catalog")
  ApplicationListener<ApplicationReadyEvent> demoCatalog(PlatformGateway platform) {
    DemoCatalog catalog = new DemoCatalog(platform);
    return ready -> catalog.seedInBackground();
  }
}
