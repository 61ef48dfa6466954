package io.eventmart.catalog.it;

import static io.eventmart.catalog.it.ProductBuilder.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.common.PageRequest;
import io.eventmart.contracts.product.ProductEvent.ProductDetailsChanged;
import io.eventmart.contracts.product.ProductEvent.ProductDiscontinued;
import io.eventmart.contracts.product.ProductEvent.ProductPriceChanged;
import io.eventmart.contracts.product.ProductStatus;
import io.eventmart.contracts.product.ReservationRejectionReason;
import io.eventmart.contracts.product.StockEvent.LowStockDetected;
import io.eventmart.contracts.product.StockEvent.LowStockResolved;
import io.eventmart.contracts.product.StockEvent.StockCommitted;
import io.eventmart.contracts.product.StockEvent.StockCountCorrected;
import io.eventmart.contracts.product.StockEvent.StockReleased;
import io.eventmart.contracts.product.StockEvent.StockReservationRejected;
import io.eventmart.contracts.product.StockEvent.StockReserved;
import io.eventmart.contracts.product.StockEvent.StockRestocked;
import io.eventmart.contracts.product.StockLevels;
import io.eventmart.contracts.product.query.CategoryView;
import io.eventmart.contracts.product.query.InventoryView;
import io.eventmart.contracts.product.query.ProductPage;
import io.eventmart.contracts.product.query.ProductQuery.FindProducts;
import io.eventmart.contracts.product.query.ProductSort;
import io.eventmart.contracts.product.query.ProductView;
import io.eventmart.testsupport.TestPostgres;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Products, their stock, categories and the product list, given the product aggregate's events. */
@CatalogTest
class ProductCatalogIT {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.freshDatabase("catalog_products").registerAsDataSource(registry);
  }

  @Autowired EventFeed given;
  @Autowired Catalog catalog;

  @Test
  void showsARegisteredProductWithItsOpeningStock() {
    ProductBuilder kettle =
        aProduct().named("Kettle").in("kitchen").pricedAt("25.00").withStock(10).lowBelow(3);
    Instant registeredAt = given.product(kettle.id(), kettle.registration());
    Instant stockedAt = given.product(kettle.id(), kettle.openingStock());

    catalog.awaitCaughtUp();

    assertThat(catalog.product(kettle.id()))
        .contains(
            new ProductView(
                kettle.id(),
                kettle.sku(),
                "Kettle",
                kettle.description(),
                "kitchen",
                new BigDecimal("25.00"),
                "EUR",
                ProductStatus.ACTIVE,
                10,
                0,
                10,
                3,
                false,
                registeredAt,
                stockedAt));
    assertThat(catalog.inventory(kettle.id()))
        .contains(new InventoryView(kettle.id(), 10, 0, 10, 3));
  }

  @Test
  void followsDetailsPriceAndDiscontinuation() {
    ProductBuilder kettle = aProduct().pricedAt("25.00");
    UUID id = kettle.id();
    given.product(id, kettle.registered());
    given.product(
        id,
        new ProductDetailsChanged(id, "Kettle XL", "Boils more", "appliances"),
        new ProductPriceChanged(id, Money.of("25.00", "EUR"), Money.of("29.90", "EUR")));
    Instant discontinuedAt = given.product(id, new ProductDiscontinued(id));

    catalog.awaitCaughtUp();

    ProductView product = catalog.product(id).orElseThrow();
    assertThat(product.name()).isEqualTo("Kettle XL");
    assertThat(product.description()).isEqualTo("Boils more");
    assertThat(product.category()).isEqualTo("appliances");
    assertThat(product.price()).isEqualTo(new BigDecimal("29.90"));
    assertThat(product.status()).isEqualTo(ProductStatus.DISCONTINUED);
    assertThat(product.updatedAt()).isEqualTo(discontinuedAt);
  }

  @Test
  void takesTheStockLevelsEveryStockEventReportsAndFlagsLowStock() {
    ProductBuilder lamp = aProduct().withStock(5).lowBelow(3);
    UUID id = lamp.id();
    UUID firstOrder = UUID.randomUUID();
    UUID secondOrder = UUID.randomUUID();
    given.product(id, lamp.registered());
    given.product(
        id,
        new StockReserved(id, firstOrder, 3, StockLevels.of(5, 3)),
        new LowStockDetected(id, 2, 3),
        new StockReservationRejected(
            id, UUID.randomUUID(), 4, 2, ReservationRejectionReason.INSUFFICIENT_STOCK));

    catalog.awaitCaughtUp();
    assertThat(catalog.inventory(id)).contains(new InventoryView(id, 5, 3, 2, 3));
    assertThat(catalog.product(id).orElseThrow().lowStock()).isTrue();

    given.product(
        id,
        new StockReleased(id, firstOrder, 3, "Order cancelled", StockLevels.of(5, 0)),
        new LowStockResolved(id, 5, 3),
        new StockRestocked(id, 10, StockLevels.of(15, 0)),
        new StockReserved(id, secondOrder, 4, StockLevels.of(15, 4)),
        new StockCommitted(id, secondOrder, 4, StockLevels.of(11, 0)),
        new StockCountCorrected(id, 11, "Two were broken", StockLevels.of(9, 0)));

    catalog.awaitCaughtUp();
    assertThat(catalog.inventory(id)).contains(new InventoryView(id, 9, 0, 9, 3));
    ProductView product = catalog.product(id).orElseThrow();
    assertThat(product.lowStock()).isFalse();
    assertThat(product.availableStock()).isEqualTo(9);
  }

  @Test
  void knowsNothingOfAProductNeverRegistered() {
    UUID unknown = UUID.randomUUID();

    assertThat(catalog.product(unknown)).isEmpty();
    assertThat(catalog.inventory(unknown)).isEmpty();
  }

  @Test
  void countsTheProductsOnSalePerCategory() {
    String garden = unique("garden");
    String tools = unique("tools");
    String retired = unique("retired");
    register(aProduct().in(garden));
    register(aProduct().in(garden));
    register(aProduct().in(tools));
    discontinue(register(aProduct().in(tools)));
    discontinue(register(aProduct().in(retired)));

    catalog.awaitCaughtUp();

    List<CategoryView> categories = catalog.categories();
    assertThat(categories).contains(new CategoryView(garden, 2), new CategoryView(tools, 1));
    assertThat(categories).extracting(CategoryView::name).doesNotContain(retired);
    assertThat(categories).isSortedAccordingTo(Comparator.comparing(CategoryView::name));
  }

  @Test
  void filtersByCategoryPriceRangeAndAvailability() {
    String category = unique("filters");
    UUID cheap = register(aProduct().in(category).pricedAt("5.00"));
    UUID middle = register(aProduct().in(category).pricedAt("10.00"));
    UUID soldOut = register(aProduct().in(category).pricedAt("15.00").withStock(0));
    UUID upper = register(aProduct().in(category).pricedAt("20.00"));
    UUID dear = register(aProduct().in(category).pricedAt("40.00"));
    discontinue(register(aProduct().in(category).pricedAt("12.00")));
    register(aProduct().in(unique("elsewhere")).pricedAt("10.00"));

    catalog.awaitCaughtUp();

    assertThat(ids(filtered(category, null, null, null)))
        .containsExactlyInAnyOrder(cheap, middle, soldOut, upper, dear);
    assertThat(ids(filtered(category, "10.00", null, null)))
        .containsExactlyInAnyOrder(middle, soldOut, upper, dear);
    assertThat(ids(filtered(category, null, "15.00", null)))
        .containsExactlyInAnyOrder(cheap, middle, soldOut);
    assertThat(ids(filtered(category, "10.00", "20.00", null)))
        .containsExactlyInAnyOrder(middle, soldOut, upper);
    assertThat(ids(filtered(category, null, null, true)))
        .containsExactlyInAnyOrder(cheap, middle, upper, dear);
    assertThat(ids(filtered(category, null, null, false))).containsExactly(soldOut);
    assertThat(ids(filtered(category, "10.00", "20.00", true)))
        .containsExactlyInAnyOrder(middle, upper);
  }

  @Test
  void sortsByNamePriceOrNewestFirst() {
    String category = unique("sorts");
    register(aProduct().in(category).named("banana").pricedAt("3.00"));
    register(aProduct().in(category).named("Apple").pricedAt("7.00"));
    register(aProduct().in(category).named("cherry").pricedAt("5.00"));

    catalog.awaitCaughtUp();

    assertThat(names(sorted(category, ProductSort.NAME)))
        .containsExactly("Apple", "banana", "cherry");
    assertThat(names(sorted(category, ProductSort.PRICE_ASC)))
        .containsExactly("banana", "cherry", "Apple");
    assertThat(names(sorted(category, ProductSort.PRICE_DESC)))
        .containsExactly("Apple", "cherry", "banana");
    assertThat(names(sorted(category, ProductSort.NEWEST)))
        .containsExactly("cherry", "Apple", "banana");
  }

  @Test
  void pagesThroughTheListWithItsTotal() {
    String category = unique("pages");
    for (int i = 1; i <= 5; i++) {
      register(aProduct().in(category).named("Product " + i));
    }

    catalog.awaitCaughtUp();

    ProductPage first = page(category, 0);
    assertThat(names(first)).containsExactly("Product 1", "Product 2");
    assertThat(first.page()).isZero();
    assertThat(first.size()).isEqualTo(2);
    assertThat(first.totalItems()).isEqualTo(5);
    assertThat(names(page(category, 1))).containsExactly("Product 3", "Product 4");
    assertThat(names(page(category, 2))).containsExactly("Product 5");
    ProductPage beyond = page(category, 3);
    assertThat(beyond.items()).isEmpty();
    assertThat(beyond.totalItems()).isEqualTo(5);
  }

  private UUID register(ProductBuilder product) {
    given.product(product.id(), product.registered());
    return product.id();
  }

  private void discontinue(UUID productId) {
    given.product(productId, new ProductDiscontinued(productId));
  }

  private ProductPage filtered(String category, String minPrice, String maxPrice, Boolean inStock) {
    return catalog.products(
        new FindProducts(
            category,
            minPrice == null ? null : new BigDecimal(minPrice),
            maxPrice == null ? null : new BigDecimal(maxPrice),
            inStock,
            ProductSort.NAME,
            PageRequest.first(PageRequest.MAX_SIZE)));
  }

  private ProductPage sorted(String category, ProductSort sort) {
    return catalog.products(
        new FindProducts(
            category, null, null, null, sort, PageRequest.first(PageRequest.MAX_SIZE)));
  }

  private ProductPage page(String category, int page) {
    return catalog.products(
        new FindProducts(category, null, null, null, ProductSort.NAME, new PageRequest(page, 2)));
  }

  private static List<UUID> ids(ProductPage page) {
    return page.items().stream().map(ProductView::productId).toList();
  }

  private static List<String> names(ProductPage page) {
    return page.items().stream().map(ProductView::name).toList();
  }

  /** A category name no other test uses, so each test sees only its own products. */
  private static String unique(String category) {
    return category + "-" + UUID.randomUUID();
  }
}
