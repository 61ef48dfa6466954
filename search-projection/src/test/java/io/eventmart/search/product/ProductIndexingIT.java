package io.eventmart.search.product;

import static io.eventmart.search.it.Catalog.product;
import static io.eventmart.search.it.Searches.everything;
import static io.eventmart.search.it.Searches.forText;
import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import com.fasterxml.jackson.databind.JsonNode;
import io.eventmart.contracts.common.Money;
import io.eventmart.search.index.ProductIndex;
import io.eventmart.search.it.Catalog;
import io.eventmart.search.it.Projections;
import io.eventmart.search.it.SearchIndexes;
import io.eventmart.search.it.SearchIndexes.StoredHit;
import io.eventmart.search.it.SearchTestApplication;
import io.eventmart.search.it.SearchTestSettings;
import io.eventmart.search.it.Searches;
import io.eventmart.support.projection.Projection;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Given product events, then the documents: the explicit mapping, every change applied, the event
 * sequence as the document's version, and at-least-once delivery changing nothing.
 */
@SpringBootTest(classes = SearchTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductIndexingIT {

  private static final SearchTestSettings SETTINGS = SearchTestSettings.forTest("indexing");

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    SETTINGS.register(registry);
  }

  @Autowired EventStore eventStore;
  @Autowired QueryGateway queryGateway;
  @Autowired ProductIndex productIndex;
  @Autowired ProductIndexWriter writer;
  @Autowired MeterRegistry meters;
  @Autowired Configuration axon;
  @Autowired TokenStore tokenStore;
  @Autowired TransactionManager transactionManager;

  @Autowired
  @Qualifier("searchProjection") Projection projection;

  private final SearchIndexes indexes = new SearchIndexes(SETTINGS.elasticsearchUrl());
  private Catalog catalog;
  private Searches searches;

  @BeforeEach
  void connect() {
    catalog = new Catalog(eventStore);
    searches = new Searches(queryGateway);
  }

  @AfterAll
  void removeTheIndexes() throws Exception {
    indexes.deleteAllStartingWith(SETTINGS.indexPrefix());
    indexes.close();
  }

  @Test
  void indexesARegisteredProductUnderTheExplicitMapping() {
    UUID mug =
        catalog.register(
            product("Enamel Mug")
                .withDescription("Keeps coffee hot")
                .inCategory("Kitchen")
                .costing("12.50")
                .withStock(5));
    caughtUp();

    StoredHit document = document(mug);
    assertThat(document.version()).isEqualTo(1);
    JsonNode source = document.source();
    assertThat(source.get("productId").asText()).isEqualTo(mug.toString());
    assertThat(source.get("name").asText()).isEqualTo("Enamel Mug");
    assertThat(source.get("description").asText()).isEqualTo("Keeps coffee hot");
    assertThat(source.get("category").asText()).isEqualTo("Kitchen");
    assertThat(source.get("price").decimalValue()).isEqualByComparingTo("12.50");
    assertThat(source.get("currency").asText()).isEqualTo("EUR");
    assertThat(source.get("status").asText()).isEqualTo("ACTIVE");
    assertThat(source.get("availableStock").asInt()).isEqualTo(5);
    assertThat(source.get("createdAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    assertThat(source.get("suggest"))
        .extracting(JsonNode::asText)
        .containsExactly("Enamel Mug", "Mug");

    var mapping = indexes.mappingOf(productIndex.layout().searchIndex());
    assertThat(mapping.dynamic()).isEqualTo(DynamicMapping.Strict);
    Map<String, Property> fields = mapping.properties();
    assertThat(fields.get("name").text().analyzer()).isEqualTo("standard");
    assertThat(fields.get("name").text().fields().get("keyword").isKeyword()).isTrue();
    assertThat(fields.get("description").text().analyzer()).isEqualTo("standard");
    assertThat(fields.get("category").isKeyword()).isTrue();
    assertThat(fields.get("price").isDouble()).isTrue();
    assertThat(fields.get("currency").isKeyword()).isTrue();
    assertThat(fields.get("status").isKeyword()).isTrue();
    assertThat(fields.get("availableStock").isInteger()).isTrue();
    assertThat(fields.get("createdAt").isDate()).isTrue();
    assertThat(fields.get("suggest").isCompletion()).isTrue();
  }

  @Test
  void appliesEveryChangeAndVersionsTheDocumentByTheLastEvent() {
    UUID lamp = catalog.register(product("Lava Lamp").inCategory("Decor").costing("30.00"));
    catalog.changeDetails(lamp, "Lava Lamp XL", "Bigger blobs", "Lighting");
    catalog.reprice(lamp, "35.00");
    catalog.reserve(lamp, 2);
    caughtUp();

    StoredHit document = document(lamp);
    assertThat(document.version()).isEqualTo(catalog.lastSequenceOf(lamp)).isEqualTo(4);
    assertThat(document.source().get("name").asText()).isEqualTo("Lava Lamp XL");
    assertThat(document.source().get("description").asText()).isEqualTo("Bigger blobs");
    assertThat(document.source().get("category").asText()).isEqualTo("Lighting");
    assertThat(document.source().get("price").decimalValue()).isEqualByComparingTo("35.00");
    assertThat(document.source().get("availableStock").asInt()).isEqualTo(3);
  }

  @Test
  void ignoresAChangeOlderThanTheDocument() {
    UUID vase = catalog.register(product("Glass Vase").costing("20.00"));
    catalog.reprice(vase, "22.00");
    caughtUp();
    StoredHit before = document(vase);

    var late = new PendingWrites();
    late.add(vase, 2, document -> document.map(d -> d.withPrice(Money.of("1.00", "EUR"))));
    late.add(vase, 1, document -> document.map(d -> d.withAvailableStock(999)));
    writer.write(late);

    assertThat(document(vase)).isEqualTo(before);
  }

  @Test
  void ignoresAWriteOfAVersionTheIndexAlreadyHolds() {
    UUID bowl = catalog.register(product("Salad Bowl").costing("15.00"));
    caughtUp();
    StoredHit before = document(bowl);
    ProductDocument stored = writer.stored(java.util.Set.of(bowl)).get(bowl).document();
    double staleBefore = meters.counter(ProductIndexWriter.STALE_WRITES).count();

    writer.index(
        List.of(new DocumentWrite(stored.withPrice(Money.of("1.00", "EUR")), before.version())));

    assertThat(document(bowl)).isEqualTo(before);
    assertThat(meters.counter(ProductIndexWriter.STALE_WRITES).count()).isEqualTo(staleBefore + 1);
  }

  @Test
  void changesNothingWhenEveryEventIsDeliveredAgain() {
    UUID pot = catalog.register(product("Tea Pot").costing("18.00"));
    catalog.reprice(pot, "19.00");
    catalog.reserve(pot, 1);
    caughtUp();
    String before = indexes.checksum(productIndex.searchAlias());
    double writtenBefore = meters.counter(ProductIndexWriter.DOCUMENTS_WRITTEN).count();
    double staleBefore = meters.counter(ProductIndexWriter.STALE_WRITES).count();

    // As after a crash between the bulk request and the token's commit, at the largest scale:
    // the processor's token goes back to the very beginning, without a reset.
    StreamingEventProcessor processor = searchProcessor();
    processor.shutdownAsync().join();
    transactionManager.executeInTransaction(
        () -> tokenStore.storeToken(eventStore.createTailToken(), "search", 0));
    processor.start();
    caughtUp();

    assertThat(indexes.checksum(productIndex.searchAlias())).isEqualTo(before);
    // The documents converge either way; what shows the guard is that nothing was even sent.
    assertThat(meters.counter(ProductIndexWriter.DOCUMENTS_WRITTEN).count())
        .isEqualTo(writtenBefore);
    assertThat(meters.counter(ProductIndexWriter.STALE_WRITES).count()).isEqualTo(staleBefore);
  }

  @Test
  void followsTheAvailableStock() {
    UUID mug = catalog.register(product("Quokka Mug").withStock(2));
    caughtUp();
    assertThat(searches.names(forText("quokka").inStockOnly())).containsExactly("Quokka Mug");

    catalog.reserve(mug, 2);
    caughtUp();
    assertThat(searches.names(forText("quokka").inStockOnly())).isEmpty();
    assertThat(searches.run(forText("quokka")).items().get(0).availableStock()).isZero();

    catalog.count(mug, 6);
    caughtUp();
    assertThat(searches.run(forText("quokka").inStockOnly()).items().get(0).availableStock())
        .isEqualTo(4);
  }

  @Test
  void dropsADiscontinuedProductFromSearchAndSuggestionsButKeepsItsDocument() {
    UUID zebra = catalog.register(product("Zebra Figurine").inCategory("Decor"));
    caughtUp();
    assertThat(searches.names(forText("zebra"))).containsExactly("Zebra Figurine");
    assertThat(searches.suggest("zeb", 5)).containsExactly("Zebra Figurine");

    catalog.discontinue(zebra);
    caughtUp();

    assertThat(searches.names(forText("zebra"))).isEmpty();
    assertThat(searches.names(everything().page(0, 100))).doesNotContain("Zebra Figurine");
    assertThat(searches.suggest("zeb", 5)).isEmpty();
    assertThat(document(zebra).source().get("status").asText()).isEqualTo("DISCONTINUED");
    assertThat(document(zebra).version()).isEqualTo(2);
  }

  private void caughtUp() {
    Projections.awaitCaughtUp(projection, indexes, productIndex.searchAlias());
  }

  private StoredHit document(UUID productId) {
    Optional<StoredHit> document =
        indexes.document(productIndex.searchAlias(), productId.toString());
    assertThat(document).as("document of %s", productId).isPresent();
    return document.get();
  }

  private StreamingEventProcessor searchProcessor() {
    return axon.eventProcessingConfiguration()
        .eventProcessor("search", StreamingEventProcessor.class)
        .orElseThrow();
  }
}
