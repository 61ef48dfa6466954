package io.eventmart.catalog.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.contracts.cart.query.CartQuery.FindCart;
import io.eventmart.contracts.cart.query.CartView;
import io.eventmart.support.projection.Projection;
import io.eventmart.testsupport.TestPostgres;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The stand-alone service starts from its main class with its own {@code catalog-service.yml}. Axon
 * Server is not available here, so the test switches it off (and picks a free port); every other
 * setting is the service's own.
 */
class CatalogServiceApplicationIT {

  @Test
  void startsWithItsOwnSettingsAndAnswersCatalogQueries() {
    TestPostgres.Database database = TestPostgres.freshDatabase("catalog_service");

    try (var service =
        CatalogServiceApplication.start(
            "--axon.axonserver.enabled=false",
            "--server.port=0",
            "--spring.datasource.url=" + database.url(),
            "--spring.datasource.username=" + database.user(),
            "--spring.datasource.password=" + database.password(),
            "--spring.r2dbc.url=" + database.r2dbcUrl(),
            "--spring.r2dbc.username=" + database.user(),
            "--spring.r2dbc.password=" + database.password())) {
      assertThat(service.getEnvironment().getProperty("spring.application.name"))
          .isEqualTo("catalog-service");
      assertThat(service.getBean(CatalogProperties.class).segments()).isEqualTo(4);
      assertThat(service.getBean(Projection.class).name()).isEqualTo("catalog");

      UUID cartId = UUID.randomUUID();
      CartView cart =
          service
              .getBean(QueryGateway.class)
              .query(new FindCart(cartId), ResponseTypes.instanceOf(CartView.class))
              .join();
      assertThat(cart.items()).isEmpty();
      assertThat(
              service
                  .getBean(JdbcTemplate.class)
                  .queryForList(
                      "SELECT table_name FROM information_schema.tables"
                          + " WHERE table_schema = 'catalog'",
                      String.class))
          .contains("products", "orders", "payments", "carts");
    }
  }
}
