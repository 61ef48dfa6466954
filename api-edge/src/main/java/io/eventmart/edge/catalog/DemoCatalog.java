package io.eventmart.edge.catalog;

import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.metadata.EventMetadata;
import io.eventmart.contracts.product.ProductCommand.RegisterProduct;
import io.eventmart.contracts.product.ProductLimits;
import io.eventmart.edge.shop.PlatformGateway;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A small catalog to try the shop with ({@code eventmart.edge.demo-catalog=true}): twenty products
 * in five categories, with stock. Each product's id follows from its SKU, so seeding again — every
 * start with the flag on — registers the same products, which the product aggregate treats as
 * retries that change nothing.
 */
final class DemoCatalog {

  /** The correlation id of everything the seeding causes, to find it in the audit trail. */
  static final String CORRELATION_ID = "demo-catalog";

  private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);

  /** One demo product: SKU, name, category, price in EUR, opening stock. */
  record Item(
      String sku, String name, String description, String category, String price, int stock) {}

  static final List<Item> ITEMS =
      List.of(
          new Item(
              "DEMO-BOOK-001",
              "Domain-Driven Design",
              "Tackling complexity in the heart of software.",
              "Books",
              "54.90",
              40),
          new Item(
              "DEMO-BOOK-002",
              "Designing Data-Intensive Applications",
              "The big ideas behind reliable, scalable and maintainable systems.",
              "Books",
              "45.50",
              35),
          new Item(
              "DEMO-BOOK-003",
              "Implementing Domain-Driven Design",
              "Aggregates, bounded contexts and events in practice.",
              "Books",
              "49.90",
              25),
          new Item(
              "DEMO-BOOK-004",
              "Enterprise Integration Patterns",
              "Messaging solutions for connecting applications.",
              "Books",
              "59.00",
              20),
          new Item(
              "DEMO-ELEC-001",
              "Mechanical Keyboard",
              "Tenkeyless keyboard with tactile switches.",
              "Electronics",
              "119.00",
              30),
          new Item(
              "DEMO-ELEC-002",
              "Noise-Cancelling Headphones",
              "Wireless over-ear headphones with 30 hours of battery.",
              "Electronics",
              "249.00",
              15),
          new Item(
              "DEMO-ELEC-003",
              "USB-C Docking Station",
              "Two displays, ethernet and power delivery through one cable.",
              "Electronics",
              "139.90",
              25),
          new Item(
              "DEMO-ELEC-004",
              "27-inch 4K Monitor",
              "IPS panel with USB-C input.",
              "Electronics",
              "379.00",
              8),
          new Item(
              "DEMO-KITC-001",
              "Espresso Machine",
              "Dual boiler espresso machine with a steam wand.",
              "Kitchen",
              "689.00",
              5),
          new Item(
              "DEMO-KITC-002",
              "Burr Coffee Grinder",
              "Conical burrs, forty grind settings.",
              "Kitchen",
              "159.00",
              12),
          new Item(
              "DEMO-KITC-003",
              "Cast Iron Skillet",
              "Pre-seasoned 26 cm skillet.",
              "Kitchen",
              "39.95",
              50),
          new Item(
              "DEMO-KITC-004",
              "Chef's Knife",
              "20 cm stainless steel chef's knife.",
              "Kitchen",
              "89.00",
              30),
          new Item(
              "DEMO-OUTD-001",
              "Trail Running Shoes",
              "Light shoes with a grippy outsole.",
              "Outdoor",
              "129.00",
              25),
          new Item(
              "DEMO-OUTD-002",
              "Two-Person Tent",
              "Freestanding tent, 1.9 kg.",
              "Outdoor",
              "299.00",
              6),
          new Item(
              "DEMO-OUTD-003",
              "Insulated Water Bottle",
              "Keeps drinks cold for 24 hours.",
              "Outdoor",
              "29.90",
              80),
          new Item(
              "DEMO-OUTD-004",
              "Headlamp",
              "Rechargeable headlamp, 400 lumen.",
              "Outdoor",
              "44.00",
              40),
          new Item(
              "DEMO-TOYS-001",
              "Wooden Train Set",
              "Eighty pieces of track, bridges and trains.",
              "Toys",
              "79.00",
              15),
          new Item(
              "DEMO-TOYS-002",
              "Building Blocks Starter Box",
              "Five hundred classic bricks.",
              "Toys",
              "34.99",
              45),
          new Item(
              "DEMO-TOYS-003", "Puzzle 1000 Pieces", "A harbour at dusk.", "Toys", "19.90", 60),
          new Item("DEMO-TOYS-004", "Kite", "Stunt kite for beginners.", "Toys", "49.00", 4));

  private final PlatformGateway platform;

  DemoCatalog(PlatformGateway platform) {
    this.platform = platform;
  }

  /** The id of the demo product with {@code sku}: always the same. */
  static UUID productId(String sku) {
    return UUID.nameUUIDFromBytes(
        ("eventmart:demo-product:" + sku).getBytes(StandardCharsets.UTF_8));
  }

  static RegisterProduct registration(Item item) {
    return new RegisterProduct(
        productId(item.sku()),
        item.sku(),
        item.name(),
        item.description(),
        item.category(),
        Money.of(item.price(), Money.DEFAULT_CURRENCY),
        item.stock(),
        ProductLimits.DEFAULT_LOW_STOCK_THRESHOLD);
  }

  /**
   * Registers every demo product (again) without holding up the start; a failure is logged, as the
   * shop works without the demo products.
   */
  void seedInBackground() {
    seed()
        .onErrorResume(
            failure -> {
              log.warn("Could not register the demo catalog", failure);
              return Mono.empty();
            })
        .subscribe();
  }

  /** Registers every demo product (again); completes when all are registered. */
  Mono<Void> seed() {
    return Flux.fromIterable(ITEMS)
        .map(DemoCatalog::registration)
        .concatMap(
            registration ->
                platform.send(
                    GenericCommandMessage.asCommandMessage(registration)
                        .andMetaData(Map.of(EventMetadata.CORRELATION_ID, CORRELATION_ID))))
        .then()
        .doOnSuccess(done -> log.info("Demo catalog ready: {} products", ITEMS.size()));
  }
}
