package io.eventmart.contracts.search;

import java.util.List;

/** One page of search hits with the facets of all matches. */
public record SearchResult(
    List<SearchHit> items, int page, int size, long totalItems, SearchFacets facets) {

  public SearchResult {
    items = List.copyOf(items);
  }
}
