package io.eventmart.search.query;

import static io.eventmart.search.it.Catalog.product;
import static io.eventmart.search.it.Searches.everything;
import static io.eventmart.search.it.Searches.forText;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.contracts.search.SearchFacets.RangeCount;
import io.eventmart.contracts.search.SearchFacets.ValueCount;
import io.eventmart.contracts.search.SearchHit;
import io.eventmart.contracts.search.SearchResult;
import io.eventmart.contracts.search.SearchSort;
import io.eventmart.search.it.Catalog;
import io.eventmart.search.it.Projections;
import io.eventmart.search.it.SearchIndexes;
import io.eventmart.search.it.SearchTestApplication;
import io.eventmart.search.it.SearchTestSettings;
import io.eventmart.search.it.Searches;
import io.eventmart.support.projection.Projection;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Given a small catalog (nine products on sale, one discontinued), then the search questions: full
 * text with typos and ranking, every filter and sort, paging, exact facet counts, and suggestions.
 */
@SpringBootTest(classes = SearchTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductSearchIT {

  private static final SearchTestSettings SETTINGS = SearchTestSettings.forTest("search");

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    SETTINGS.register(registry);
  }

  @Autowired EventStore eventStore;
  @Autowired QueryGateway queryGateway;

  @Autowired
  @Qualifier("searchProjection") Projection projection;

  private final SearchIndexes indexes = new SearchIndexes(SETTINGS.elasticsearchUrl());
  private Searches searches;

  @BeforeAll
  void givenACatalog() {
    searches = new Searches(queryGateway);
    Catalog catalog = new Catalog(eventStore);
    catalog.register(
        product("Electric Kettle")
            .withDescription("Boils water in two minutes")
            .inCategory("Kitchen")
            .costing("39.99")
            .withStock(12));
    catalog.register(
        product("Stainless Steel Kettle")
            .withDescription("Whistling kettle for gas stoves")
            .inCategory("Kitchen")
            .costing("24.50")
            .withStock(0));
    catalog.register(
        product("Tea Towel")
            .withDescription("Soaks up what a kettle spills")
            .inCategory("Kitchen")
            .costing("8.00")
            .withStock(40));
    catalog.register(
        product("Espresso Machine")
            .withDescription("Fifteen bar pump with milk frother")
            .inCategory("Kitchen")
            .costing("249.00")
            .withStock(3));
    catalog.register(
        product("Desk Lamp")
            .withDescription("LED lamp with dimmer")
            .inCategory("Office")
            .costing("45.00")
            .withStock(7));
    catalog.register(
        product("Office Chair")
            .withDescription("Ergonomic chair with lumbar support")
            .inCategory("Office")
            .costing("250.00")
            .withStock(2));
    catalog.register(
        product("Fountain Pen")
            .withDescription("Steel nib, refillable")
            .inCategory("Office")
            .costing("25.00")
            .withStock(0));
    catalog.register(
        product("Garden Hose")
            .withDescription("Twenty metres, with nozzle")
            .inCategory("Garden")
            .costing("50.00")
            .withStock(5));
    UUID retired =
        catalog.register(
            product("Retired Kettle")
                .withDescription("The kettle of last year")
                .inCategory("Kitchen")
                .costing("19.00")
                .withStock(5));
    catalog.discontinue(retired);
    catalog.register(
        product("Desk Lamp")
            .withDescription("Brass, with a green shade")
            .inCategory("Office")
            .costing("89.00")
            .withStock(1));
    Projections.awaitCaughtUp(projection, indexes, SETTINGS.indexPrefix());
  }

  @AfterAll
  void removeTheIndexes() throws Exception {
    indexes.deleteAllStartingWith(SETTINGS.indexPrefix());
    indexes.close();
  }

  @Test
  void findsAProductDespiteATypo() {
    assertThat(searches.names(forText("kettel")))
        .contains("Electric Kettle", "Stainless Steel Kettle");
  }

  @Test
  void ranksNameMatchesAboveDescriptionMatches() {
    List<String> found = searches.names(forText("kettle"));

    assertThat(found).hasSize(3);
    assertThat(found.subList(0, 2))
        .containsExactlyInAnyOrder("Electric Kettle", "Stainless Steel Kettle");
    assertThat(found.get(2)).isEqualTo("Tea Towel");
  }

  @Test
  void matchesEveryProductOnSaleForABlankText() {
    assertThat(searches.run(everything()).totalItems()).isEqualTo(9);
    assertThat(searches.run(forText("   ")).totalItems()).isEqualTo(9);
  }

  @Test
  void neverFindsADiscontinuedProduct() {
    assertThat(searches.names(forText("retired"))).isEmpty();
    assertThat(searches.names(everything().page(0, 100))).doesNotContain("Retired Kettle");
    assertThat(searches.suggest("retired", 10)).isEmpty();
  }

  @Test
  void filtersByCategory() {
    assertThat(searches.names(everything().inCategory("Office")))
        .containsExactlyInAnyOrder("Desk Lamp", "Desk Lamp", "Office Chair", "Fountain Pen");
  }

  @Test
  void filtersByAPriceRangeIncludingItsBounds() {
    assertThat(searches.names(everything().pricedBetween("25.00", "50.00")))
        .containsExactlyInAnyOrder("Fountain Pen", "Electric Kettle", "Desk Lamp", "Garden Hose");
    assertThat(searches.names(everything().pricedBetween("200", null)))
        .containsExactlyInAnyOrder("Espresso Machine", "Office Chair");
    assertThat(searches.names(everything().pricedBetween(null, "10"))).containsExactly("Tea Towel");
  }

  @Test
  void filtersProductsInStock() {
    assertThat(searches.names(everything().inStockOnly()))
        .hasSize(7)
        .doesNotContain("Stainless Steel Kettle", "Fountain Pen");
    assertThat(searches.names(forText("kettle").inStockOnly()))
        .containsExactly("Electric Kettle", "Tea Towel");
  }

  @Test
  void sortsByPriceBothWays() {
    List<String> cheapestFirst =
        List.of(
            "Tea Towel",
            "Stainless Steel Kettle",
            "Fountain Pen",
            "Electric Kettle",
            "Desk Lamp",
            "Garden Hose",
            "Desk Lamp",
            "Espresso Machine",
            "Office Chair");
    assertThat(searches.names(everything().sortedBy(SearchSort.PRICE_ASC)))
        .containsExactlyElementsOf(cheapestFirst);
    List<String> dearestFirst = new ArrayList<>(cheapestFirst);
    Collections.reverse(dearestFirst);
    assertThat(searches.names(everything().sortedBy(SearchSort.PRICE_DESC)))
        .containsExactlyElementsOf(dearestFirst);
    assertThat(prices(everything().sortedBy(SearchSort.PRICE_ASC)))
        .isSortedAccordingTo(BigDecimal::compareTo);
  }

  @Test
  void sortsNewestFirst() {
    assertThat(searches.names(everything().sortedBy(SearchSort.NEWEST)))
        .containsExactly(
            "Desk Lamp",
            "Garden Hose",
            "Fountain Pen",
            "Office Chair",
            "Desk Lamp",
            "Espresso Machine",
            "Tea Towel",
            "Stainless Steel Kettle",
            "Electric Kettle");
  }

  @Test
  void sortsByRelevanceWithTheBestMatchFirst() {
    SearchResult result = searches.run(forText("espresso machine"));

    assertThat(result.items()).first().extracting(SearchHit::name).isEqualTo("Espresso Machine");
    assertThat(result.items())
        .extracting(SearchHit::score)
        .isSortedAccordingTo((a, b) -> Double.compare(b, a));
  }

  @Test
  void pagesThroughAllMatchesWithTheirTotal() {
    List<String> all = searches.names(everything().sortedBy(SearchSort.PRICE_ASC));
    List<String> paged = new ArrayList<>();
    for (int page = 0; page < 3; page++) {
      SearchResult result = searches.run(everything().sortedBy(SearchSort.PRICE_ASC).page(page, 4));
      assertThat(result.totalItems()).isEqualTo(9);
      assertThat(result.page()).isEqualTo(page);
      assertThat(result.size()).isEqualTo(4);
      paged.addAll(result.items().stream().map(SearchHit::name).toList());
    }
    assertThat(paged).containsExactlyElementsOf(all);
  }

  @Test
  void answersAPageBeyondTheSearchWindowWithNoItemsButTheTotal() {
    SearchResult result = searches.run(everything().page(150, 100));

    assertThat(result.items()).isEmpty();
    assertThat(result.totalItems()).isEqualTo(9);
  }

  @Test
  void countsEveryMatchInTheFacets() {
    var facets = searches.run(everything().page(0, 1)).facets();

    assertThat(facets.categories())
        .containsExactly(
            new ValueCount("Kitchen", 4), new ValueCount("Office", 4), new ValueCount("Garden", 1));
    assertThat(facets.priceRanges())
        .containsExactly(
            range("0", "25", 2),
            range("25", "50", 3),
            range("50", "100", 2),
            range("100", "250", 1),
            range("250", null, 1));
  }

  @Test
  void countsOnlyTheMatchesOfTheSearchInTheFacets() {
    var facets = searches.run(forText("kettle").inStockOnly()).facets();

    assertThat(facets.categories()).containsExactly(new ValueCount("Kitchen", 2));
    assertThat(facets.priceRanges())
        .containsExactly(
            range("0", "25", 1),
            range("25", "50", 1),
            range("50", "100", 0),
            range("100", "250", 0),
            range("250", null, 0));
  }

  @Test
  void returnsWhatAHitShows() {
    SearchHit kettle = searches.run(forText("electric")).items().get(0);

    assertThat(kettle.name()).isEqualTo("Electric Kettle");
    assertThat(kettle.description()).isEqualTo("Boils water in two minutes");
    assertThat(kettle.category()).isEqualTo("Kitchen");
    assertThat(kettle.price()).isEqualByComparingTo("39.99");
    assertThat(kettle.currency()).isEqualTo("EUR");
    assertThat(kettle.availableStock()).isEqualTo(12);
    assertThat(kettle.score()).isPositive();
  }

  @Test
  void suggestsNamesForAPrefixOfAnyOfTheirWords() {
    assertThat(searches.suggest("ket", 10))
        .containsExactlyInAnyOrder("Electric Kettle", "Stainless Steel Kettle");
    assertThat(searches.suggest("steel ke", 10)).containsExactly("Stainless Steel Kettle");
    assertThat(searches.suggest("Espr", 10)).containsExactly("Espresso Machine");
  }

  @Test
  void suggestsEachNameOnceAndNoMoreThanTheLimit() {
    assertThat(searches.suggest("desk", 10)).containsExactly("Desk Lamp");
    assertThat(searches.suggest("e", 1)).hasSize(1);
    assertThat(searches.suggest("e", 10))
        .contains("Electric Kettle", "Espresso Machine")
        .doesNotHaveDuplicates();
  }

  private List<BigDecimal> prices(Searches.Search search) {
    return searches.run(search).items().stream().map(SearchHit::price).toList();
  }

  private static RangeCount range(String from, String to, long count) {
    return new RangeCount(new BigDecimal(from), to == null ? null : new BigDecimal(to), count);
  }
}
