package io.eventmart.platform;

import static io.eventmart.contracts.order.FailureReason.OUT_OF_STOCK;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.contracts.order.OrderStatus;
import io.eventmart.contracts.product.StockEvent;
import io.eventmart.contracts.product.StockLevels;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Many customers want the same scarce product at the same moment. */
@PlatformTest
class ConcurrentOrdersIT {

  private static final int UNITS = 50;
  private static final int ORDERS = 200;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    PlatformServers.register(registry, "platform_concurrent");
  }

  @Autowired Shop shop;

  @Test
  void confirmsExactlyAsManyOrdersAsThereAreUnitsAndNeverOversells() {
    var console = shop.product("Console", "499.00", UNITS);

    List<UUID> orders;
    ExecutorService customers = Executors.newFixedThreadPool(50);
    try {
      List<CompletableFuture<UUID>> placed =
          IntStream.range(0, ORDERS)
              .mapToObj(
                  i ->
                      CompletableFuture.supplyAsync(
                          () -> shop.order("tok_visa", console.line(1)), customers))
              .toList();
      orders = placed.stream().map(CompletableFuture::join).toList();
    } finally {
      customers.shutdown();
    }

    Map<OrderStatus, Long> outcomes =
        orders.stream()
            .map(shop::awaitSettled)
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    assertThat(outcomes)
        .containsEntry(OrderStatus.CONFIRMED, (long) UNITS)
        .containsEntry(OrderStatus.FAILED, (long) (ORDERS - UNITS))
        .hasSize(2);
    assertThat(orders)
        .filteredOn(order -> shop.orderStatus(order) == OrderStatus.FAILED)
        .allSatisfy(order -> assertThat(shop.failureReason(order)).contains(OUT_OF_STOCK));

    assertThat(shop.stock(console.id())).isEqualTo(StockLevels.of(UNITS, UNITS));
    assertThat(shop.payloads(console.id()))
        .filteredOn(StockEvent.StockReserved.class::isInstance)
        .hasSize(UNITS)
        .allSatisfy(
            e -> assertThat(((StockEvent.StockReserved) e).levels().available()).isNotNegative());
  }
}
