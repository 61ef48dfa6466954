package io.eventmart.edge.search;

import io.eventmart.contracts.search.SearchFacets;
import io.eventmart.contracts.search.SearchHit;
import io.eventmart.contracts.search.SearchResult;
import java.util.List;

/**
 * One page of search hits, best first (or in the requested order), with the facets of all matches:
 * {@code {items, page, size, totalItems, facets: {categories: [{value, count}], priceRanges:
 * [{from, to, count}]}}}.
 */
public record SearchResponse(
    List<SearchHit> items, int page, int size, long totalItems, SearchFacets facets) {

  public SearchResponse {
    items = List.copyOf(items);
  }

  static SearchResponse of(SearchResult result) {
    return new SearchResponse(
        result.items(), result.page(), result.size(), result.totalItems(), result.facets());
  }
}
