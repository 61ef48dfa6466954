package io.eventmart.search.it;

import io.eventmart.contracts.common.PageRequest;
import io.eventmart.contracts.search.SearchHit;
import io.eventmart.contracts.search.SearchQuery.SearchProducts;
import io.eventmart.contracts.search.SearchQuery.SuggestProducts;
import io.eventmart.contracts.search.SearchResult;
import io.eventmart.contracts.search.SearchSort;
import java.math.BigDecimal;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/** Asks the search questions through Axon's query gateway, as the edge does. */
public final class Searches {

  private final QueryGateway queries;

  public Searches(QueryGateway queries) {
    this.queries = queries;
  }

  /** A search to run; by default everything, by relevance, first page of 20. */
  public record Search(
      String text,
      String category,
      BigDecimal minPrice,
      BigDecimal maxPrice,
      Boolean inStock,
      SearchSort sort,
      PageRequest page) {

    public Search forText(String value) {
      return new Search(value, category, minPrice, maxPrice, inStock, sort, page);
    }

    public Search inCategory(String value) {
      return new Search(text, value, minPrice, maxPrice, inStock, sort, page);
    }

    public Search pricedBetween(String min, String max) {
      return new Search(
          text,
          category,
          min == null ? null : new BigDecimal(min),
          max == null ? null : new BigDecimal(max),
          inStock,
          sort,
          page);
    }

    public Search inStockOnly() {
      return new Search(text, category, minPrice, maxPrice, true, sort, page);
    }

    public Search sortedBy(SearchSort value) {
      return new Search(text, category, minPrice, maxPrice, inStock, value, page);
    }

    public Search page(int number, int size) {
      return new Search(
          text, category, minPrice, maxPrice, inStock, sort, new PageRequest(number, size));
    }

    SearchProducts query() {
      return new SearchProducts(text, category, minPrice, maxPrice, inStock, sort, page);
    }
  }

  public static Search everything() {
    return new Search(null, null, null, null, null, SearchSort.RELEVANCE, PageRequest.first(20));
  }

  public static Search forText(String text) {
    return everything().forText(text);
  }

  public SearchResult run(Search search) {
    return queries.query(search.query(), SearchResult.class).join();
  }

  /** The names of the hits, in order. */
  public List<String> names(Search search) {
    return run(search).items().stream().map(SearchHit::name).toList();
  }

  public List<String> suggest(String prefix, int limit) {
    return queries
        .query(new SuggestProducts(prefix, limit), ResponseTypes.multipleInstancesOf(String.class))
        .join();
  }
}
