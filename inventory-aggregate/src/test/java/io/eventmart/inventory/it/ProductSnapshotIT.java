package io.eventmart.inventory.it;

import static io.eventmart.inventory.it.Registrations.registration;
import static io.eventmart.inventory.it.Registrations.uniqueSku;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.product.ProductCommand.ChangeProductPrice;
import io.eventmart.contracts.product.ProductCommand.CommitStock;
import io.eventmart.contracts.product.ProductCommand.ReleaseStock;
import io.eventmart.contracts.product.ProductCommand.ReserveStock;
import io.eventmart.contracts.product.ProductCommand.RestockProduct;
import io.eventmart.inventory.product.CurrencyMismatch;
import io.eventmart.inventory.product.Product;
import io.eventmart.inventory.product.ProductAlreadyRegistered;
import io.eventmart.support.command.CommandFailures;
import io.eventmart.testsupport.EventStoreTable;
import io.eventmart.testsupport.TestPostgres;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A busy product is snapshotted (default threshold: 100 events), and its whole state survives the
 * Jackson round trip: to prove it, the events the snapshot stands for are deleted, so only the
 * snapshot can tell the product what happened before.
 */
@SpringBootTest(
    classes = InventoryTestApplication.class,
    properties = "axon.axonserver.enabled=false")
class ProductSnapshotIT {

  private static final int ORDERS = 120;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.freshDatabase("inventory_snapshot").registerAsDataSource(registry);
  }

  @Autowired CommandGateway commands;
  @Autowired JdbcTemplate jdbc;

  @Test
  void keepsBehavingTheSameWhenLoadedFromItsSnapshot() {
    EventStoreTable eventStore = new EventStoreTable(jdbc);
    UUID product = UUID.randomUUID();
    String sku = uniqueSku();
    List<UUID> orders = IntStream.range(0, ORDERS).mapToObj(i -> UUID.randomUUID()).toList();

    // 200 on hand, low below 85: the 116th single-unit reservation makes the product low.
    commands.sendAndWait(registration(product, sku, 200, 85));
    orders.forEach(order -> commands.sendAndWait(new ReserveStock(product, order, 1)));
    assertThat(eventStore.eventCountOf(product)).isEqualTo(2 + ORDERS + 1);

    Map<String, Object> snapshot =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(() -> latestSnapshotOf(product), row -> !row.isEmpty());
    assertThat(snapshot.get("payload_type")).isEqualTo(Product.class.getName());
    assertThat(snapshot.get("payload_revision")).isEqualTo("1");
    long snapshotSequence = (Long) snapshot.get("sequence_number");
    jdbc.update(
        "DELETE FROM eventstore.domain_event_entry"
            + " WHERE aggregate_identifier = ? AND sequence_number <= ?",
        product.toString(),
        snapshotSequence);
    int eventsBefore = eventStore.eventCountOf(product);

    // Lines reserved before the snapshot are remembered: a repeat changes nothing...
    commands.sendAndWait(new ReserveStock(product, orders.get(0), 1));
    // ...and they can be released and shipped with their quantities.
    commands.sendAndWait(new ReleaseStock(product, orders.get(0), "order cancelled"));
    commands.sendAndWait(new ReserveStock(product, UUID.randomUUID(), 1));
    commands.sendAndWait(new CommitStock(product, orders.get(1)));
    // The low-stock state and threshold survived: no second detection above, a resolution here.
    commands.sendAndWait(new RestockProduct(product, 10));
    // So did the catalog entry: its currency, and the SKU that makes a registration a retry.
    assertThat(refusalCode(new ChangeProductPrice(product, Money.of("9.99", "USD"))))
        .isEqualTo(CurrencyMismatch.CODE);
    commands.sendAndWait(registration(product, sku));
    assertThat(refusalCode(registration(product, uniqueSku())))
        .isEqualTo(ProductAlreadyRegistered.CODE);

    List<String> types = eventStore.eventTypesOf(product);
    assertThat(types.subList(eventsBefore, types.size()))
        .containsExactly(
            "StockReleased",
            "StockReserved",
            "StockCommitted",
            "StockRestocked",
            "LowStockResolved");
    var payloads = eventStore.payloadsOf(product);
    var levelsAfterRestock = payloads.get(payloads.size() - 2).get("levels");
    assertThat(levelsAfterRestock.get("onHand").asInt()).isEqualTo(209);
    assertThat(levelsAfterRestock.get("reserved").asInt()).isEqualTo(ORDERS - 1);
    assertThat(levelsAfterRestock.get("available").asInt()).isEqualTo(90);
  }

  private Map<String, Object> latestSnapshotOf(UUID product) {
    return jdbc
        .queryForList(
            "SELECT sequence_number, payload_type, payload_revision"
                + " FROM eventstore.snapshot_event_entry WHERE aggregate_identifier = ?"
                + " ORDER BY sequence_number DESC LIMIT 1",
            product.toString())
        .stream()
        .findFirst()
        .orElse(Map.of());
  }

  private String refusalCode(Object command) {
    Throwable failure = catchThrowable(() -> commands.sendAndWait(command));
    return CommandFailures.domainErrorOf(failure)
        .orElseThrow(() -> new AssertionError("not a refusal", failure))
        .code();
  }
}
