package io.eventmart.inventory.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.product.ProductCommand.RegisterProduct;
import io.eventmart.testsupport.EventStoreTable;
import io.eventmart.testsupport.TestPostgres;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The stand-alone service starts from its main class with its own {@code inventory-service.yml}.
 * Axon Server is not available here, so the test switches it off (and picks a free port); every
 * other setting is the service's own.
 */
class InventoryServiceApplicationIT {

  @Test
  void startsWithItsOwnSettingsAndHandlesProductCommands() {
    TestPostgres.Database database = TestPostgres.freshDatabase("inventory_service");

    try (var service =
        InventoryServiceApplication.start(
            "--axon.axonserver.enabled=false",
            "--server.port=0",
            "--spring.datasource.url=" + database.url(),
            "--spring.datasource.username=" + database.user(),
            "--spring.datasource.password=" + database.password())) {
      var environment = service.getEnvironment();
      assertThat(environment.getProperty("spring.application.name")).isEqualTo("inventory-service");
      assertThat(environment.getProperty("eventmart.inventory.snapshot-threshold"))
          .isEqualTo("100");
      assertThat(service.getBean(InventoryProperties.class).snapshotThreshold()).isEqualTo(100);

      UUID product = UUID.randomUUID();
      service
          .getBean(CommandGateway.class)
          .sendAndWait(
              new RegisterProduct(
                  product, "SVC-1", "Mug", "", "Kitchen", Money.of("5.00", "EUR"), 1, 0));
      EventStoreTable events = new EventStoreTable(service.getBean(JdbcTemplate.class));
      assertThat(events.eventCountOf(product)).isEqualTo(2);
    }
  }
}
