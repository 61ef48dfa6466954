package io.eventmart.search.query;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.AggregationRange;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.eventmart.contracts.product.ProductStatus;
import io.eventmart.contracts.search.SearchFacets;
import io.eventmart.contracts.search.SearchFacets.RangeCount;
import io.eventmart.contracts.search.SearchFacets.ValueCount;
import io.eventmart.contracts.search.SearchHit;
import io.eventmart.contracts.search.SearchQuery.SearchProducts;
import io.eventmart.contracts.search.SearchQuery.SuggestProducts;
import io.eventmart.contracts.search.SearchResult;
import io.eventmart.contracts.search.SearchSort;
import io.eventmart.search.index.ProductIndex;
import io.eventmart.search.product.ProductDocument;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryHandler;

/**
 * Answers the search questions from the product index, always through its search alias, so a
 * rebuild going on behind the write alias is invisible here. Requests are sent with the
 * asynchronous client: no thread waits for Elasticsearch.
 *
 * <ul>
 *   <li>{@link SearchProducts}: full text over the name (boosted) and the description, tolerant of
 *       typos; filters; sorts with a stable tie-break, so paging never shows a product twice;
 *       facets over all matches.
 *   <li>{@link SuggestProducts}: product names for a prefix of any of their words.
 * </ul>
 *
 * Discontinued products are found by neither.
 */
public final class ProductSearch {

  /** How far Elasticsearch pages by default ({@code index.max_result_window}). */
  static final int MAX_RESULT_WINDOW = 10_000;

  /** More categories than any shop front shows at once. */
  static final int MAX_CATEGORY_FACETS = 100;

  /** A name that matches counts three times as much as a description that matches. */
  private static final String NAME_BOOSTED = "name^3";

  /**
   * Several products may share a name, so more suggestions are asked for than are returned, to
   * still have {@code limit} distinct names after removing duplicates.
   */
  private static final int SUGGESTION_OVERFETCH = 3;

  private static final String CATEGORY_FACET = "categories";
  private static final String PRICE_FACET = "prices";
  private static final String SUGGESTIONS = "names";

  private final ElasticsearchAsyncClient client;
  private final ProductIndex index;

  public ProductSearch(ElasticsearchAsyncClient client, ProductIndex index) {
    this.client = client;
    this.index = index;
  }

  @QueryHandler
  public CompletableFuture<SearchResult> search(SearchProducts query) {
    return client
        .search(searchRequest(query, index.searchAlias()), ProductDocument.class)
        .thenApply(response -> result(query, response));
  }

  @QueryHandler
  public CompletableFuture<List<String>> suggest(SuggestProducts query) {
    return client
        .search(suggestRequest(query, index.searchAlias()), SuggestedName.class)
        .thenApply(response -> suggestions(query, response));
  }

  static SearchRequest searchRequest(SearchProducts query, String alias) {
    long offset = query.page().offset();
    int size =
        offset >= MAX_RESULT_WINDOW
            ? 0
            : (int) Math.min(query.page().size(), MAX_RESULT_WINDOW - offset);
    return SearchRequest.of(
        s ->
            s.index(alias)
                .query(matching(query))
                .from(size == 0 ? 0 : (int) offset)
                .size(size)
                .sort(sortOf(query.sort()))
                .trackTotalHits(t -> t.enabled(true))
                .trackScores(true)
                .source(src -> src.filter(f -> f.excludes("suggest")))
                .aggregations(
                    CATEGORY_FACET,
                    a -> a.terms(t -> t.field("category").size(MAX_CATEGORY_FACETS)))
                .aggregations(PRICE_FACET, priceFacet()));
  }

  static SearchRequest suggestRequest(SuggestProducts query, String alias) {
    return SearchRequest.of(
        s ->
            s.index(alias)
                .size(0)
                .source(src -> src.filter(f -> f.includes("name")))
                .suggest(
                    suggest ->
                        suggest.suggesters(
                            SUGGESTIONS,
                            field ->
                                field
                                    .prefix(query.prefix().trim())
                                    .completion(
                                        c ->
                                            c.field("suggest")
                                                .size(query.limit() * SUGGESTION_OVERFETCH)))));
  }

  /** Every active product matching the text (all of them for a blank one) and the filters. */
  private static Query matching(SearchProducts query) {
    List<Query> filters = new ArrayList<>();
    filters.add(term("status", ProductStatus.ACTIVE.name()));
    if (query.category() != null && !query.category().isBlank()) {
      filters.add(term("category", query.category()));
    }
    if (query.minPrice() != null || query.maxPrice() != null) {
      filters.add(
          Query.of(
              q ->
                  q.range(
                      r ->
                          r.number(
                              n ->
                                  n.field("price")
                                      .gte(
                                          query.minPrice() == null
                                              ? null
                                              : query.minPrice().doubleValue())
                                      .lte(
                                          query.maxPrice() == null
                                              ? null
                                              : query.maxPrice().doubleValue())))));
    }
    if (Boolean.TRUE.equals(query.inStock())) {
      filters.add(Query.of(q -> q.range(r -> r.number(n -> n.field("availableStock").gt(0.0)))));
    }
    return Query.of(q -> q.bool(b -> b.must(text(query.text())).filter(filters)));
  }

