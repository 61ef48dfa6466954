package io.eventmart.inventory.it;

import static io.eventmart.inventory.it.Registrations.registration;
import static io.eventmart.inventory.it.Registrations.uniqueSku;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.product.ProductCommand.ChangeProductDetails;
import io.eventmart.contracts.product.ProductCommand.ChangeProductPrice;
import io.eventmart.contracts.product.ProductCommand.DiscontinueProduct;
import io.eventmart.contracts.product.ProductStatus;
import io.eventmart.contracts.product.query.OrderableProduct;
import io.eventmart.contracts.product.query.ProductQuery.FindProductsForOrdering;
import io.eventmart.testsupport.TestPostgres;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The product registry orders consult: current the moment a product command returns, because it is
 * written in the same transaction as the product's events.
 */
@SpringBootTest(
    classes = InventoryTestApplication.class,
    properties = "axon.axonserver.enabled=false")
class ProductRegistryIT {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.freshDatabase("inventory_registry").registerAsDataSource(registry);
  }

  @Autowired CommandGateway commands;
  @Autowired QueryGateway queries;

  @Test
  void answersWithTheCurrentNamePriceAndStatusAsSoonAsACommandReturns() {
    UUID kept = UUID.randomUUID();
    UUID retired = UUID.randomUUID();
    commands.sendAndWait(registration(kept, uniqueSku()));
    commands.sendAndWait(registration(retired, uniqueSku()));
    commands.sendAndWait(new ChangeProductDetails(kept, "Kettle XL", "bigger", "kitchen"));
    commands.sendAndWait(new ChangeProductPrice(kept, Money.of("44.50", "EUR")));
    commands.sendAndWait(new DiscontinueProduct(retired));

    List<OrderableProduct> answer = ask(Set.of(kept, retired, UUID.randomUUID()));

    assertThat(answer)
        .containsExactlyInAnyOrder(
            new OrderableProduct(kept, "Kettle XL", Money.of("44.50", "EUR"), ProductStatus.ACTIVE),
            new OrderableProduct(
                retired,
                registration(retired, "any").name(),
                registration(retired, "any").price(),
                ProductStatus.DISCONTINUED));
  }

  @Test
  void knowsNothingOfProductsThatWereNeverRegistered() {
    assertThat(ask(Set.of(UUID.randomUUID()))).isEmpty();
  }

  private List<OrderableProduct> ask(Set<UUID> productIds) {
    return queries
        .query(
            new FindProductsForOrdering(productIds),
            ResponseTypes.multipleInstancesOf(OrderableProduct.class))
        .join();
  }
}
