package io.eventmart.search.index;

import static io.eventmart.search.it.Catalog.product;
import static io.eventmart.search.it.Searches.forText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventmart.contracts.projection.ProjectionOperations;
import io.eventmart.contracts.projection.ProjectionOperations.ReplayProjection;
import io.eventmart.search.it.Catalog;
import io.eventmart.search.it.Projections;
import io.eventmart.search.it.SearchIndexes;
import io.eventmart.search.it.SearchTestApplication;
import io.eventmart.search.it.SearchTestSettings;
import io.eventmart.search.it.Searches;
import io.eventmart.search.product.ProductIndexWriter;
import io.eventmart.support.projection.Projection;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.GenericMessage;
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
 * A rebuild, asked for as the edge asks for it: a fresh index is filled by a replay in bulk while
 * searches keep reading the old one, then the search alias switches atomically and the old index
 * goes. The rebuilt index holds exactly the same documents.
 */
@SpringBootTest(classes = SearchTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchRebuildIT {

  private static final SearchTestSettings SETTINGS = SearchTestSettings.forTest("rebuild");
  private static final int BATCH_SIZE = 50;
  private static final int TEAPOTS = 250;

  /** Each teapot is registered (two events) and repriced once. */
  private static final int TEAPOT_EVENTS = TEAPOTS * 3;

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    SETTINGS.register(registry);
    registry.add("eventmart.search.batch-size", () -> BATCH_SIZE);
  }

  @Autowired EventStore eventStore;
  @Autowired QueryGateway queryGateway;
  @Autowired CommandGateway commandGateway;
  @Autowired ProductIndex productIndex;
  @Autowired MeterRegistry meters;

  @Autowired
  @Qualifier("searchProjection") Projection projection;

  private final SearchIndexes indexes = new SearchIndexes(SETTINGS.elasticsearchUrl());
  private final ExecutorService searcher = Executors.newSingleThreadExecutor();
  private Catalog catalog;
  private Searches searches;

  @BeforeAll
  void givenACatalogOfTeapots() {
    catalog = new Catalog(eventStore);
    searches = new Searches(queryGateway);
    for (int i = 0; i < TEAPOTS; i++) {
      var teapot =
          catalog.register(
              product("Teapot No " + i)
                  .withDescription("Porcelain, " + (i % 4 + 1) + " cups")
                  .inCategory("Tea " + i % 3)
                  .costing(10 + i % 90 + ".00"));
      catalog.reprice(teapot, 11 + i % 90 + ".50");
    }
    caughtUp();
  }

  @AfterAll
  void removeTheIndexes() throws Exception {
    searcher.shutdownNow();
    indexes.deleteAllStartingWith(SETTINGS.indexPrefix());
    indexes.close();
  }

  @Test
  void rebuildsIntoAFreshIndexInBulkWhileSearchesKeepAnswering() throws Exception {
    IndexLayout before = productIndex.layout();
    String documentsBefore = indexes.checksum(productIndex.searchAlias());
    double bulkRequestsBefore = meters.counter(ProductIndexWriter.BULK_REQUESTS).count();

    var stop = new AtomicBoolean();
    var answers = new CopyOnWriteArrayList<Long>();
    var failures = new CopyOnWriteArrayList<Throwable>();
    var sawRebuildBehindTheOldIndex = new AtomicBoolean();
    Future<?> searching =
        searcher.submit(
            () -> {
              while (!stop.get()) {
                try {
                  answers.add(searches.run(forText("teapot").page(0, 5)).totalItems());
                  IndexLayout now = productIndex.layout();
                  if (now.isRebuilding() && now.searchIndex().equals(before.searchIndex())) {
                    sawRebuildBehindTheOldIndex.set(true);
                  }
                } catch (RuntimeException e) {
                  failures.add(e);
                }
              }
            });
    await().atMost(Projections.PATIENCE).until(() -> answers.size() >= 5);

    replay();
    await()
        .atMost(Projections.PATIENCE)
        .until(
            () -> {
              IndexLayout now = productIndex.layout();
              return !now.isRebuilding() && !now.searchIndex().equals(before.searchIndex());
            });
    int answersAtTheSwitch = answers.size();
    await().atMost(Projections.PATIENCE).until(() -> answers.size() >= answersAtTheSwitch + 20);
    stop.set(true);
    searching.get();

    assertThat(failures).isEmpty();
    assertThat(answers).isNotEmpty().allMatch(total -> total == TEAPOTS);
    assertThat(sawRebuildBehindTheOldIndex).isTrue();

    IndexLayout after = productIndex.layout();
    assertThat(after.writeIndex()).isEqualTo(after.searchIndex());
    assertThat(after.searchIndex()).startsWith(SETTINGS.indexPrefix() + "-v1-");
    assertThat(indexes.checksum(productIndex.searchAlias())).isEqualTo(documentsBefore);
    await()
        .atMost(Projections.PATIENCE)
        .until(
            () ->
                indexes
                    .indicesStartingWith(SETTINGS.indexPrefix())
                    .equals(Set.of(after.searchIndex())));

    double bulkRequests =
        meters.counter(ProductIndexWriter.BULK_REQUESTS).count() - bulkRequestsBefore;
    // One request per batch of events, not one per event.
    assertThat(bulkRequests).isPositive().isLessThanOrEqualTo(2.0 * TEAPOT_EVENTS / BATCH_SIZE);
  }

  @Test
  void keepsEventsThatArriveDuringARebuild() {
    String before = productIndex.layout().searchIndex();

    replay();
    List<String> late = List.of("Samovar Grande", "Samovar Piccolo");
    late.forEach(name -> catalog.register(product(name).inCategory("Samovars")));
    await()
        .atMost(Projections.PATIENCE)
        .until(
            () -> {
              IndexLayout now = productIndex.layout();
              return !now.isRebuilding() && !now.searchIndex().equals(before);
            });
    caughtUp();

    assertThat(searches.names(forText("samovar"))).containsExactlyInAnyOrderElementsOf(late);
    assertThat(searches.run(forText("teapot")).totalItems()).isEqualTo(TEAPOTS);
  }

  private void replay() {
    commandGateway.sendAndWait(
        new GenericCommandMessage<>(
            new GenericMessage<>(new ReplayProjection("search")),
            ProjectionOperations.replayCommandName("search")));
  }

  private void caughtUp() {
    Projections.awaitCaughtUp(projection, indexes, productIndex.searchAlias());
  }
}