  /**
   * Full text: a word may be misspelt (fuzziness AUTO: one edit in words of 3 to 5 letters, two in
   * longer ones), and of several words most must match.
   */
  private static Query text(String text) {
    if (text == null || text.isBlank()) {
      return Query.of(q -> q.matchAll(all -> all));
    }
    return Query.of(
        q ->
            q.multiMatch(
                m ->
                    m.query(text.trim())
                        .fields(NAME_BOOSTED, "description")
                        .type(TextQueryType.BestFields)
                        .tieBreaker(0.3)
                        .fuzziness("AUTO")
                        .minimumShouldMatch("75%")));
  }

  private static Query term(String field, String value) {
    return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
  }

  /** The order of the hits, ending in the product id so equal ones keep a stable order. */
  private static List<SortOptions> sortOf(SearchSort sort) {
    SortOptions byProductId = byField("productId", SortOrder.Asc);
    SortOptions byName = byField("name.keyword", SortOrder.Asc);
    SortOptions newestFirst = byField("createdAt", SortOrder.Desc);
    return switch (sort) {
      case RELEVANCE ->
          List.of(
              SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc))),
              newestFirst,
              byProductId);
      case PRICE_ASC -> List.of(byField("price", SortOrder.Asc), byName, byProductId);
      case PRICE_DESC -> List.of(byField("price", SortOrder.Desc), byName, byProductId);
      case NEWEST -> List.of(newestFirst, byProductId);
    };
  }

  private static SortOptions byField(String field, SortOrder order) {
    return SortOptions.of(o -> o.field(f -> f.field(field).order(order)));
  }

  private static Aggregation priceFacet() {
    List<AggregationRange> ranges =
        PriceRange.FACET_BUCKETS.stream()
            .map(
                range ->
                    AggregationRange.of(
                        r ->
                            r.key(range.key())
                                .from(range.from().doubleValue())
                                .to(range.to() == null ? null : range.to().doubleValue())))
            .toList();
    return Aggregation.of(a -> a.range(r -> r.field("price").ranges(ranges)));
  }

  private static SearchResult result(
      SearchProducts query, SearchResponse<ProductDocument> response) {
    List<SearchHit> items = response.hits().hits().stream().map(ProductSearch::hit).toList();
    long total = Objects.requireNonNull(response.hits().total()).value();
    return new SearchResult(
        items, query.page().page(), query.page().size(), total, facets(response));
  }

  private static SearchHit hit(Hit<ProductDocument> hit) {
    ProductDocument product = Objects.requireNonNull(hit.source());
    return new SearchHit(
        product.productId(),
        product.name(),
        product.description(),
        product.category(),
        product.price(),
        product.currency(),
        product.availableStock(),
        hit.score() == null ? 0.0 : hit.score());
  }

  private static SearchFacets facets(SearchResponse<ProductDocument> response) {
    var aggregations = response.aggregations();
    List<ValueCount> categories =
        aggregations.get(CATEGORY_FACET).sterms().buckets().array().stream()
            .map(bucket -> new ValueCount(bucket.key().stringValue(), bucket.docCount()))
            .toList();
    Map<String, Long> pricesByKey =
        aggregations.get(PRICE_FACET).range().buckets().array().stream()
            .collect(Collectors.toMap(bucket -> bucket.key(), bucket -> bucket.docCount()));
    List<RangeCount> prices =
        PriceRange.FACET_BUCKETS.stream()
            .map(
                range ->
                    new RangeCount(
                        range.from(), range.to(), pricesByKey.getOrDefault(range.key(), 0L)))
            .toList();
    return new SearchFacets(categories, prices);
  }

  private static List<String> suggestions(
      SuggestProducts query, SearchResponse<SuggestedName> response) {
    var names = new LinkedHashSet<String>();
    response.suggest().getOrDefault(SUGGESTIONS, List.of()).stream()
        .flatMap(suggestion -> suggestion.completion().options().stream())
        .map(option -> option.source())
        .filter(Objects::nonNull)
        .map(SuggestedName::name)
        .forEach(names::add);
    return names.stream().limit(query.limit()).toList();
  }

  /** The one field a suggestion needs of its product. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record SuggestedName(String name) {}
}
